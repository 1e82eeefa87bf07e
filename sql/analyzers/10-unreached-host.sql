-- UNREACHED_HOST: a client whose requests do not reach a KMS host.
--
-- A client is unreached when its newest 12288 did not reach a host: it failed with a
-- could-not-contact code (error_code.contact_failure), or no imported host logged it and the
-- client processed no answer (see 00-prepare.sql). The finding covers the attempts since the
-- client last reached a host (all of them if it never did), one finding per client and target
-- host:port; a client that failed and then succeeded is not reported. Besides a later 12288 that
-- reached a host, a later 12290 any host logged for the client, or a later 12289 it processed
-- that was no contact failure, shows it reached one after a failed attempt, also when the
-- client's own log ends before them (its export is older than the host's) or lacks the 12288 of
-- that answer. Those count when they are more than an hour after the attempt: closer, a 12290 the
-- matching windows of 00-prepare.sql did not match to the attempt may be the attempt's own record
-- with a client time kmslog could not match, not a later request (clients retry every 2 hours).
-- History before the analysis window (see 00-prepare.sql) is not read: when the window cut it off,
-- a client that did not reach a host in the window "has not reached a host in the 180 days
-- before" the reference time, and a target whose log was imported but has no 12290 in the window
-- has no log "with requests in the 180 days before" it, rather than none at all.
-- The newest attempt of each client and target is found by its time (GROUP BY, then a join),
-- not by numbering every failing attempt: H2 holds a window function's rows in memory.
-- Output: one finding row per (client, target): host = the target as the client named it,
-- client, code = the last attempt's HRESULT, first/last attempt, count = attempts.

-- The attempts since the client last reached a host that nothing later shows reached one.
DROP TABLE IF EXISTS work_unreached_attempt;
CREATE TABLE work_unreached_attempt AS
WITH last_reached_attempt AS (
    SELECT client_key, MAX(time_utc) AS reached_at FROM work_attempt WHERE reached
    GROUP BY client_key
)
SELECT a.client_key, a.target_key, a.target, a.time_utc, a.hresult, a.cmid
FROM work_attempt a
LEFT JOIN last_reached_attempt ra ON ra.client_key = a.client_key
WHERE NOT a.reached AND (ra.reached_at IS NULL OR a.time_utc > ra.reached_at)
AND NOT EXISTS (
    SELECT 1 FROM work_pair pr
    WHERE pr.client_key = a.client_key AND pr.last_at > DATEADD('HOUR', 1, a.time_utc))
AND NOT EXISTS (
    SELECT 1 FROM work_response c
    WHERE c.client_key = a.client_key AND NOT c.contact_failure
    AND c.time_utc > DATEADD('HOUR', 1, a.time_utc));
CREATE INDEX work_unreached_attempt_key ON work_unreached_attempt (client_key, target_key, time_utc);

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH last_reached_attempt AS (
    SELECT client_key, MAX(time_utc) AS reached_at FROM work_attempt WHERE reached
    GROUP BY client_key
), last_reached AS (
    -- When the client last reached a host, for the detail.
    SELECT client_key, MAX(reached_at) AS reached_at FROM (
        SELECT client_key, reached_at FROM last_reached_attempt
        UNION ALL
        SELECT client_key, MAX(last_at) FROM work_pair GROUP BY client_key
        UNION ALL
        SELECT client_key, MAX(time_utc) FROM work_response WHERE NOT contact_failure
        GROUP BY client_key) AS reached
    GROUP BY client_key
), spans AS (
    SELECT client_key, target_key, MAX(target) AS target, COUNT(*) AS attempts,
        MIN(time_utc) AS first_attempt, MAX(time_utc) AS last_attempt
    FROM work_unreached_attempt
    GROUP BY client_key, target_key
), grouped AS (
    -- The newest attempt's code and CMID (of two attempts logged at the same instant, the
    -- greater).
    SELECT s.*, r.reached_at,
        (SELECT MAX(u.hresult) FROM work_unreached_attempt u
            WHERE u.client_key = s.client_key AND u.target_key IS NOT DISTINCT FROM s.target_key
            AND u.time_utc = s.last_attempt) AS last_code,
        (SELECT MAX(u.cmid) FROM work_unreached_attempt u
            WHERE u.client_key = s.client_key AND u.target_key IS NOT DISTINCT FROM s.target_key
            AND u.time_utc = s.last_attempt) AS cmid
    FROM spans s
    LEFT JOIN last_reached r ON r.client_key = s.client_key
)
SELECT p.run_id, 'UNREACHED_HOST', 'error', g.target, n.name, g.cmid,
    CASE WHEN SUBSTRING(g.last_code, 3, 1) BETWEEN '8' AND 'F' THEN g.last_code END,
    g.first_attempt, g.last_attempt, g.attempts,
    -- RTRIM: a client that found no host has no sentence about the host side after the code's.
    RTRIM(n.name || ' made ' || g.attempts || CASE WHEN g.attempts = 1 THEN ' activation attempt'
        ELSE ' activation attempts' END
    || CASE WHEN g.target IS NULL THEN ' without finding a KMS host'
        ELSE ' to ' || g.target END
    || ' from ' || FORMATDATETIME(g.first_attempt, 'yyyy-MM-dd HH:mm')
    || ' to ' || FORMATDATETIME(g.last_attempt, 'yyyy-MM-dd HH:mm') || ' UTC'
    || ' and none reached a KMS host; '
    || CASE WHEN SUBSTRING(g.last_code, 3, 1) BETWEEN '8' AND 'F'
        THEN 'the last ended with ' || g.last_code
            || COALESCE(' (' || TRIM(TRAILING '.' FROM e.meaning) || ')', '') || '. '
        ELSE 'they were sent, but no imported host logged them and no answer came back. '
        END
    || CASE
        WHEN g.target IS NULL THEN ''
        WHEN EXISTS (SELECT 1 FROM work_host h WHERE h.host_key = g.target_key)
            THEN 'The log of ' || hn.name || ' was imported and shows none of them.'
        WHEN w.cut AND EXISTS (SELECT 1 FROM work_before_pair h WHERE h.host_key = g.target_key)
            THEN 'No log of ' || COALESCE(hn.name, g.target) || ' with requests in the ' || w.days
                || ' days before ' || FORMATDATETIME(p.as_of, 'yyyy-MM-dd')
                || ' was imported, so the host side could not be checked.'
        ELSE 'No log of ' || COALESCE(hn.name, g.target)
            || ' was imported, so the host side could not be checked.'
        END
    || CASE WHEN g.reached_at IS NOT NULL
            THEN ' It last reached a host on ' || FORMATDATETIME(g.reached_at, 'yyyy-MM-dd') || '.'
        WHEN EXISTS (SELECT 1 FROM work_client_cut k WHERE k.client_key = g.client_key)
            THEN ' It has not reached a host in the ' || w.days || ' days before '
                || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') || '.'
        ELSE ''
        END),
    CASE
        WHEN e.code IS NOT NULL THEN e.fix
        ELSE 'The requests were sent but no KMS host logged them: check that '
            || COALESCE(g.target, 'the KMS host')
            || ' runs the Software Protection service (sc query sppsvc), that TCP 1688 is open'
            || ' on the way (Test-NetConnection host -Port 1688), and that the _vlmcs._tcp SRV'
            || ' record points at a live host (nslookup -type=srv _vlmcs._tcp).'
        END
FROM grouped g
CROSS JOIN analysis_current p
CROSS JOIN work_window w
JOIN machine_name n ON n.machine_key = g.client_key
LEFT JOIN machine_name hn ON hn.machine_key = g.target_key
LEFT JOIN error_code e ON e.code = g.last_code;
