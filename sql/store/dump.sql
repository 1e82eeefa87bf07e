-- The event tables written out as CSV (H2's CSVWRITE), for the benchmark's size comparison:
-- "the database holds N MB of data" means these files together are N MB.

-- name: csvwrite
CALL CSVWRITE(?, ?);

-- name: all_client_request
SELECT * FROM client_request;

-- name: all_client_response
SELECT * FROM client_response;

-- name: all_host_request
SELECT * FROM host_request;

-- name: all_dns_publish
SELECT * FROM dns_publish;
