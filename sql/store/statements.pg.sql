-- The statements of sql/store/statements.sql that PostgreSQL needs in its own words, by name.
-- On PostgreSQL one failing row aborts the whole transaction, so an event whose id is taken must
-- not fail: with ON CONFLICT (id) DO NOTHING it is not stored (update count 0) and the batch goes
-- on, as with H2's failed row. Both inserts of a table are this one statement here, and the store
-- binds no extra parameter to it (store/EventBatch.java). The driver must not rewrite batches
-- (reWriteBatchedInserts): that loses the per-row counts.

-- name: insert_client_request
INSERT INTO client_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,
    license_state, minutes_to_expiry, activation_id, min_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_client_request_unless_stored
INSERT INTO client_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,
    license_state, minutes_to_expiry, activation_id, min_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_client_response
INSERT INTO client_response (id, key_check, import_id, computer, computer_key, record_id,
    time_utc, hresult, status_flags, activated, host_count, activation_interval, renewal_interval,
    client_time)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_client_response_unless_stored
INSERT INTO client_response (id, key_check, import_id, computer, computer_key, record_id,
    time_utc, hresult, status_flags, activated, host_count, activation_interval, renewal_interval,
    client_time)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_host_request
INSERT INTO host_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, min_count, client_name, client_key, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_host_request_unless_stored
INSERT INTO host_request (id, key_check, import_id, computer, computer_key, record_id, time_utc,
    hresult, min_count, client_name, client_key, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_dns_publish
INSERT INTO dns_publish (id, key_check, import_id, computer, computer_key, record_id, event_id,
    time_utc, succeeded, hresult, domain)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: insert_dns_publish_unless_stored
INSERT INTO dns_publish (id, key_check, import_id, computer, computer_key, record_id, event_id,
    time_utc, succeeded, hresult, domain)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING;

-- name: count_tables
-- Tables in the schema kmslog works in (the first of the search path): a server's database holds
-- other applications' schemas, which are none of kmslog's business.
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA;
