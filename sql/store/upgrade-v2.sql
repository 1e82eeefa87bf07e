-- Statements of the upgrade from schema version 1 to 2 (store/EventIdUpgrade.java; the new tables
-- are in sql/schema/v2.sql). The four event tables are renamed to NAME_v1, their rows copied a page
-- at a time in event_key order with their new ids, and the old tables dropped once the version says
-- 2. An upgrade cut short is begun again: the version still says 1, the old rows are still in
-- NAME_v1, and the half-filled new tables are dropped.

-- name: table_exists
-- Names compared in upper case: H2 keeps unquoted names in upper case, PostgreSQL in lower case.
SELECT COUNT(*) FROM information_schema.tables
WHERE table_schema = CURRENT_SCHEMA AND UPPER(table_name) = UPPER(?);

-- name: column_exists
SELECT COUNT(*) FROM information_schema.columns
WHERE table_schema = CURRENT_SCHEMA AND UPPER(table_name) = UPPER(?)
AND UPPER(column_name) = UPPER(?);

-- name: drop_event_stream
DROP TABLE IF EXISTS event_stream;

-- name: rename_client_request
ALTER TABLE client_request RENAME TO client_request_v1;

-- name: drop_client_request
DROP TABLE client_request;

-- name: drop_client_request_v1
DROP TABLE IF EXISTS client_request_v1;

-- name: page_client_request
-- Version 1's columns are event_key, then those of version 2 after id and key_check, in order.
-- Only the events of imported files: those of a file whose import a crash cut short are deleted
-- when the database is opened next, and they would have displaced others in their blocks.
SELECT * FROM client_request_v1
WHERE event_key >= ? AND import_id IN (SELECT id FROM import_file WHERE status = 'imported')
ORDER BY event_key
FETCH FIRST 5000 ROWS ONLY;

-- name: rename_client_response
ALTER TABLE client_response RENAME TO client_response_v1;

-- name: drop_client_response
DROP TABLE client_response;

-- name: drop_client_response_v1
DROP TABLE IF EXISTS client_response_v1;

-- name: page_client_response
-- Version 1's columns are event_key, then those of version 2 after id and key_check, in order.
-- Only the events of imported files: those of a file whose import a crash cut short are deleted
-- when the database is opened next, and they would have displaced others in their blocks.
SELECT * FROM client_response_v1
WHERE event_key >= ? AND import_id IN (SELECT id FROM import_file WHERE status = 'imported')
ORDER BY event_key
FETCH FIRST 5000 ROWS ONLY;

-- name: rename_host_request
ALTER TABLE host_request RENAME TO host_request_v1;

-- name: drop_host_request
DROP TABLE host_request;

-- name: drop_host_request_v1
DROP TABLE IF EXISTS host_request_v1;

-- name: page_host_request
-- Version 1's columns are event_key, then those of version 2 after id and key_check, in order.
-- Only the events of imported files: those of a file whose import a crash cut short are deleted
-- when the database is opened next, and they would have displaced others in their blocks.
SELECT * FROM host_request_v1
WHERE event_key >= ? AND import_id IN (SELECT id FROM import_file WHERE status = 'imported')
ORDER BY event_key
FETCH FIRST 5000 ROWS ONLY;

-- name: rename_dns_publish
ALTER TABLE dns_publish RENAME TO dns_publish_v1;

-- name: drop_dns_publish
DROP TABLE dns_publish;

-- name: drop_dns_publish_v1
DROP TABLE IF EXISTS dns_publish_v1;

-- name: page_dns_publish
-- Version 1's columns are event_key, then those of version 2 after id and key_check, in order.
-- Only the events of imported files: those of a file whose import a crash cut short are deleted
-- when the database is opened next, and they would have displaced others in their blocks.
SELECT * FROM dns_publish_v1
WHERE event_key >= ? AND import_id IN (SELECT id FROM import_file WHERE status = 'imported')
ORDER BY event_key
FETCH FIRST 5000 ROWS ONLY;

-- name: insert_problem
INSERT INTO import_problem (import_id, location, record_id, message) VALUES (?, NULL, ?, ?);

-- name: discount_events
-- A file some of whose stored events the upgrade took out: they count as rejected now.
UPDATE import_file SET stored = stored - ?, rejected = rejected + ? WHERE id = ?;

-- name: implausible_newest
-- Files whose newest event is outside the times kmslog accepts (KmsDecoder: 2000-2099).
SELECT id FROM import_file WHERE newest_event < ? OR newest_event >= ?;

-- name: set_newest
UPDATE import_file SET newest_event = ? WHERE id = ?;

-- name: set_version
UPDATE kmslog_schema SET version = 2;
