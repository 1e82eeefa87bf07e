-- Statements the store runs while importing, by name. Each starts with a "-- name:" line and
-- ends with a semicolon at the end of a line. Values are always bound as ? parameters.
-- Events go in through one of two inserts per table, which both keep the first import of an
-- event and never rewrite stored rows; the id and key_check come first (see sql/schema/v2.sql):
-- - insert_X: a plain insert, the fastest way in for new events. An event whose id is taken fails
--   on the table's primary key (SQLSTATE 23505); H2 goes on with the rest of the batch and undoes
--   only the failed row. With an exact id (from a record id) it is a duplicate; else the store
--   looks for it in its block (block_X) and puts it in a free slot when it is not there.
-- - insert_X_unless_stored: inserts only when the id is free (update count 1 = stored, 0 = taken).
--   Slower for new events, faster than a failure per row for duplicates: the store switches to it
--   after a batch that was mostly duplicates (overlapping exports).

-- name: insert_client_request
INSERT INTO client_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,
    license_state, minutes_to_expiry, activation_id, min_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: insert_client_request_unless_stored
INSERT INTO client_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,
    license_state, minutes_to_expiry, activation_id, min_count)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
WHERE NOT EXISTS (SELECT 1 FROM client_request WHERE id = ?);

-- name: insert_client_response
INSERT INTO client_response (id, key_check, import_id, computer, computer_key, record_id,
    time_utc, hresult, status_flags, activated, host_count, activation_interval, renewal_interval,
    client_time)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: insert_client_response_unless_stored
INSERT INTO client_response (id, key_check, import_id, computer, computer_key, record_id,
    time_utc, hresult, status_flags, activated, host_count, activation_interval, renewal_interval,
    client_time)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
WHERE NOT EXISTS (SELECT 1 FROM client_response WHERE id = ?);

-- name: insert_host_request
INSERT INTO host_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, min_count, client_name, client_key, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: insert_host_request_unless_stored
INSERT INTO host_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, min_count, client_name, client_key, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
WHERE NOT EXISTS (SELECT 1 FROM host_request WHERE id = ?);

-- name: insert_dns_publish
INSERT INTO dns_publish (id, key_check, import_id, computer, computer_key, record_id, event_id,
    time_utc, succeeded, hresult, domain)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: insert_dns_publish_unless_stored
INSERT INTO dns_publish (id, key_check, import_id, computer, computer_key, record_id, event_id,
    time_utc, succeeded, hresult, domain)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
WHERE NOT EXISTS (SELECT 1 FROM dns_publish WHERE id = ?);

-- name: block_client_request
-- The events of one block of ids (hashed events: see sql/schema/v2.sql), or of a range of record
-- ids, to tell a duplicate from an event that reused a record id (store/ReusedRecordIds.java).
SELECT id, key_check, time_utc FROM client_request WHERE id BETWEEN ? AND ?;

-- name: block_client_response
SELECT id, key_check, time_utc FROM client_response WHERE id BETWEEN ? AND ?;

-- name: block_host_request
SELECT id, key_check, time_utc FROM host_request WHERE id BETWEEN ? AND ?;

-- name: block_dns_publish
SELECT id, key_check, time_utc FROM dns_publish WHERE id BETWEEN ? AND ?;

-- name: find_event_stream
SELECT stream_no FROM event_stream WHERE stream_hash = ?;

-- name: insert_event_stream
INSERT INTO event_stream (stream_hash) VALUES (?);

-- name: merge_machine_name
-- Keeps the longest name of a machine (alphabetically first among equally long ones), so the
-- name shown does not depend on the order files were imported in.
MERGE INTO machine_name t USING (VALUES (CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255))))
    AS s (machine_key, name) ON t.machine_key = s.machine_key
WHEN MATCHED AND (LENGTH(s.name) > LENGTH(t.name)
    OR (LENGTH(s.name) = LENGTH(t.name) AND s.name < t.name)) THEN UPDATE SET name = s.name
WHEN NOT MATCHED THEN INSERT (machine_key, name) VALUES (s.machine_key, s.name);

-- name: interrupted_imports
SELECT id FROM import_file WHERE status = 'importing';

-- name: delete_import_client_request
DELETE FROM client_request WHERE import_id = ?;

-- name: delete_import_client_response
DELETE FROM client_response WHERE import_id = ?;

-- name: delete_import_host_request
DELETE FROM host_request WHERE import_id = ?;

-- name: delete_import_dns_publish
DELETE FROM dns_publish WHERE import_id = ?;

-- name: delete_import_problems
DELETE FROM import_problem WHERE import_id = ?;

-- name: fail_import_file
-- An import cut short: its hash is forgotten, so the file is read again, never taken for a file
-- that keeps failing (failed_of_path_and_size below needs the hash).
UPDATE import_file SET status = 'failed', error = ?, sha256 = NULL WHERE id = ?;

-- name: insert_import_file
INSERT INTO import_file (path, sha256, size_bytes, status, format, encoding, time_zone,
    started_at, read_options, duration_ms)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0);

-- name: finish_import_file
UPDATE import_file SET status = ?, layout = ?, date_pattern = ?, default_computer = ?,
    events_read = ?, kms_events = ?, stored = ?, duplicates = ?, skipped = ?, rejected = ?,
    error = ?, newest_event = ?, duration_ms = ?, sha256 = COALESCE(?, sha256)
WHERE id = ?;

-- name: forget_newest_events
-- For "kmslog prune": files whose newest event is older than the time keep no events after the
-- prune. Run before the deletes: if those stop part-way, the analysis falls back to scanning the
-- events for the newest.
UPDATE import_file SET newest_event = NULL WHERE newest_event < ?;

-- name: insert_import_problem
INSERT INTO import_problem (import_id, location, record_id, message) VALUES (?, ?, ?, ?);

-- name: imported_of_size
SELECT 1 FROM import_file WHERE size_bytes = ? AND status = 'imported' FETCH FIRST 1 ROW ONLY;

-- name: failed_of_path_and_size
-- Whether the newest ledger row of this path is a failure of a file of this size: only then can
-- the file be one that failed and has not changed since, worth hashing before reading it.
SELECT 1 FROM import_file f
WHERE f.path = ? AND f.size_bytes = ? AND f.status = 'failed' AND f.sha256 IS NOT NULL
AND f.id = (SELECT MAX(g.id) FROM import_file g WHERE g.path = f.path);

-- name: find_standing_failure
-- The failure of this path and content that is the path's newest ledger row, with when this
-- content first failed there (since its last import) and how often it was tried.
SELECT f.id, f.error, f.absent_since,
    (SELECT MIN(e.started_at) FROM import_file e
     WHERE e.path = f.path AND e.sha256 = f.sha256 AND e.status = 'failed'
     AND e.id > COALESCE((SELECT MAX(i.id) FROM import_file i
         WHERE i.path = f.path AND i.status = 'imported'), 0)) AS since
FROM import_file f
WHERE f.path = ? AND f.sha256 = ? AND f.read_options IS NOT DISTINCT FROM ? AND f.status = 'failed'
AND f.id = (SELECT MAX(g.id) FROM import_file g WHERE g.path = f.path);

-- name: standing_failures
-- The files whose newest ledger row is a failure still listed as a standing input problem.
SELECT f.id, f.path FROM import_file f
WHERE f.status = 'failed' AND f.absent_since IS NULL
AND f.id = (SELECT MAX(g.id) FROM import_file g WHERE g.path = f.path);

-- name: met_standing_failure
UPDATE import_file SET absent_since = NULL WHERE id = ?;

-- name: mark_absent
UPDATE import_file SET absent_since = ? WHERE id = ?;

-- name: find_imported_by_hash
SELECT id, path, started_at FROM import_file
WHERE sha256 = ? AND status = 'imported'
ORDER BY id
FETCH FIRST 1 ROW ONLY;

-- name: find_unchanged
-- The import that stored what this path held when it had this size and last-modified time, if
-- they were read at least 2 s after that time (the second parameter is that time plus 2 s; see
-- sql/schema/v7.sql) and the import still stands.
SELECT f.id, f.path, f.started_at FROM import_seen s JOIN import_file f ON f.id = s.import_id
WHERE s.path = ? AND s.size_bytes = ? AND s.modified_at = ? AND s.checked_at > ?
AND f.status = 'imported';

-- name: forget_seen
DELETE FROM import_seen WHERE path = ?;

-- name: insert_seen
INSERT INTO import_seen (path, size_bytes, modified_at, checked_at, import_id)
VALUES (?, ?, ?, ?, ?);

-- name: schema_version
SELECT version FROM kmslog_schema;

-- name: count_tables
-- Tables in any schema: a database with tables but no kmslog_schema belongs to someone else.
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema <> 'INFORMATION_SCHEMA';

-- name: kmslog_schema_exists
-- Names compared in upper case: H2 keeps unquoted names in upper case, PostgreSQL in lower case.
SELECT COUNT(*) FROM information_schema.tables
WHERE table_schema = CURRENT_SCHEMA AND UPPER(table_name) = 'KMSLOG_SCHEMA';

-- name: setting
SELECT setting_value FROM information_schema.settings WHERE setting_name = ?;
