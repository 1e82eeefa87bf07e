-- What the store holds, for "kmslog summary": counts by computer and event ID, and ledger totals.

-- name: events_by_computer
-- One row per computer (compared case-insensitively) and event ID: count, first and last (UTC).
SELECT MIN(computer) AS computer, event_id, COUNT(*) AS events,
    MIN(time_utc) AS first_utc, MAX(time_utc) AS last_utc
FROM (
    SELECT computer, 12288 AS event_id, time_utc FROM client_request
    UNION ALL SELECT computer, 12289, time_utc FROM client_response
    UNION ALL SELECT computer, 12290, time_utc FROM host_request
    UNION ALL SELECT computer, event_id, time_utc FROM dns_publish
) AS stored_events
GROUP BY LOWER(computer), event_id
ORDER BY LOWER(MIN(computer)), event_id;

-- name: ledger_totals
-- Files imported (distinct content), files whose every attempt failed, and events stored.
SELECT
    (SELECT COUNT(DISTINCT sha256) FROM import_file WHERE status = 'imported') AS files_imported,
    (SELECT COUNT(DISTINCT f.path) FROM import_file f
        WHERE f.status = 'failed' AND NOT EXISTS (
            SELECT 1 FROM import_file i WHERE i.status = 'imported' AND i.path = f.path))
        AS files_failed,
    (SELECT COUNT(*) FROM client_request) + (SELECT COUNT(*) FROM client_response)
        + (SELECT COUNT(*) FROM host_request) + (SELECT COUNT(*) FROM dns_publish) AS events;
