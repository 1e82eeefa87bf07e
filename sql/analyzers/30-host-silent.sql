-- HOST_SILENT: a KMS host whose stream of 12290 stopped: its clients' requests to it fail since
-- (they name it in their 12288 after its last 12290 and do not reach a host), or it logged no
-- request in the 7 days before the reference time although clients renew every 7 days.
-- Output: one finding per host: first_seen = its last request, last_seen = the last failed
-- attempt to reach it (or its last request), count = those failed attempts.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH stopped AS (
    SELECT host_key, last_request FROM work_host_count
), failed_since AS (
    SELECT s.host_key, COUNT(*) AS attempts, MAX(a.time_utc) AS last_attempt,
        COUNT(DISTINCT a.client_key) AS clients,
        MAX(a.hresult) AS some_code
    FROM stopped s
    JOIN work_attempt a ON a.target_key = s.host_key
        AND a.time_utc > DATEADD(HOUR, 1, s.last_request) AND NOT a.reached
    GROUP BY s.host_key
), failed_clients AS (
    SELECT host_key, LISTAGG(name, ', ') WITHIN GROUP (ORDER BY name) AS names FROM (
        SELECT DISTINCT s.host_key, n.name,
            DENSE_RANK() OVER (PARTITION BY s.host_key ORDER BY n.name) AS rank
        FROM stopped s
        JOIN work_attempt a ON a.target_key = s.host_key
            AND a.time_utc > DATEADD(HOUR, 1, s.last_request) AND NOT a.reached
        JOIN machine_name n ON n.machine_key = a.client_key
    ) AS listed
    WHERE rank <= 10
    GROUP BY host_key
)
SELECT p.run_id, 'HOST_SILENT', 'error', n.name, c.names, NULL, NULL, s.last_request,
    COALESCE(f.last_attempt, s.last_request), COALESCE(f.attempts, 0),
    n.name || ' logged its last activation request on '
    || FORMATDATETIME(s.last_request, 'yyyy-MM-dd HH:mm') || ' UTC, '
    || (DATEDIFF(HOUR, s.last_request, p.as_of) / 24) || ' days before '
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
FROM stopped s
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = s.host_key
LEFT JOIN failed_since f ON f.host_key = s.host_key
LEFT JOIN failed_clients c ON c.host_key = s.host_key
WHERE f.attempts IS NOT NULL OR s.last_request < DATEADD(DAY, -7, p.as_of);
