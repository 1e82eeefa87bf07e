-- Statements of "kmslog prune": events logged before a time are counted, then deleted in batches
-- of at most 10,000 rows, each batch its own transaction (H2 is slow to delete a million rows in
-- one). The ledger (import_file) keeps its rows, so a pruned file is not imported again; only its
-- newest event is forgotten (forget_newest_events in statements.sql).

-- name: count_client_request
SELECT COUNT(*) FROM client_request WHERE time_utc < ?;

-- name: count_client_response
SELECT COUNT(*) FROM client_response WHERE time_utc < ?;

-- name: count_host_request
SELECT COUNT(*) FROM host_request WHERE time_utc < ?;

-- name: count_dns_publish
SELECT COUNT(*) FROM dns_publish WHERE time_utc < ?;

-- name: delete_client_request
DELETE FROM client_request WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY;

-- name: delete_client_response
DELETE FROM client_response WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY;

-- name: delete_host_request
DELETE FROM host_request WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY;

-- name: delete_dns_publish
DELETE FROM dns_publish WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY;
