-- Statements only a store on a PostgreSQL server runs (store/ServerStore.java), by name.

-- name: current_schema
-- The schema kmslog works in: the first schema of the search path that exists, NULL when none.
SELECT CURRENT_SCHEMA;

-- name: try_lock
-- The session advisory lock of the schema kmslog works in (true when taken), held until the
-- connection closes. 1802333039 is "kmso" in ASCII, kmslog's own class of advisory locks.
SELECT pg_try_advisory_lock(1802333039, hashtext(CURRENT_SCHEMA));
