-- Lookups in the error_code reference table (error-code-table.sql, error-codes.sql).

-- name: find_error_code
-- One code, written as 0x and eight upper-case hex digits.
SELECT code, meaning, causes, fix, contact_failure
FROM error_code
WHERE code = ?;

-- name: all_error_codes
-- Every code, in code order (fixed-width upper-case hex, so text order is numeric order).
SELECT code, meaning, causes, fix, contact_failure
FROM error_code
ORDER BY code;
