-- The statements of sql/analyzers/runner.sql that PostgreSQL needs in its own words, by name.

-- name: add_sanctioned
INSERT INTO sanctioned_host (host_key) VALUES (?) ON CONFLICT (host_key) DO NOTHING;
