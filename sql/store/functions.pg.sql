-- H2's date functions that kmslog's SQL uses, defined on PostgreSQL with H2's meaning, so that
-- the schema and analyzer scripts are written once for both stores. The store creates (or
-- replaces) them in its schema each time it opens a PostgreSQL database.
--
-- DATEDIFF(unit, a, b) counts the unit's boundaries crossed from a to b, as H2 does: from
-- 00:00:59 to 00:01:00 is 1 minute, from 23:59:59 to 00:00:00 the next day is 1 day. A naive
-- EXTRACT(EPOCH FROM b - a) / 60 gives 0 there. Times are UTC TIMESTAMPs without zone.
CREATE OR REPLACE FUNCTION datediff(unit TEXT, a TIMESTAMP, b TIMESTAMP) RETURNS BIGINT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CAST(CASE UPPER(unit)
    WHEN 'SECOND' THEN FLOOR(EXTRACT(EPOCH FROM b)) - FLOOR(EXTRACT(EPOCH FROM a))
    WHEN 'MINUTE' THEN FLOOR(EXTRACT(EPOCH FROM b) / 60) - FLOOR(EXTRACT(EPOCH FROM a) / 60)
    WHEN 'HOUR' THEN FLOOR(EXTRACT(EPOCH FROM b) / 3600) - FLOOR(EXTRACT(EPOCH FROM a) / 3600)
    WHEN 'DAY' THEN CAST(b AS DATE) - CAST(a AS DATE)
    END AS BIGINT)
$$;

-- DATEADD(unit, n, t): t moved by n units (negative: back). A DATE stays a DATE.
CREATE OR REPLACE FUNCTION dateadd(unit TEXT, n BIGINT, t TIMESTAMP) RETURNS TIMESTAMP
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT t + n * CASE UPPER(unit)
    WHEN 'SECOND' THEN INTERVAL '1 second'
    WHEN 'MINUTE' THEN INTERVAL '1 minute'
    WHEN 'HOUR' THEN INTERVAL '1 hour'
    WHEN 'DAY' THEN INTERVAL '1 day'
    END
$$;

CREATE OR REPLACE FUNCTION dateadd(unit TEXT, n BIGINT, t DATE) RETURNS DATE
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CAST(dateadd(unit, n, CAST(t AS TIMESTAMP)) AS DATE)
$$;

-- FORMATDATETIME(t, pattern) for the two patterns kmslog's SQL uses.
CREATE OR REPLACE FUNCTION formatdatetime(t TIMESTAMP, pattern TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT TO_CHAR(t, CASE pattern
    WHEN 'yyyy-MM-dd' THEN 'YYYY-MM-DD'
    WHEN 'yyyy-MM-dd HH:mm' THEN 'YYYY-MM-DD HH24:MI'
    END)
$$;

-- SYSTEM_RANGE(a, b): the rows a to b, in a column x.
CREATE OR REPLACE FUNCTION system_range(a BIGINT, b BIGINT) RETURNS TABLE (x BIGINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT GENERATE_SERIES(a, b)
$$;

-- MIN and MAX of UUIDs, which H2 has and PostgreSQL lacks; both order UUIDs by their bytes.
CREATE OR REPLACE FUNCTION kmslog_uuid_smaller(a UUID, b UUID) RETURNS UUID
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT CASE WHEN a < b THEN a ELSE b END
$$;

CREATE OR REPLACE FUNCTION kmslog_uuid_larger(a UUID, b UUID) RETURNS UUID
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT CASE WHEN a > b THEN a ELSE b END
$$;

CREATE OR REPLACE AGGREGATE min(UUID) (
    SFUNC = kmslog_uuid_smaller, STYPE = UUID, COMBINEFUNC = kmslog_uuid_smaller, PARALLEL = SAFE);

CREATE OR REPLACE AGGREGATE max(UUID) (
    SFUNC = kmslog_uuid_larger, STYPE = UUID, COMBINEFUNC = kmslog_uuid_larger, PARALLEL = SAFE);
