-- Statements only a store on a PostgreSQL server runs (store/ServerStore.java), by name.

-- name: current_schema
-- The schema kmslog works in: the first schema of the search path that exists, NULL when none.
SELECT CURRENT_SCHEMA;

-- name: try_lock
-- The session advisory lock of the schema kmslog works in (true when taken), held until the
-- connection closes. 1802333039 is "kmso" in ASCII, kmslog's own class of advisory locks.
SELECT pg_try_advisory_lock(1802333039, hashtext(CURRENT_SCHEMA));

-- name: collation
-- How the database compares text: its locale provider ('c' libc, 'i' ICU) and its collation.
-- kmslog sorts and compares names by code point, as H2 does: only libc's C (or POSIX, C.UTF-8)
-- does that; a language's collation ('en_US.UTF-8', ICU 'en-US') puts "B" before "a" or not,
-- "_x" before "a" or not, and so the report's order and some findings would differ from H2's.
SELECT datlocprovider, datcollate, daticulocale FROM pg_database
WHERE datname = CURRENT_DATABASE();
