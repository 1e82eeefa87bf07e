-- UNEXPECTED_HOST: a machine that acts as a KMS host (logs 12290, or clients name it in their
-- 12288) although it is not a sanctioned host (when the user gave the list, --hosts), or
-- although it is itself a KMS client of another host: a KMS host key installed on a client, or
-- a forgotten old host still published in DNS.
-- Output: one finding per machine: client = the clients it answered or that named it (first
-- 10), count = the requests it answered, or else the requests that named it.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH answered AS (
    SELECT host_key, SUM(requests) AS requests, COUNT(DISTINCT client_key) AS clients,
        MIN(first_at) AS first_at, MAX(last_at) AS last_at, SUM(refused) AS refused
    FROM work_pair GROUP BY host_key
), named AS (
    SELECT target_key AS host_key, COUNT(*) AS requests, COUNT(DISTINCT client_key) AS clients,
        MIN(time_utc) AS first_at, MAX(time_utc) AS last_at
    FROM work_attempt WHERE target_key IS NOT NULL GROUP BY target_key
), client_of AS (
    -- The hosts each machine itself asked, by its own 12288s and by other hosts' 12290s.
    SELECT machine_key, STRING_AGG(name, ', ' ORDER BY name) AS hosts FROM (
        SELECT DISTINCT a.client_key AS machine_key, COALESCE(n.name, a.target) AS name
        FROM work_attempt a LEFT JOIN machine_name n ON n.machine_key = a.target_key
        WHERE a.target_key IS NOT NULL AND a.target_key <> a.client_key
        UNION
        SELECT DISTINCT pr.client_key, n.name
        FROM work_pair pr JOIN machine_name n ON n.machine_key = pr.host_key
        WHERE pr.client_key <> pr.host_key
    ) AS asked
    GROUP BY machine_key
), candidates AS (
    SELECT host_key FROM answered UNION SELECT host_key FROM named
), judged AS (
    SELECT c.host_key, o.hosts AS client_of,
        CASE WHEN EXISTS (SELECT 1 FROM sanctioned_host)
            AND NOT EXISTS (SELECT 1 FROM sanctioned_host s WHERE s.host_key = c.host_key)
            THEN 1 ELSE 0 END AS unsanctioned
    FROM candidates c LEFT JOIN client_of o ON o.machine_key = c.host_key
), their_clients AS (
    SELECT host_key, STRING_AGG(name, ', ' ORDER BY name) AS names FROM (
        SELECT host_key, name, DENSE_RANK() OVER (PARTITION BY host_key ORDER BY name) AS rank
        FROM (
            SELECT DISTINCT pr.host_key, n.name FROM work_pair pr
            JOIN machine_name n ON n.machine_key = pr.client_key
            UNION
            SELECT DISTINCT a.target_key, n.name FROM work_attempt a
            JOIN machine_name n ON n.machine_key = a.client_key
            WHERE a.target_key IS NOT NULL
        ) AS pairs
    ) AS ranked
    WHERE rank <= 10
    GROUP BY host_key
)
SELECT p.run_id, 'UNEXPECTED_HOST', 'warning', n.name, tc.names, NULL,
    CASE WHEN a.refused > 0 THEN '0xC004F038' END,
    COALESCE(a.first_at, m.first_at), COALESCE(a.last_at, m.last_at),
    COALESCE(a.requests, m.requests),
    n.name
    || CASE WHEN a.requests IS NOT NULL
        THEN ' answers KMS requests (' || a.requests || ' from ' || a.clients
            || CASE WHEN a.clients = 1 THEN ' client' ELSE ' clients' END
            || CASE WHEN a.refused = a.requests THEN ', all refused with 0xC004F038: count too low'
                ELSE '' END || ')'
        ELSE ' is named as KMS host in ' || m.requests
            || CASE WHEN m.requests = 1 THEN ' request of ' ELSE ' requests of ' END || m.clients
            || CASE WHEN m.clients = 1 THEN ' client' ELSE ' clients' END
        END
    || CASE WHEN j.client_of IS NOT NULL
        THEN ' but is itself a KMS client of ' || j.client_of
            || ': a KMS host key was installed on a client'
        ELSE ' but is not one of the sanctioned hosts'
        END
    || CASE WHEN j.client_of IS NOT NULL AND j.unsanctioned = 1
        THEN ', and it is not one of the sanctioned hosts' ELSE '' END
    || ' (clients: ' || COALESCE(tc.names, '') || ').',
    'If ' || n.name || ' should not be a KMS host: on it run slmgr /upk, install the GVLK of its'
    || ' edition (slmgr /ipk <GVLK>) and activate it against a sanctioned host (slmgr /ato);'
    || ' delete its _vlmcs._tcp SRV record from DNS; point its clients at a sanctioned host'
    || ' (slmgr /skms host:1688). If it should be one, add it to the sanctioned hosts (--hosts).'
FROM judged j
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = j.host_key
LEFT JOIN answered a ON a.host_key = j.host_key
LEFT JOIN named m ON m.host_key = j.host_key
LEFT JOIN their_clients tc ON tc.host_key = j.host_key
WHERE j.client_of IS NOT NULL OR j.unsanctioned = 1;
