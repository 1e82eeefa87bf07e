-- The activation error code reference table, filled by error-codes.sql. kmslog explain creates it
-- in a private in-memory database; the persistent schema may create it too.
CREATE TABLE IF NOT EXISTS error_code (code CHAR(10) PRIMARY KEY, meaning VARCHAR(400) NOT NULL, causes VARCHAR(1000) NOT NULL, fix VARCHAR(1000) NOT NULL, contact_failure BOOLEAN NOT NULL);
