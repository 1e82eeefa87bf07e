-- CLOCK_SKEW: a client whose clock is more than 4 hours off its KMS host's, which makes hosts
-- refuse it with 0xC004F06C.
--
-- Evidence: each 12290 carries the client's own time of the request, so client time minus the
-- host's event time is the client's offset (minute resolution); and 0xC004F06C results in 12290
-- and 12289. A client is reported when its newest piece of evidence shows the skew (a clock put
-- right since is not); a host's measurement outweighs the client's own log, so the newest 12290
-- decides when any host logged the client, else the newest 12289. One refused request shows up on both sides (the host's 12290 and the
-- client's 12289), so each side is counted on its own and the larger count is reported. The
-- evidence is kept in work_clock (offset_min, skewed, newest = 1 for the deciding row).
-- Output: one finding per client: host = the host of the newest skewed request, code =
-- 0xC004F06C when seen, count = skewed or refused requests.

DROP TABLE IF EXISTS work_clock;
CREATE TABLE work_clock AS
WITH evidence AS (
    SELECT 'host' AS side, client_key, host_key, time_utc, hresult,
        CASE WHEN client_time IS NULL THEN NULL
            ELSE DATEDIFF(MINUTE, time_utc, client_time) END AS offset_min
    FROM work_host_request
    UNION ALL
    SELECT 'client', client_key, target_key, time_utc, hresult, NULL FROM work_response
)
SELECT e.*,
    CASE WHEN e.hresult = '0xC004F06C' OR ABS(e.offset_min) > 240 THEN 1 ELSE 0 END AS skewed,
    ROW_NUMBER() OVER (PARTITION BY e.client_key
        ORDER BY CASE WHEN e.side = 'host' THEN 0 ELSE 1 END, e.time_utc DESC) AS newest
FROM evidence e;
CREATE INDEX work_clock_client ON work_clock (client_key);

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH skewed_clients AS (
    SELECT client_key FROM work_clock WHERE newest = 1 AND skewed = 1
), stats AS (
    SELECT j.client_key, MIN(j.time_utc) AS first_at, MAX(j.time_utc) AS last_at,
        GREATEST(SUM(CASE WHEN j.side = 'host' THEN 1 ELSE 0 END),
            SUM(CASE WHEN j.side = 'client' THEN 1 ELSE 0 END)) AS events,
        GREATEST(SUM(CASE WHEN j.side = 'host' AND j.hresult = '0xC004F06C' THEN 1 ELSE 0 END),
            SUM(CASE WHEN j.side = 'client' AND j.hresult = '0xC004F06C' THEN 1 ELSE 0 END))
            AS refused,
        MAX(CASE WHEN j.newest = 1 THEN j.host_key END) AS host_key
    FROM work_clock j JOIN skewed_clients s ON s.client_key = j.client_key
    WHERE j.skewed = 1
    GROUP BY j.client_key
), newest_offset AS (
    SELECT client_key, offset_min, host_key, time_utc FROM (
        SELECT j.client_key, j.offset_min, j.host_key, j.time_utc,
            ROW_NUMBER() OVER (PARTITION BY j.client_key ORDER BY j.time_utc DESC) AS rank
        FROM work_clock j JOIN skewed_clients s ON s.client_key = j.client_key
        WHERE j.offset_min IS NOT NULL
    ) AS ranked
    WHERE rank = 1
)
SELECT p.run_id, 'CLOCK_SKEW', 'error', hn.name, n.name, NULL,
    CASE WHEN s.refused > 0 THEN '0xC004F06C' END, s.first_at, s.last_at, s.events,
    CASE WHEN o.offset_min IS NULL
        THEN n.name || ' had ' || s.refused
            || CASE WHEN s.refused = 1 THEN ' request' ELSE ' requests' END
            || ' refused with 0xC004F06C: its time is'
            || ' more than 4 hours off its KMS host''s.'
        ELSE n.name || '''s clock is ' || (ABS(o.offset_min) / 60) || ' h '
            || MOD(ABS(o.offset_min), 60) || ' min '
            || CASE WHEN o.offset_min > 0 THEN 'ahead of' ELSE 'behind' END
            || ' its KMS host''s: ' || on_.name || ' logged a request at '
            || FORMATDATETIME(o.time_utc, 'yyyy-MM-dd HH:mm') || ' UTC that the client made at '
            || FORMATDATETIME(DATEADD(MINUTE, o.offset_min, o.time_utc), 'yyyy-MM-dd HH:mm')
            || ' by its clock'
            || CASE WHEN s.refused > 0
                THEN '; ' || s.refused
                    || CASE WHEN s.refused = 1 THEN ' request was' ELSE ' requests were' END
                    || ' refused with 0xC004F06C.'
                ELSE '.' END
        END,
    'Put the client''s clock right and fix its time source: w32tm /query /status, then'
    || ' w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow'
    || ' the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses'
    || ' clients more than 4 hours off.'
FROM stats s
CROSS JOIN analysis_current p
JOIN work_name n ON n.machine_key = s.client_key
LEFT JOIN work_name hn ON hn.machine_key = s.host_key
LEFT JOIN newest_offset o ON o.client_key = s.client_key
LEFT JOIN work_name on_ ON on_.machine_key = o.host_key;
