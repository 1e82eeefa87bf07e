-- What the store holds, for "kmslog summary": counts by computer and event ID, and ledger totals.

-- name: events_by_computer
-- One row per computer and event ID: count, first and last (UTC). Computers are compared by
-- their machine key, as everywhere in kmslog (PC1 and pc1.corp.example are one machine); each
-- machine is shown by its longest name.
WITH keyed AS (
    SELECT computer_key AS machine, computer, 12288 AS event_id, time_utc FROM client_request
    UNION ALL SELECT computer_key, computer, 12289, time_utc FROM client_response
    UNION ALL SELECT computer_key, computer, 12290, time_utc FROM host_request
    UNION ALL SELECT computer_key, computer, event_id, time_utc FROM dns_publish
), names AS (
    SELECT machine, MAX(computer) AS computer FROM keyed GROUP BY machine
)
SELECT n.computer, k.event_id, COUNT(*) AS events, MIN(k.time_utc) AS first_utc,
    MAX(k.time_utc) AS last_utc
FROM keyed k JOIN names n ON n.machine = k.machine
GROUP BY n.computer, k.event_id
ORDER BY LOWER(n.computer), k.event_id;

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
