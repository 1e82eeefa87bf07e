-- Statements the reports use, by name: they read an analysis run's stored results and never
-- recompute them. The run itself and its findings (most severe first) come from
-- sql/analyzers/runner.sql (latest_run, findings_of_run). Values are always bound as ? parameters.

-- name: run_started
-- When the analysis ran (UTC), shown as the report's generatedAt.
SELECT started_at FROM analysis_run WHERE id = ?;

-- name: hosts_of_run
-- The per-host table, one row per KMS host, by name.
SELECT host, host_key, requests, clients_30d, estimated_count, threshold, reported_min,
    reported_max, first_request, last_request, dns_status
FROM host_summary
WHERE run_id = ?
ORDER BY LOWER(host), host_key;

-- name: count_days_of_run
-- Each host's count day by day against its threshold, for the charts, oldest day first.
SELECT host_key, on_day, count, threshold
FROM host_count_day
WHERE run_id = ?
ORDER BY host_key, on_day;
