-- What the store holds, for "kmslog summary": counts by computer and event ID, and ledger totals.

-- name: events_by_computer
-- One row per computer and event ID: count, first and last (UTC). Computers are compared by
-- their machine key, as everywhere in kmslog (PC1 and pc1.corp.example are one machine); each
-- machine is shown by the name machine_name keeps for it (its longest). Each table is grouped on
-- its own first: joining every event to a per-machine table of names made H2 compare each of
-- millions of rows with every machine (86 s for a million events).
SELECT COALESCE(n.name, k.machine) AS computer, k.event_id, SUM(k.events) AS events,
    MIN(k.first_utc) AS first_utc, MAX(k.last_utc) AS last_utc
FROM (
    SELECT computer_key AS machine, 12288 AS event_id, COUNT(*) AS events,
        MIN(time_utc) AS first_utc, MAX(time_utc) AS last_utc
    FROM client_request GROUP BY computer_key
    UNION ALL SELECT computer_key, 12289, COUNT(*), MIN(time_utc), MAX(time_utc)
    FROM client_response GROUP BY computer_key
    UNION ALL SELECT computer_key, 12290, COUNT(*), MIN(time_utc), MAX(time_utc)
    FROM host_request GROUP BY computer_key
    UNION ALL SELECT computer_key, event_id, COUNT(*), MIN(time_utc), MAX(time_utc)
    FROM dns_publish GROUP BY computer_key, event_id
) AS k
LEFT JOIN machine_name n ON n.machine_key = k.machine
GROUP BY COALESCE(n.name, k.machine), k.event_id
ORDER BY LOWER(COALESCE(n.name, k.machine)), k.event_id;

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
