-- The statements of sql/store/prune.sql that PostgreSQL needs in its own words, by name: its
-- DELETE takes no FETCH FIRST, so each batch names its rows by id.

-- name: delete_client_request
DELETE FROM client_request WHERE id IN (
    SELECT id FROM client_request WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY);

-- name: delete_client_response
DELETE FROM client_response WHERE id IN (
    SELECT id FROM client_response WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY);

-- name: delete_host_request
DELETE FROM host_request WHERE id IN (
    SELECT id FROM host_request WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY);

-- name: delete_dns_publish
DELETE FROM dns_publish WHERE id IN (
    SELECT id FROM dns_publish WHERE time_utc < ? FETCH FIRST 10000 ROWS ONLY);
