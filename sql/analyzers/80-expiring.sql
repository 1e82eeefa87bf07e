-- EXPIRING: a client whose activation runs out soon: its last successful activation is more
-- than 150 days before the reference time (an activation is valid 180 days), or its newest
-- request says it is licensed with 30 days or less left, or reports a grace or notification
-- license state (2 OOB grace, 3 OOT grace, 4 non-genuine grace, 5 notification, 6 extended
-- grace); in the last two cases only when it has not activated since that request.
--
-- A success is a 12289 with activated = 1, or a 12290 with a success HRESULT for the client. The
-- newest request is the newer of the client's own newest 12288 and the newest 12290 a host logged
-- for it (unpacked from work_pair.newest_packed, see 00-prepare.sql).
-- Output: one finding per client: code = its newest request's HRESULT when that failed,
-- first_seen = the last success (else the first request seen), count and days_left = days left
-- before its activation (or grace) runs out.

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
    -- Whole days, then the seconds left: seconds since 2000 pass the range of an INT in 2068.
    TIMESTAMPADD(SECOND, MOD(m.packed / 268435456, 86400),
        TIMESTAMPADD(DAY, m.packed / 268435456 / 86400, TIMESTAMP '2000-01-01 00:00:00'))
        AS time_utc,
    MOD(m.packed / 16777216, 16) AS state,
    MOD(m.packed / 1048576, 16) AS code_index,
    MOD(m.packed, 1048576) AS minutes
FROM work_expiry_host m
JOIN work_pair pr ON pr.client_key = m.client_key AND pr.newest_packed = m.packed
GROUP BY pr.client_key, m.packed;
CREATE UNIQUE INDEX work_expiry_host_state_key ON work_expiry_host_state (client_key);

-- The newest request in each client's own log.
DROP TABLE IF EXISTS work_expiry_client_state;
CREATE TABLE work_expiry_client_state AS
SELECT client_key, target_key AS host_key, cmid, time_utc, license_state AS state,
    hresult, minutes_to_expiry AS minutes
FROM (
    SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.client_key ORDER BY a.time_utc DESC) AS rank
    FROM work_attempt a
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

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, days_left, detail, advice)
WITH judged AS (
    SELECT r.*, s.last_success, s.first_at,
        CASE WHEN s.last_success IS NOT NULL AND s.last_success < DATEADD(DAY, -150, p.as_of)
            THEN 'old'
            WHEN (s.last_success IS NULL OR s.last_success < r.time_utc)
                AND r.license_state BETWEEN 2 AND 6 THEN 'grace'
            WHEN (s.last_success IS NULL OR s.last_success < r.time_utc)
                AND r.license_state = 1 AND r.minutes <= 43200 THEN 'ending'
            END AS reason
    FROM work_expiry_request r
    CROSS JOIN analysis_current p
    LEFT JOIN work_expiry_success s ON s.client_key = r.client_key
)
SELECT p.run_id, 'EXPIRING', 'warning', hn.name, cn.name, j.cmid, j.failed_code,
    COALESCE(j.last_success, j.first_at), j.time_utc,
    GREATEST(0, CASE WHEN j.reason = 'old'
        THEN 180 - DATEDIFF(HOUR, j.last_success, p.as_of) / 24
        ELSE COALESCE(j.minutes, 0) / 1440 END),
    GREATEST(0, CASE WHEN j.reason = 'old'
        THEN 180 - DATEDIFF(HOUR, j.last_success, p.as_of) / 24
        ELSE COALESCE(j.minutes, 0) / 1440 END),
    cn.name
    || CASE j.reason
        WHEN 'old'
        THEN ' last activated on ' || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') || ', '
            || (DATEDIFF(HOUR, j.last_success, p.as_of) / 24) || ' days before '
            || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') || '; its activation runs out on '
            || FORMATDATETIME(DATEADD(DAY, 180, j.last_success), 'yyyy-MM-dd')
            || ' unless it renews'
        WHEN 'ending'
        THEN '''s newest request, on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || ', says its activation runs out in ' || (j.minutes / 1440) || ' days, on '
            || FORMATDATETIME(DATEADD(MINUTE, j.minutes, j.time_utc), 'yyyy-MM-dd')
            || CASE WHEN j.last_success IS NULL THEN ', and no activation of it was seen'
                ELSE ', and it has not activated since '
                    || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') END
        ELSE ' reported license state ' || j.license_state || ' ('
            || CASE j.license_state WHEN 2 THEN 'out-of-box grace' WHEN 3 THEN 'out-of-tolerance grace'
                WHEN 4 THEN 'non-genuine grace' WHEN 5 THEN 'notification: not activated'
                ELSE 'extended grace' END
            || ') in its newest request on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || COALESCE(', with ' || (j.minutes / 1440) || ' days left', '')
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
FROM judged j
CROSS JOIN analysis_current p
JOIN machine_name cn ON cn.machine_key = j.client_key
LEFT JOIN machine_name hn ON hn.machine_key = j.host_key
LEFT JOIN error_code e ON e.code = j.failed_code
WHERE j.reason IS NOT NULL;
