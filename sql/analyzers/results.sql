-- Statements that read a finished analysis run back, by name, for the reports and every other
-- reader: they never recompute anything. Values are always bound as ? parameters.

-- name: latest_run
-- The newest finished run.
SELECT id FROM analysis_run WHERE status = 'done' ORDER BY id DESC FETCH FIRST 1 ROW ONLY;

-- name: run
-- A finished run's reference time and when it ran (UTC), shown as the report's generatedAt.
SELECT as_of, started_at FROM analysis_run WHERE id = ? AND status = 'done';

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

-- name: findings_of_run
-- Most severe first, then in the order of the findings contract; id and cause_id last (the
-- reports number findings in this order and name a cause by its number). NULLS FIRST as H2 sorts
-- them by default (PostgreSQL sorts them last).
SELECT kind, severity, host, client, cmid, code, first_seen, last_seen, count, days_left, detail,
    advice, id, cause_id
FROM finding
WHERE run_id = ?
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
    CASE kind WHEN 'UNREACHED_HOST' THEN 0 WHEN 'DUPLICATE_CMID' THEN 1
        WHEN 'BELOW_THRESHOLD' THEN 2 WHEN 'DNS_PUBLISH_FAILED' THEN 3 WHEN 'CLOCK_SKEW' THEN 4
        WHEN 'HOST_SILENT' THEN 5 WHEN 'UNEXPECTED_HOST' THEN 6 WHEN 'EXPIRING' THEN 7
        WHEN 'EXPORTS_STALE' THEN 8 ELSE 9 END,
    LOWER(host) NULLS FIRST, LOWER(client) NULLS FIRST, detail;

-- name: clients_of_run
-- The clients table (85-clients.sql): failing first, then never activated, expiring and active,
-- each by client name and product.
SELECT client, client_key, cmids, activation_id, product, status, host, last_request,
    last_success, success_host, valid_until, renew_at, license_state, days_left, last_error,
    last_error_at, error_meaning
FROM client_activation
WHERE run_id = ?
ORDER BY CASE status WHEN 'failing' THEN 0 WHEN 'never' THEN 1 WHEN 'expiring' THEN 2 ELSE 3 END,
    LOWER(client), client_key, COALESCE(product, CAST(activation_id AS VARCHAR)) NULLS LAST;
