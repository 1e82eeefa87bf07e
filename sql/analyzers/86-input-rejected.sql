-- INPUT_REJECTED: a file that failed to import and has not changed since: the newest ledger row
-- of its path is a failure, and an import of its folder still finds it there (absent_since is
-- NULL). Imports do not read such a file again (its failure is not a new one, and does not make
-- them exit with status 2), so it is listed here, in every report, until it changes, is removed,
-- or is read again with --retry-failed. A failure whose content is unknown (sha256 NULL: an
-- import cut short) is read again anyway and not listed.
-- Output: one finding per file: first_seen = when its content first failed at that path (since
-- its last import), last_seen = its newest failure, count = the failed attempts in between.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH standing AS (
    SELECT f.id, f.path, f.sha256, f.error, f.started_at
    FROM import_file f
    WHERE f.status = 'failed' AND f.absent_since IS NULL AND f.sha256 IS NOT NULL
    AND f.id = (SELECT MAX(g.id) FROM import_file g WHERE g.path = f.path)
), tries AS (
    SELECT s.id, MIN(e.started_at) AS since, COUNT(*) AS attempts
    FROM standing s
    JOIN import_file e ON e.path = s.path AND e.sha256 = s.sha256 AND e.status = 'failed'
        AND e.id > COALESCE((SELECT MAX(i.id) FROM import_file i
            WHERE i.path = s.path AND i.status = 'imported'), 0)
    GROUP BY s.id
)
SELECT p.run_id, 'INPUT_REJECTED', 'warning', NULL, NULL, NULL, NULL, t.since, s.started_at,
    t.attempts,
    s.path || ' has failed to import since ' || FORMATDATETIME(t.since, 'yyyy-MM-dd HH:mm')
    || ' UTC and has not changed, so it is not read again ('
    || t.attempts || CASE WHEN t.attempts = 1 THEN ' attempt' ELSE ' attempts' END || '): '
    || CASE WHEN s.error IS NULL THEN 'no reason was recorded'
        WHEN LEFT(s.error, LENGTH(s.path) + 2) = s.path || ': '
        THEN SUBSTRING(s.error, LENGTH(s.path) + 3)
        ELSE s.error END,
    'Export the log again and replace the file (an empty file is what "wevtutil qe ... > file"'
    || ' leaves when wevtutil fails), or delete it; kmslog reads it again once it changes, or'
    || ' with --retry-failed.'
FROM standing s
JOIN tries t ON t.id = s.id
CROSS JOIN analysis_current p;
