-- Works out each KMS host's state once, for the analyzers and the host summary: its requests, its
-- count as the host computes it, the threshold its clients need, and the counts clients saw.
--
-- The count: distinct CMIDs that contacted the host in the 30 days before the reference time,
-- capped as a host caps it (it remembers twice the highest threshold it has seen: 50 once a
-- client OS asked, else 10). The threshold: 25 when client-OS requests (N-policy 25) arrived in
-- those 30 days, else 5 (servers, Office). Reported counts: the host count in the 12289s of clients
-- whose request went to this host, in the same 30 days. Requests and the last request are the
-- analysis window's (see 00-prepare.sql); the first request is the first ever.

DROP TABLE IF EXISTS work_host_count;
CREATE TABLE work_host_count AS
WITH w AS (
    SELECT as_of, DATEADD('DAY', -30, as_of) AS since FROM analysis_current
), stats AS (
    SELECT pr.host_key, SUM(pr.requests) AS requests, MIN(pr.first_at) AS first_request,
        MAX(pr.last_at) AS last_request,
        SUM(pr.requests_30d) AS requests_30d,
        COUNT(DISTINCT CASE WHEN pr.last_at > w.since THEN pr.client_key END) AS clients_30d,
        COUNT(DISTINCT CASE WHEN pr.last_at > w.since THEN pr.cmid END) AS cmids_30d,
        MAX(CASE WHEN pr.max_min_count >= 25 THEN 1 ELSE 0 END) AS ever_client_os,
        MAX(CASE WHEN pr.last_client_os > w.since THEN 1 ELSE 0 END) AS client_os_30d,
        SUM(pr.refused_30d) AS refused_30d
    FROM work_pair pr CROSS JOIN w
    GROUP BY pr.host_key
), reported AS (
    SELECT r.target_key AS host_key, MIN(r.host_count) AS reported_min,
        MAX(r.host_count) AS reported_max
    FROM work_response r CROSS JOIN w
    WHERE r.time_utc > w.since AND r.host_count IS NOT NULL AND r.target_key IS NOT NULL
    GROUP BY r.target_key
)
SELECT s.host_key, s.requests,
    -- The host's first request ever: where the window cut its history, the first before it
    -- (work_before_pair of 02-before-window.sql).
    CASE WHEN w.cut THEN COALESCE((SELECT MIN(b.first_at) FROM work_before_pair b
            WHERE b.host_key = s.host_key), s.first_request)
        ELSE s.first_request END AS first_request,
    s.last_request, s.requests_30d, s.clients_30d,
    s.cmids_30d, s.refused_30d,
    LEAST(s.cmids_30d, CASE WHEN s.ever_client_os = 1 THEN 50 ELSE 10 END) AS estimated_count,
    CASE WHEN s.client_os_30d = 1 THEN 25 ELSE 5 END AS threshold,
    r.reported_min, r.reported_max
FROM stats s
CROSS JOIN work_window w
LEFT JOIN reported r ON r.host_key = s.host_key;
CREATE UNIQUE INDEX work_host_count_key ON work_host_count (host_key);
