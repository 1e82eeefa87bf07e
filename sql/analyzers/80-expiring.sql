-- EXPIRING: a client whose activation runs out soon: its last successful activation is more
-- than 150 days before the reference time (an activation is valid 180 days), or its newest
-- request says it is licensed with 30 days or less left, or reports a grace or notification
-- license state (2 OOB grace, 3 OOT grace, 4 non-genuine grace, 5 notification, 6 extended
-- grace); in the last two cases only when it has not activated since that request.
--
-- A success is a 12289 with activated = 1, or a 12290 with a success HRESULT for the client.
-- Output: one finding per client: code = its newest request's HRESULT when that failed,
-- first_seen = the last success (else the first request since), count = requests since the last
-- success (each request is in the client's log and the host's: each side is counted on its own
-- and the larger count is reported).

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH successes AS (
    SELECT client_key, MAX(time_utc) AS last_success FROM (
        SELECT client_key, time_utc FROM work_response WHERE activated
        UNION ALL
        SELECT client_key, time_utc FROM work_host_request
        WHERE SUBSTRING(hresult, 3, 1) BETWEEN '0' AND '7'
    ) AS ok
    GROUP BY client_key
), requests AS (
    SELECT 'client' AS side, client_key, target_key AS host_key, cmid, time_utc, hresult,
        license_state, minutes_to_expiry
    FROM work_attempt
    UNION ALL
    SELECT 'host', client_key, host_key, cmid, time_utc, hresult, license_state,
        minutes_to_expiry
    FROM work_host_request
), newest AS (
    SELECT * FROM (
        SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.client_key ORDER BY r.time_utc DESC) AS rank
        FROM requests r
    ) AS ranked
    WHERE rank = 1
), judged AS (
    SELECT n.*, s.last_success,
        (SELECT GREATEST(SUM(CASE WHEN r.side = 'client' THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.side = 'host' THEN 1 ELSE 0 END))
            FROM requests r WHERE r.client_key = n.client_key
            AND (s.last_success IS NULL OR r.time_utc > s.last_success)) AS since_success,
        (SELECT MIN(r.time_utc) FROM requests r WHERE r.client_key = n.client_key
            AND (s.last_success IS NULL OR r.time_utc > s.last_success)) AS first_since
    FROM newest n
    LEFT JOIN successes s ON s.client_key = n.client_key
)
SELECT p.run_id, 'EXPIRING', 'warning', hn.name, cn.name, j.cmid,
    CASE WHEN SUBSTRING(j.hresult, 3, 1) BETWEEN '8' AND 'F' THEN j.hresult END,
    COALESCE(j.last_success, j.first_since), j.time_utc, COALESCE(j.since_success, 0),
    cn.name
    || CASE WHEN j.last_success IS NOT NULL AND j.last_success < DATEADD(DAY, -150, p.as_of)
        THEN ' last activated on ' || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') || ', '
            || (DATEDIFF(HOUR, j.last_success, p.as_of) / 24) || ' days before '
            || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') || '; its activation runs out on '
            || FORMATDATETIME(DATEADD(DAY, 180, j.last_success), 'yyyy-MM-dd')
            || ' unless it renews'
        WHEN j.license_state = 1
        THEN '''s newest request, on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || ', says its activation runs out in ' || (j.minutes_to_expiry / 1440) || ' days, on '
            || FORMATDATETIME(DATEADD(MINUTE, j.minutes_to_expiry, j.time_utc), 'yyyy-MM-dd')
            || CASE WHEN j.last_success IS NULL THEN ', and no activation of it was seen'
                ELSE ', and it has not activated since '
                    || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') END
        ELSE ' reported license state ' || j.license_state || ' ('
            || CASE j.license_state WHEN 2 THEN 'out-of-box grace' WHEN 3 THEN 'out-of-tolerance grace'
                WHEN 4 THEN 'non-genuine grace' WHEN 5 THEN 'notification: not activated'
                ELSE 'extended grace' END
            || ') in its newest request on ' || FORMATDATETIME(j.time_utc, 'yyyy-MM-dd')
            || COALESCE(', with ' || (j.minutes_to_expiry / 1440) || ' days left', '')
            || CASE WHEN j.last_success IS NULL THEN ', and no activation of it was seen'
                ELSE ', and it has not activated since '
                    || FORMATDATETIME(j.last_success, 'yyyy-MM-dd') END
        END
    || CASE WHEN SUBSTRING(j.hresult, 3, 1) BETWEEN '8' AND 'F'
        THEN '. Its newest request ended with ' || j.hresult
            || COALESCE(' (' || TRIM(TRAILING '.' FROM e.meaning) || ')', '')
        ELSE '' END
    || '.',
    'Get the client to reach a working KMS host: see its other findings, or run kmslog explain'
    || ' on its last error code, then run slmgr /ato on it. Once activated it renews every 7'
    || ' days by itself; slmgr /dlv shows its state.'
FROM judged j
CROSS JOIN analysis_current p
JOIN work_name cn ON cn.machine_key = j.client_key
LEFT JOIN work_name hn ON hn.machine_key = j.host_key
LEFT JOIN error_code e ON e.code = j.hresult
WHERE (j.last_success IS NOT NULL AND j.last_success < DATEADD(DAY, -150, p.as_of))
OR ((j.license_state BETWEEN 2 AND 6 OR (j.license_state = 1 AND j.minutes_to_expiry <= 43200))
    AND (j.last_success IS NULL OR j.last_success < j.time_utc));
