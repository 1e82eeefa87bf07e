-- EXPORTS_STALE: a KMS host (a machine that logged 12290 or 12293/12294) whose newest imported
-- event is more than 2 days older than the run's wall-clock time (analysis_current.stale_against).
-- A host logs a request whenever a client renews, and publishes its SRV record every day, so two
-- days without an event mean that its exports stopped arriving, and everything kmslog says of it
-- is that old. stale_against is NULL, and nothing is judged, when the user gave the reference
-- time (--as-of): that looks at the estate as it was then, not at whether exports arrive now.
-- Output: one finding per host: first_seen = last_seen = its newest event (its own requests, DNS
-- events and, for a host that is also a client, its own 12288/12289), count = whole days from it
-- to stale_against.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH newest AS (
    SELECT host_key, MAX(t) AS newest FROM (
        SELECT host_key, MAX(last_at) AS t FROM work_pair GROUP BY host_key
        UNION ALL SELECT host_key, MAX(time_utc) FROM work_dns GROUP BY host_key
        UNION ALL
        SELECT a.client_key, MAX(a.time_utc) FROM work_attempt a
        JOIN work_host h ON h.host_key = a.client_key GROUP BY a.client_key
        UNION ALL
        SELECT r.client_key, MAX(r.time_utc) FROM work_response r
        JOIN work_host h ON h.host_key = r.client_key GROUP BY r.client_key) AS seen
    GROUP BY host_key
)
SELECT p.run_id, 'EXPORTS_STALE', 'warning', n.name, NULL, NULL, NULL, e.newest, e.newest,
    DATEDIFF('HOUR', e.newest, p.stale_against) / 24,
    'No event of ' || n.name || ' was imported after '
    || FORMATDATETIME(e.newest, 'yyyy-MM-dd HH:mm') || ' UTC, '
    || (DATEDIFF('HOUR', e.newest, p.stale_against) / 24) || ' days before this run ('
    || FORMATDATETIME(p.stale_against, 'yyyy-MM-dd HH:mm') || ' UTC)'
    || ': its exports stopped arriving, so what this report says of it is that old.',
    'Check that the export task on ' || n.name || ' still runs and that its files reach the drop'
    || ' folder (the task''s last run result, the share''s rights for the computer account); a'
    || ' file of it that kmslog cannot read is listed as INPUT_REJECTED. If ' || n.name
    || ' was retired, its exports stop for good: delete its _vlmcs._tcp SRV record.'
FROM newest e
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = e.host_key
WHERE p.stale_against IS NOT NULL AND e.newest < DATEADD('DAY', -2, p.stale_against);
