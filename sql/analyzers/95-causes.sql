-- Causes: which finding explains which, so that the reports lead with the problems and list what
-- each explains (one host below its threshold is one problem, not seven expiring clients). Runs
-- after every analyzer that writes findings. Each finding gets at most one cause, the first rule
-- that applies (then the lowest id); the rules only point from consequences to what causes them,
-- so following causes always ends at a finding without one:
-- - EXPIRING (a client not renewing): its own UNREACHED_HOST (it cannot reach a host), else its
--   own CLOCK_SKEW (the host refuses its clock), else its host's HOST_SILENT or BELOW_THRESHOLD,
--   else its host's UNEXPECTED_HOST (a client's KMS host key answering it).
-- - UNREACHED_HOST: its target's HOST_SILENT, else its target's UNEXPECTED_HOST (clients pointed
--   at a host that is not one, such as a forgotten old host), else, when it could not find a host
--   through DNS (no target, or a DNS lookup code), the DNS_PUBLISH_FAILED error of a host in the
--   client's DNS domain that was failing by the client's last attempt, unless another host had
--   published there by then (DNS held that host's record to find: the failing host is a second
--   host refused rights on it, and something else keeps the client from finding the first).
-- - CLOCK_SKEW of a client: the CLOCK_SKEW of its host's own clock (70-clock-skew.sql), when the
--   client is one of those whose skew showed it (work_host_clock_off).
-- - EXPORTS_STALE: the host's HOST_SILENT (a host that is down exports nothing), else an
--   INPUT_REJECTED file named after the host (its export arrives but cannot be read).
-- Hosts and clients are compared by machine key (sql/schema/v1.sql), a target without its port.
-- Output: finding.cause_id; work_finding keeps the keys compared, work_cause every candidate.

DROP TABLE IF EXISTS work_finding;
CREATE TABLE work_finding AS
SELECT id, kind, severity, code, first_seen, last_seen, host_name IS NULL AS no_host, detail,
    CASE WHEN POSITION(':' IN host_name) > 0
            OR REGEXP_LIKE(host_name, '^[0-9]{1,3}(\.[0-9]{1,3}){3}$') THEN host_name
        WHEN POSITION('.' IN host_name) > 1 THEN LEFT(host_name, POSITION('.' IN host_name) - 1)
        ELSE host_name END AS host_key,
    CASE WHEN POSITION('.' IN client_name) > 1
            THEN LEFT(client_name, POSITION('.' IN client_name) - 1)
        ELSE client_name END AS client_key,
    CASE WHEN POSITION('.' IN client_name) > 1
            THEN SUBSTRING(client_name, POSITION('.' IN client_name) + 1)
        END AS client_domain
FROM (
    SELECT f.id, f.kind, f.severity, f.code, f.first_seen, f.last_seen, f.detail,
        LOWER(REGEXP_REPLACE(TRIM(f.host), ':[0-9]+$', '')) AS host_name,
        CASE WHEN POSITION(',' IN f.client) = 0 THEN LOWER(TRIM(f.client)) END AS client_name
    FROM finding f
    CROSS JOIN analysis_current p
    WHERE f.run_id = p.run_id
) AS named;

DROP TABLE IF EXISTS work_cause;
CREATE TABLE work_cause AS
SELECT e.id, c.id AS cause_id,
    CASE c.kind WHEN 'UNREACHED_HOST' THEN 1 WHEN 'CLOCK_SKEW' THEN 2 ELSE 3 END AS rule
FROM work_finding e
JOIN work_finding c ON c.client_key = e.client_key AND c.kind IN ('UNREACHED_HOST', 'CLOCK_SKEW')
WHERE e.kind = 'EXPIRING'
UNION ALL
SELECT e.id, c.id, CASE WHEN c.kind = 'UNEXPECTED_HOST' THEN 4 ELSE 3 END
FROM work_finding e
JOIN work_finding c ON c.host_key = e.host_key
    AND c.kind IN ('HOST_SILENT', 'BELOW_THRESHOLD', 'UNEXPECTED_HOST')
WHERE e.kind = 'EXPIRING'
UNION ALL
SELECT u.id, c.id, CASE WHEN c.kind = 'HOST_SILENT' THEN 1 ELSE 2 END
FROM work_finding u
JOIN work_finding c ON c.host_key = u.host_key AND c.kind IN ('HOST_SILENT', 'UNEXPECTED_HOST')
WHERE u.kind = 'UNREACHED_HOST'
UNION ALL
SELECT u.id, d.id, 3
FROM work_finding u
JOIN work_finding d ON d.kind = 'DNS_PUBLISH_FAILED' AND d.severity = 'error'
    AND u.client_domain IS NOT NULL
    AND POSITION(' srv record in ' || u.client_domain || ' ' IN LOWER(d.detail)) > 0
    AND d.first_seen <= u.last_seen
WHERE u.kind = 'UNREACHED_HOST'
    AND (u.no_host OR u.code IN ('0x8007232B', '0x8007232A', '0x8007251D', '0x80092328'))
    AND NOT EXISTS (
        SELECT 1 FROM work_dns s
        WHERE s.succeeded AND s.domain = u.client_domain AND s.host_key <> d.host_key
            AND s.time_utc <= u.last_seen)
UNION ALL
SELECT s.id, h.id, 1
FROM work_finding s
JOIN work_host_clock_off o ON o.host_key = s.host_key AND o.client_key = s.client_key
JOIN work_finding h ON h.host_key = s.host_key AND h.kind = 'CLOCK_SKEW' AND h.client_key IS NULL
WHERE s.kind = 'CLOCK_SKEW' AND s.client_key IS NOT NULL
UNION ALL
SELECT x.id, c.id, 1
FROM work_finding x
JOIN work_finding c ON c.host_key = x.host_key AND c.kind = 'HOST_SILENT'
WHERE x.kind = 'EXPORTS_STALE'
UNION ALL
-- The host's key is matched literally: a machine key is whatever the events name (an IPv4 host
-- keeps its dots, a name may hold "(" or "+"), so each character that is special in a pattern,
-- in Java's (H2) and PostgreSQL's alike, is escaped with a backslash; a "(" left as it was failed
-- the whole analysis, and a "." matched any character.
SELECT x.id, r.id, 2
FROM work_finding x
JOIN work_finding r ON r.kind = 'INPUT_REJECTED'
    AND REGEXP_LIKE(LOWER(r.detail),
        '^(.*[/\\])?'
        || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
            REPLACE(REPLACE(REPLACE(REPLACE(x.host_key,
            '\', '\\'), '.', '\.'), '^', '\^'), '$', '\$'), '|', '\|'), '?', '\?'),
            '*', '\*'), '+', '\+'), '(', '\('), ')', '\)'), '[', '\['), ']', '\]'),
            '{', '\{'), '}', '\}')
        || '[_.-][^/\\]* has failed to import ')
WHERE x.kind = 'EXPORTS_STALE';

UPDATE finding f SET cause_id = (
    SELECT c.cause_id FROM work_cause c WHERE c.id = f.id
    ORDER BY c.rule, c.cause_id FETCH FIRST 1 ROW ONLY)
WHERE f.run_id = (SELECT run_id FROM analysis_current)
AND EXISTS (SELECT 1 FROM work_cause c WHERE c.id = f.id);
