-- HOST_SILENT: a KMS host whose stream of 12290 stopped: its clients' requests to it fail since
-- (they name it in their 12288 after it last answered and do not reach a host), or it answered
-- no request in the 7 days before the reference time although clients renew every 7 days.
--
-- A host last answered at the newest of its own last 12290 and the answers its clients logged
-- from it: a 12289 matched to a 12288 naming it (no contact failure), or a 12288 naming it that
-- reached a host. So a host whose export is older than its clients' is not silent while they
-- still get answers. A client's failures count against the host only when that client was not
-- already failing when the host last answered (its last attempt to the host before then reached
-- it): a client that cannot connect while the host answers others has a problem of its own
-- (UNREACHED_HOST), not a silent host.
-- Output: one finding per host: first_seen = when it last answered, last_seen = the last failed
-- attempt to reach it (or when it last answered), count = those failed attempts.

-- When each host last answered, a table of its own: as a WITH query of the INSERT below, H2 would
-- evaluate it (two scans of the client work tables) once for every use.
DROP TABLE IF EXISTS work_host_stopped;
CREATE TABLE work_host_stopped AS
WITH answered AS (
    SELECT host_key, MAX(answered_at) AS answered_at FROM (
        SELECT a.target_key AS host_key, MAX(a.time_utc) AS answered_at FROM work_attempt a
        WHERE a.reached AND a.target_key IS NOT NULL GROUP BY a.target_key
        UNION ALL
        SELECT r.target_key, MAX(r.time_utc) FROM work_response r
        WHERE NOT r.contact_failure AND r.target_key IS NOT NULL GROUP BY r.target_key) AS seen
    GROUP BY host_key
)
-- An answer within ten minutes of the last 12290 is that request's own (the two machines' clocks
-- differ a little), not a later one.
SELECT c.host_key, c.last_request,
    CASE WHEN s.answered_at > DATEADD('MINUTE', 10, c.last_request) THEN s.answered_at
        ELSE c.last_request END AS last_answer,
    COALESCE(s.answered_at > DATEADD('MINUTE', 10, c.last_request), FALSE) AS answered_later
FROM work_host_count c
LEFT JOIN answered s ON s.host_key = c.host_key;
CREATE UNIQUE INDEX work_host_stopped_key ON work_host_stopped (host_key);

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH failed AS (
    -- The failed attempts since the host last answered, of clients that were not failing then.
    SELECT s.host_key, a.client_key, a.time_utc
    FROM work_host_stopped s
    JOIN work_attempt a ON a.target_key = s.host_key
        AND a.time_utc > DATEADD('HOUR', 1, s.last_answer) AND NOT a.reached
    WHERE NOT EXISTS (
        SELECT 1 FROM work_attempt b
        WHERE b.client_key = a.client_key AND b.target_key = s.host_key AND NOT b.reached
        AND b.time_utc <= DATEADD('HOUR', 1, s.last_answer)
        AND b.time_utc = (SELECT MAX(l.time_utc) FROM work_attempt l
            WHERE l.client_key = a.client_key AND l.target_key = s.host_key
            AND l.time_utc <= DATEADD('HOUR', 1, s.last_answer)))
), failed_since AS (
    SELECT host_key, COUNT(*) AS attempts, MAX(time_utc) AS last_attempt,
        COUNT(DISTINCT client_key) AS clients
    FROM failed
    GROUP BY host_key
), failed_clients AS (
    SELECT host_key, STRING_AGG(name, ', ' ORDER BY name) AS names FROM (
        SELECT DISTINCT f.host_key, n.name,
            DENSE_RANK() OVER (PARTITION BY f.host_key ORDER BY n.name) AS rank
        FROM failed f
        JOIN machine_name n ON n.machine_key = f.client_key
    ) AS listed
    WHERE rank <= 10
    GROUP BY host_key
)
SELECT p.run_id, 'HOST_SILENT', 'error', n.name, c.names, NULL, NULL, s.last_answer,
    COALESCE(f.last_attempt, s.last_answer), COALESCE(f.attempts, 0),
    n.name || ' logged its last activation request on '
    || FORMATDATETIME(s.last_request, 'yyyy-MM-dd HH:mm') || ' UTC'
    || CASE WHEN s.answered_later
        THEN ' and a client last processed an answer from it on '
            || FORMATDATETIME(s.last_answer, 'yyyy-MM-dd HH:mm') || ' UTC'
        ELSE '' END
    || ', ' || (DATEDIFF('HOUR', s.last_answer, p.as_of) / 24) || ' days before '
    || FORMATDATETIME(p.as_of, 'yyyy-MM-dd') || '; '
    || CASE WHEN f.attempts IS NULL
        THEN 'clients renew every 7 days, so a working host logs requests every week. If its'
            || ' log was exported before then, import a newer export.'
        ELSE 'since then ' || f.attempts
            || CASE WHEN f.attempts = 1 THEN ' attempt by ' ELSE ' attempts by ' END || f.clients
            || CASE WHEN f.clients = 1 THEN ' client' ELSE ' clients' END
            || ' (' || c.names || CASE WHEN f.clients > 10 THEN ', ...' ELSE '' END
            || ') to reach it failed, the last on '
            || FORMATDATETIME(f.last_attempt, 'yyyy-MM-dd HH:mm') || ' UTC.'
        END,
    'Check ' || n.name || ': is it up, is the Software Protection service running (sc query'
    || ' sppsvc), is TCP 1688 open (Test-NetConnection ' || n.name || ' -Port 1688), is it still'
    || ' activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point'
    || ' its clients at another host (slmgr /skms host:1688); clients stay activated for 180'
    || ' days after their last renewal.'
FROM work_host_stopped s
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = s.host_key
LEFT JOIN failed_since f ON f.host_key = s.host_key
LEFT JOIN failed_clients c ON c.host_key = s.host_key
WHERE f.attempts IS NOT NULL OR s.last_answer < DATEADD('DAY', -7, p.as_of);
