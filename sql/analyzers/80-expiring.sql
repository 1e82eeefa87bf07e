-- EXPIRING: a client whose activation runs out soon, or ran out: its newest request reports a
-- grace or notification license state (2 OOB grace, 3 OOT grace, 4 non-genuine grace, 5
-- notification, 6 extended grace) and it has not activated since; or its last successful
-- activation is more than 150 days before the reference time (an activation is valid 180 days);
-- or its newest request says it is licensed (state 1) and its activation runs out within 30 days
-- of the reference time, and it has not activated since.
--
-- Severity: error when the client is not activated at the reference time: it is in a grace or
-- notification state (a grace state is not an activation: state 2 is a client that was never
-- activated, 5 one whose grace ran out), or it has 0 days left (its activation ran out, or runs
-- out within the day, before anyone can act on the report); else warning. Days left are whole
-- days from the reference time, not from the request that told them: until 180 days after its
-- last activation (the 150-day case), or until the minutes to expiry its newest request gave run
-- out (the other cases).
--
-- A success is a 12289 with activated = 1, or a 12290 with a success HRESULT for the client. The
-- newest request is the newer of the client's own newest 12288 and the newest 12290 a host logged
-- for it (unpacked from work_pair.newest_packed, see 00-prepare.sql); a host's record wins a tie.
-- Output: one finding per client: code = its newest request's HRESULT when that failed,
-- first_seen = the last success (else the first request seen), count = its requests in the 30
-- days before the reference time (its own 12288s or its hosts' 12290s of it, whichever shows
-- more), days_left = the days left before its activation (or grace) runs out.
-- The analysis window (180 days, see 00-prepare.sql) holds the last success of every client that
-- activates as it should. For a client seen before the window that did not activate in it, its
-- last success and first sighting before the window come from work_before_client
-- (02-before-window.sql, one pass over the older events): a success older than 180 days ran out,
-- and the finding says when it was, as a full analysis does.
-- Afterwards the client findings of earlier analyzers (UNREACHED_HOST, CLOCK_SKEW) get the days
-- their client has left too.

-- H2 evaluates a WITH query again for every row that joins it, so each step is a small work
-- table keyed by client (a few thousand rows: one per client, not per event).

-- The newest request a host logged for each client.
DROP TABLE IF EXISTS work_expiry_host;
CREATE TABLE work_expiry_host AS
SELECT client_key, MAX(newest_packed) AS packed FROM work_pair GROUP BY client_key;
CREATE UNIQUE INDEX work_expiry_host_key ON work_expiry_host (client_key);

DROP TABLE IF EXISTS work_expiry_host_state;
CREATE TABLE work_expiry_host_state AS
SELECT pr.client_key, MIN(pr.host_key) AS host_key, MIN(pr.cmid) AS cmid,
    -- newest_packed holds whole seconds; the pair's last_at is the time of the same request (the
    -- newest of that second) with its fractions, so that it is compared with the client's exactly.
    MAX(pr.last_at) AS time_utc,
    MOD(m.packed / 16777216, 16) AS state,
    MOD(m.packed / 1048576, 16) AS code_index,
    MOD(m.packed, 1048576) AS minutes
FROM work_expiry_host m
JOIN work_pair pr ON pr.client_key = m.client_key AND pr.newest_packed = m.packed
GROUP BY pr.client_key, m.packed;
CREATE UNIQUE INDEX work_expiry_host_state_key ON work_expiry_host_state (client_key);

-- The newest request in each client's own log: its time by client (GROUP BY), then its row by
-- that time. Numbering only the newest rows (two requests of one instant) keeps the window
-- function to a row per client: H2 holds a window function's rows in memory, and numbering every
-- attempt ran out of heap on estates of a million events.
DROP TABLE IF EXISTS work_expiry_client_state;
CREATE TABLE work_expiry_client_state AS
SELECT client_key, target_key AS host_key, cmid, time_utc, license_state AS state,
    hresult, minutes_to_expiry AS minutes
FROM (
    SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.client_key) AS rank
    FROM (SELECT client_key, MAX(time_utc) AS newest FROM work_attempt GROUP BY client_key) AS n
    JOIN work_attempt a ON a.client_key = n.client_key AND a.time_utc = n.newest
) AS ranked
WHERE rank = 1;
CREATE UNIQUE INDEX work_expiry_client_state_key ON work_expiry_client_state (client_key);

-- The newer of the two sides; a host's record wins a tie (it says how the request ended).
DROP TABLE IF EXISTS work_expiry_request;
CREATE TABLE work_expiry_request AS
WITH clients AS (
    SELECT client_key FROM work_expiry_host_state
    UNION SELECT client_key FROM work_expiry_client_state
), newest AS (
    SELECT k.client_key,
        CASE WHEN c.time_utc IS NULL OR (h.time_utc IS NOT NULL AND h.time_utc >= c.time_utc)
            THEN 'host' ELSE 'client' END AS side,
        h.host_key AS h_host, h.cmid AS h_cmid, h.time_utc AS h_time, h.state AS h_state,
        h.code_index, h.minutes AS h_minutes,
        c.host_key AS c_host, c.cmid AS c_cmid, c.time_utc AS c_time, c.state AS c_state,
        c.hresult AS c_code, c.minutes AS c_minutes
    FROM clients k
    LEFT JOIN work_expiry_host_state h ON h.client_key = k.client_key
    LEFT JOIN work_expiry_client_state c ON c.client_key = k.client_key
)
SELECT client_key,
    CASE side WHEN 'host' THEN h_host ELSE c_host END AS host_key,
    CASE side WHEN 'host' THEN h_cmid ELSE c_cmid END AS cmid,
    CASE side WHEN 'host' THEN h_time ELSE c_time END AS time_utc,
    CASE side WHEN 'host' THEN NULLIF(h_state, 15) ELSE c_state END AS license_state,
    CASE side WHEN 'host' THEN NULLIF(h_minutes, 1048575) ELSE c_minutes END AS minutes,
    CASE side
        WHEN 'host' THEN CASE code_index WHEN 1 THEN '0xC004F038' WHEN 2 THEN '0xC004F06C'
            WHEN 3 THEN '0xC004F041' WHEN 4 THEN '0xC004F042' END
        ELSE CASE WHEN SUBSTRING(c_code, 3, 1) BETWEEN '8' AND 'F' THEN c_code END
        END AS failed_code
FROM newest;
CREATE UNIQUE INDEX work_expiry_request_key ON work_expiry_request (client_key);

-- Each client's last success and first sighting, from both sides.
DROP TABLE IF EXISTS work_expiry_success;
CREATE TABLE work_expiry_success AS
SELECT client_key, MAX(at) AS last_success, MIN(first_at) AS first_at FROM (
    SELECT client_key, last_success AS at, first_at FROM work_pair
    UNION ALL
    SELECT client_key, CASE WHEN activated THEN time_utc END, time_utc FROM work_response
    UNION ALL
    SELECT client_key, NULL, time_utc FROM work_attempt
) AS seen
GROUP BY client_key;
CREATE UNIQUE INDEX work_expiry_success_key ON work_expiry_success (client_key);

-- The clients the window cut off that did not activate in it: their last success and first
-- sighting before the window (work_before_client of 02-before-window.sql).
UPDATE work_expiry_success s SET
    last_success = (SELECT b.last_success FROM work_before_client b
        WHERE b.client_key = s.client_key),
    first_at = (SELECT LEAST(s.first_at, COALESCE(b.first_at, s.first_at))
        FROM work_before_client b WHERE b.client_key = s.client_key)
WHERE s.last_success IS NULL
AND s.client_key IN (SELECT client_key FROM work_client_cut);

-- Each client's requests in the 30 days before the reference time, on each side.
DROP TABLE IF EXISTS work_expiry_requests;
CREATE TABLE work_expiry_requests AS
SELECT client_key, MAX(requests) AS requests_30d FROM (
    SELECT client_key, SUM(requests_30d) AS requests FROM work_pair GROUP BY client_key
    UNION ALL
    SELECT a.client_key, COUNT(*) FROM work_attempt a
    CROSS JOIN analysis_current p
    WHERE a.time_utc > DATEADD('DAY', -30, p.as_of)
    GROUP BY a.client_key
) AS sides
GROUP BY client_key;
CREATE UNIQUE INDEX work_expiry_requests_key ON work_expiry_requests (client_key);

-- Each client's case, when its activation (or grace) runs out, and the days left until then: for
-- every client, so that other findings of a client can say its days left too.
DROP TABLE IF EXISTS work_expiry_days;
CREATE TABLE work_expiry_days AS
SELECT j.*, j.ends_at <= p.as_of AS ran_out,
    CASE WHEN j.ends_at IS NULL THEN NULL
        ELSE CAST(GREATEST(DATEDIFF('SECOND', p.as_of, j.ends_at), 0) / 86400 AS INT) END
        AS days_left,
    -- How the details say the days left: "12 days", "1 day", "less than a day".
    CASE WHEN j.ends_at IS NULL OR j.ends_at <= p.as_of THEN NULL
        WHEN DATEDIFF('SECOND', p.as_of, j.ends_at) < 86400 THEN 'less than a day'
        WHEN DATEDIFF('SECOND', p.as_of, j.ends_at) < 2 * 86400 THEN '1 day'
        ELSE (DATEDIFF('SECOND', p.as_of, j.ends_at) / 86400) || ' days' END AS days_text
FROM (
    SELECT c.*,
        CASE c.reason
            WHEN 'old' THEN DATEADD('DAY', 180, c.last_success)
            -- Notification (5) comes when the grace ran out: by that request at the latest.
            WHEN 'grace' THEN CASE WHEN c.license_state = 5 THEN c.time_utc
                ELSE DATEADD('MINUTE', c.minutes, c.time_utc) END
            WHEN 'ending' THEN DATEADD('MINUTE', c.minutes, c.time_utc)
            ELSE CASE WHEN c.last_success IS NOT NULL
                    AND (c.last_success >= c.time_utc OR c.minutes IS NULL)
                THEN DATEADD('DAY', 180, c.last_success)
                ELSE DATEADD('MINUTE', c.minutes, c.time_utc) END
            END AS ends_at
    FROM (
        SELECT r.*, s.last_success, s.first_at,
            CASE
                WHEN (s.last_success IS NULL OR s.last_success < r.time_utc)
                    AND r.license_state BETWEEN 2 AND 6 THEN 'grace'
                WHEN s.last_success IS NOT NULL
                    AND s.last_success < DATEADD('DAY', -150, p.as_of) THEN 'old'
                WHEN (s.last_success IS NULL OR s.last_success < r.time_utc)
                    AND r.license_state = 1
                    AND DATEADD('MINUTE', r.minutes, r.time_utc) <= DATEADD('DAY', 30, p.as_of)
                    THEN 'ending'
                END AS reason
        FROM work_expiry_request r
        CROSS JOIN analysis_current p
        LEFT JOIN work_expiry_success s ON s.client_key = r.client_key
    ) AS c
) AS j
CROSS JOIN analysis_current p;
CREATE UNIQUE INDEX work_expiry_days_key ON work_expiry_days (client_key);

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, days_left, detail, advice)
SELECT p.run_id, 'EXPIRING',
    CASE WHEN j.reason = 'grace' OR j.days_left = 0 THEN 'error' ELSE 'warning' END,
    hn.name, cn.name, j.cmid, j.failed_code,
    COALESCE(j.last_success, j.first_at), j.time_utc, COALESCE(q.requests_30d, 0),
    j.days_left,
    cn.name
    || CASE j.reason
        WHEN 'old'
        THEN ' last activated on ' || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') || ', '
            || (DATEDIFF('HOUR', j.last_success, p.as_of) / 24) || ' days before '
            || FORMATDATETIME(p.as_of, 'yyyy-MM-dd')
            || CASE WHEN j.ran_out
                THEN ', so its activation ran out on '
                    || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd') || ' and it is not activated now'
                ELSE '; its activation runs out on ' || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd')
                    || ', in ' || j.days_text || ', unless it renews' END
        WHEN 'ending'
        THEN '''s newest request, on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || CASE WHEN j.ran_out
                THEN ', said its activation would run out on '
                    || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd') || ', so it ran out before '
                    || FORMATDATETIME(p.as_of, 'yyyy-MM-dd')
                ELSE ', says its activation runs out on '
                    || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd') || ', ' || j.days_text
                    || ' after ' || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') END
            || CASE WHEN j.last_success IS NULL THEN ', and no activation of it was seen'
                ELSE ', and it has not activated since '
                    || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') END
        ELSE ' is not activated: it reported license state ' || j.license_state || ' ('
            || CASE j.license_state WHEN 2 THEN 'out-of-box grace'
                WHEN 3 THEN 'out-of-tolerance grace' WHEN 4 THEN 'non-genuine grace'
                WHEN 5 THEN 'notification: its grace period ran out' ELSE 'extended grace' END
            || ') in its newest request, on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || CASE WHEN j.license_state = 5 OR j.ends_at IS NULL THEN ''
                WHEN j.ran_out
                THEN ', and its grace period ran out on '
                    || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd')
                ELSE ', with its grace period running out on '
                    || FORMATDATETIME(j.ends_at, 'yyyy-MM-dd') || ', ' || j.days_text
                    || ' after ' || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') END
            || CASE WHEN j.last_success IS NULL THEN ', and no activation of it was seen'
                ELSE ', and it has not activated since '
                    || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') END
        END
    || CASE WHEN j.failed_code IS NOT NULL
        THEN '. Its newest request ended with ' || j.failed_code
            || COALESCE(' (' || TRIM(TRAILING '.' FROM e.meaning) || ')', '')
        ELSE '' END
    || '.',
    'Get the client to reach a working KMS host: see its other findings, or run kmslog explain'
    || ' on its last error code, then run slmgr /ato on it. Once activated it renews every 7'
    || ' days by itself; slmgr /dlv shows its state.'
FROM work_expiry_days j
CROSS JOIN analysis_current p
JOIN machine_name cn ON cn.machine_key = j.client_key
LEFT JOIN machine_name hn ON hn.machine_key = j.host_key
LEFT JOIN work_expiry_requests q ON q.client_key = j.client_key
LEFT JOIN error_code e ON e.code = j.failed_code
WHERE j.reason IS NOT NULL;

-- The days left of the client of each UNREACHED_HOST and CLOCK_SKEW finding: how long it stays
-- activated while it cannot activate again.
UPDATE finding f SET days_left = (
    SELECT d.days_left FROM work_expiry_days d
    JOIN machine_name n ON n.machine_key = d.client_key
    WHERE n.name = f.client)
WHERE f.run_id = (SELECT run_id FROM analysis_current)
AND f.kind IN ('UNREACHED_HOST', 'CLOCK_SKEW');
