-- The per-host summary of the reports (host_summary) and each host's count day by day against
-- its threshold (host_count_day), from the state 05-host-state.sql worked out.
--
-- host_count_day covers the 180 days up to the reference time, from the host's first request;
-- each day's count is the distinct CMIDs in the 30 days up to the end of that day, capped at 50
-- (10 when no client OS ever asked), and the threshold is the one the clients of those 30 days
-- needed.

INSERT INTO host_summary (run_id, host, host_key, requests, clients_30d, estimated_count,
    threshold, reported_min, reported_max, first_request, last_request, dns_status)
WITH dns AS (
    SELECT host_key,
        MAX(CASE WHEN succeeded THEN time_utc END) AS last_ok,
        MAX(CASE WHEN NOT succeeded THEN time_utc END) AS last_failed,
        MIN(CASE WHEN NOT succeeded THEN time_utc END) AS first_failed
    FROM work_dns GROUP BY host_key
), dns_code AS (
    SELECT host_key, hresult FROM (
        SELECT host_key, hresult,
            ROW_NUMBER() OVER (PARTITION BY host_key ORDER BY time_utc DESC) AS newest
        FROM work_dns WHERE NOT succeeded
    ) AS ranked
    WHERE newest = 1
)
SELECT p.run_id, n.name, h.host_key, COALESCE(c.requests, 0), COALESCE(c.clients_30d, 0),
    COALESCE(c.estimated_count, 0), COALESCE(c.threshold, 5), c.reported_min, c.reported_max,
    c.first_request, c.last_request,
    CASE
        WHEN d.host_key IS NULL THEN 'no DNS events'
        WHEN d.last_failed IS NULL
            THEN 'published (last ' || FORMATDATETIME(d.last_ok, 'yyyy-MM-dd') || ')'
        WHEN d.last_ok IS NULL OR d.last_ok < d.last_failed
            THEN 'failing since ' || FORMATDATETIME(
                COALESCE((SELECT MIN(f.time_utc) FROM work_dns f WHERE f.host_key = d.host_key
                    AND NOT f.succeeded AND (d.last_ok IS NULL OR f.time_utc > d.last_ok)),
                    d.first_failed), 'yyyy-MM-dd') || ' (' || dc.hresult || ')'
        ELSE 'published (last ' || FORMATDATETIME(d.last_ok, 'yyyy-MM-dd') || '; failed on '
            || FORMATDATETIME(d.last_failed, 'yyyy-MM-dd') || ')'
        END
FROM work_host h
CROSS JOIN analysis_current p
JOIN work_name n ON n.machine_key = h.host_key
LEFT JOIN work_host_count c ON c.host_key = h.host_key
LEFT JOIN dns d ON d.host_key = h.host_key
LEFT JOIN dns_code dc ON dc.host_key = h.host_key;

DROP TABLE IF EXISTS work_cmid_day;
CREATE TABLE work_cmid_day AS
SELECT DISTINCT host_key, CAST(time_utc AS DATE) AS on_day, cmid, min_count
FROM work_host_request;
CREATE INDEX work_cmid_day_host ON work_cmid_day (host_key, on_day);

INSERT INTO host_count_day (run_id, host_key, on_day, count, threshold)
WITH days AS (
    SELECT DATEADD(DAY, -x, CAST(p.as_of AS DATE)) AS on_day
    FROM analysis_current p, SYSTEM_RANGE(0, 179)
), ever AS (
    SELECT host_key, MIN(on_day) AS first_day,
        MAX(CASE WHEN min_count >= 25 THEN 1 ELSE 0 END) AS ever_client_os
    FROM work_cmid_day GROUP BY host_key
)
SELECT p.run_id, e.host_key, d.on_day,
    LEAST(COUNT(DISTINCT a.cmid), CASE WHEN e.ever_client_os = 1 THEN 50 ELSE 10 END),
    CASE WHEN MAX(CASE WHEN a.min_count >= 25 THEN 1 ELSE 0 END) = 1 THEN 25 ELSE 5 END
FROM ever e
CROSS JOIN analysis_current p
JOIN days d ON d.on_day >= e.first_day
LEFT JOIN work_cmid_day a ON a.host_key = e.host_key
    AND a.on_day BETWEEN DATEADD(DAY, -29, d.on_day) AND d.on_day
GROUP BY p.run_id, e.host_key, d.on_day, e.ever_client_os;
