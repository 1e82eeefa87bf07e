-- The per-host summary of the reports (host_summary) and each host's count day by day against
-- its threshold (host_count_day), from the state 05-host-state.sql worked out.
--
-- dns_status says whether the host's SRV record is published: "published (last DAY)", "published
-- (last DAY; failed on DAY)" or "failing since DAY (newest code)"; for a host that publishes in
-- several DNS domains, one such status per domain ("DOMAIN: status; ..."), failing domains first.
--
-- host_count_day covers the 180 days up to the reference time, from the host's first request;
-- each day's count is the distinct CMIDs in the 30 days up to the end of that day, capped at 50
-- (10 when no client OS ever asked), and the threshold is the one the clients of those 30 days
-- needed.

INSERT INTO host_summary (run_id, host, host_key, requests, clients_30d, estimated_count,
    threshold, reported_min, reported_max, first_request, last_request, dns_status)
WITH dns_multi AS (
    -- Hosts that publish in several DNS domains: their status is given per domain.
    SELECT host_key FROM work_dns WHERE domain IS NOT NULL
    GROUP BY host_key HAVING COUNT(DISTINCT domain) > 1
), dns_event AS (
    -- Each host's DNS events by group: one group for a host of one domain (domain NULL), else one
    -- per domain, which an event without a domain belongs to as well (as in 60-dns-publish-failed).
    SELECT d.host_key, CAST(NULL AS VARCHAR(255)) AS domain, d.time_utc, d.succeeded, d.hresult
    FROM work_dns d
    WHERE d.host_key NOT IN (SELECT host_key FROM dns_multi)
    UNION ALL
    SELECT d.host_key, g.domain, d.time_utc, d.succeeded, d.hresult
    FROM (SELECT DISTINCT host_key, domain FROM work_dns
        WHERE domain IS NOT NULL AND host_key IN (SELECT host_key FROM dns_multi)) AS g
    JOIN work_dns d ON d.host_key = g.host_key AND (d.domain = g.domain OR d.domain IS NULL)
), dns AS (
    SELECT host_key, domain,
        MAX(CASE WHEN succeeded THEN time_utc END) AS last_ok,
        MAX(CASE WHEN NOT succeeded THEN time_utc END) AS last_failed,
        MIN(CASE WHEN NOT succeeded THEN time_utc END) AS first_failed
    FROM dns_event GROUP BY host_key, domain
), dns_judged AS (
    SELECT d.*, d.last_failed IS NOT NULL AND (d.last_ok IS NULL OR d.last_ok < d.last_failed)
            AS failing,
        (SELECT MIN(f.time_utc) FROM dns_event f
            WHERE f.host_key = d.host_key AND NOT f.succeeded
            AND (f.domain = d.domain OR (f.domain IS NULL AND d.domain IS NULL))
            AND (d.last_ok IS NULL OR f.time_utc > d.last_ok)) AS failing_since,
        (SELECT f.hresult FROM dns_event f
            WHERE f.host_key = d.host_key AND NOT f.succeeded
            AND (f.domain = d.domain OR (f.domain IS NULL AND d.domain IS NULL))
            ORDER BY f.time_utc DESC FETCH FIRST 1 ROW ONLY) AS last_code
    FROM dns d
), dns_status AS (
    -- Failing domains first, each with the date it began failing and its newest code.
    SELECT host_key, LEFT(STRING_AGG(COALESCE(domain || ': ', '')
        || CASE
            WHEN last_failed IS NULL
                THEN 'published (last ' || FORMATDATETIME(last_ok, 'yyyy-MM-dd') || ')'
            WHEN failing
                THEN 'failing since ' || FORMATDATETIME(failing_since, 'yyyy-MM-dd')
                    || ' (' || last_code || ')'
            ELSE 'published (last ' || FORMATDATETIME(last_ok, 'yyyy-MM-dd') || '; failed on '
                || FORMATDATETIME(last_failed, 'yyyy-MM-dd') || ')'
            END, '; ' ORDER BY CASE WHEN failing THEN 0 ELSE 1 END, domain NULLS FIRST), 400)
        AS status
    FROM dns_judged
    GROUP BY host_key
)
SELECT p.run_id, n.name, h.host_key, COALESCE(c.requests, 0), COALESCE(c.clients_30d, 0),
    COALESCE(c.estimated_count, 0), COALESCE(c.threshold, 5), c.reported_min, c.reported_max,
    c.first_request, c.last_request, COALESCE(d.status, 'no DNS events')
FROM work_host h
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = h.host_key
LEFT JOIN work_host_count c ON c.host_key = h.host_key
LEFT JOIN dns_status d ON d.host_key = h.host_key;

-- The count history, without a 30-day fan-out per day: each CMID's active days (one pass over
-- the window's host requests, work_host_window of 00-prepare.sql) become intervals [day, the earlier of day + 29 and its next active day - 1] in
-- which it counts; a running sum of +1 at each interval's start and -1 after its end gives each
-- day's count. Whether any client-OS request fell in the last 30 days gives the threshold.
-- Grouped CMID first, as work_pair_kind in 00-prepare.sql is, for the same reason.
DROP TABLE IF EXISTS work_cmid_day;
CREATE TABLE work_cmid_day AS
SELECT h.host_key, h.cmid, CAST(h.time_utc AS DATE) AS on_day,
    MAX(CASE WHEN h.min_count >= 25 THEN 1 ELSE 0 END) AS client_os
FROM work_host_window h
CROSS JOIN analysis_current p
WHERE h.time_utc > DATEADD('DAY', -210, p.as_of)
GROUP BY h.cmid, CAST(h.time_utc AS DATE), h.host_key;

-- Each CMID-day starts a 30-day span that ends early where the CMID's next request starts one,
-- so that the running sum counts each CMID once a day. A table, not a WITH query: H2 would
-- evaluate a WITH query, and its window, once per use.
DROP TABLE IF EXISTS work_count_span;
CREATE TABLE work_count_span AS
SELECT host_key, on_day AS first_day, client_os,
    LEAST(DATEADD('DAY', 29, on_day), COALESCE(DATEADD('DAY', -1,
        LEAD(on_day) OVER (PARTITION BY host_key, cmid ORDER BY on_day)),
        DATEADD('DAY', 29, on_day))) AS last_day
FROM work_cmid_day;

-- The steps of the running sums. client_os counts CMID-days with a client-OS request in the last
-- 30 days (only whether it is above zero matters, so those spans need not be cut short). Each
-- part is grouped on its own first, so that no step holds a row per CMID-day.
DROP TABLE IF EXISTS work_count_step;
CREATE TABLE work_count_step AS
SELECT host_key, on_day, SUM(cmids) AS cmids, SUM(client_os) AS client_os FROM (
    SELECT host_key, first_day AS on_day, COUNT(*) AS cmids, SUM(client_os) AS client_os
    FROM work_count_span GROUP BY host_key, first_day
    UNION ALL
    SELECT host_key, DATEADD('DAY', 1, last_day), -COUNT(*), 0
    FROM work_count_span GROUP BY host_key, last_day
    UNION ALL
    SELECT host_key, DATEADD('DAY', 30, first_day), 0, -SUM(client_os)
    FROM work_count_span GROUP BY host_key, first_day
) AS steps
GROUP BY host_key, on_day;

DROP TABLE IF EXISTS work_count_running;
CREATE TABLE work_count_running AS
SELECT host_key, on_day,
    SUM(cmids) OVER (PARTITION BY host_key ORDER BY on_day) AS cmids,
    SUM(client_os) OVER (PARTITION BY host_key ORDER BY on_day) AS client_os
FROM work_count_step;
CREATE INDEX work_count_running_day ON work_count_running (host_key, on_day);

INSERT INTO host_count_day (run_id, host_key, on_day, count, threshold)
WITH days AS (
    SELECT DATEADD('DAY', -x, CAST(p.as_of AS DATE)) AS on_day
    FROM analysis_current p, SYSTEM_RANGE(0, 179)
), ever AS (
    -- From the host's first request ever (05-host-state.sql looks it up where the window cut it).
    SELECT pr.host_key, MIN(c.first_request) AS first_at,
        MAX(CASE WHEN pr.max_min_count >= 25 THEN 1 ELSE 0 END) AS ever_client_os
    FROM work_pair pr JOIN work_host_count c ON c.host_key = pr.host_key
    GROUP BY pr.host_key
), state AS (
    SELECT e.host_key, d.on_day, e.ever_client_os,
        (SELECT r.on_day FROM work_count_running r WHERE r.host_key = e.host_key
            AND r.on_day <= d.on_day ORDER BY r.on_day DESC FETCH FIRST 1 ROW ONLY) AS step_day
    FROM ever e
    JOIN days d ON d.on_day >= CAST(e.first_at AS DATE)
)
SELECT p.run_id, s.host_key, s.on_day,
    LEAST(COALESCE(r.cmids, 0), CASE WHEN s.ever_client_os = 1 THEN 50 ELSE 10 END),
    CASE WHEN COALESCE(r.client_os, 0) > 0 THEN 25 ELSE 5 END
FROM state s
CROSS JOIN analysis_current p
LEFT JOIN work_count_running r ON r.host_key = s.host_key AND r.on_day = s.step_day;
