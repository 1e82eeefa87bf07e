-- DUPLICATE_CMID: one client machine ID used by two or more machines (cloned without
-- sysprep /generalize), so that a KMS host counts them as one client.
--
-- Machines are compared by machine key (case-insensitive, short name = FQDN), so PC1 and
-- PC1.corp.example are one machine, and one machine asking for Windows and Office under its
-- CMID is not a duplicate. Sources: CMIDs in host 12290s (work_pair) and in client 12288s.
-- Output: one finding per CMID: client = the machines, host = the hosts that saw it,
-- count = the number of machines.

-- Every machine's use of a CMID, from both sides (a table: it is read three times below, and H2
-- would evaluate a WITH query each time).
DROP TABLE IF EXISTS work_cmid_use;
CREATE TABLE work_cmid_use AS
SELECT cmid, client_key AS machine_key, host_key, first_at, last_at FROM work_pair
UNION ALL
SELECT cmid, client_key, CAST(NULL AS VARCHAR(255)), MIN(time_utc), MAX(time_utc)
FROM work_attempt WHERE cmid IS NOT NULL GROUP BY cmid, client_key;
CREATE INDEX work_cmid_use_cmid ON work_cmid_use (cmid);

DROP TABLE IF EXISTS work_cmid_shared;
CREATE TABLE work_cmid_shared AS
SELECT cmid FROM work_cmid_use GROUP BY cmid HAVING COUNT(DISTINCT machine_key) > 1;
CREATE UNIQUE INDEX work_cmid_shared_key ON work_cmid_shared (cmid);

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH machines AS (
    SELECT u.cmid, u.machine_key, MIN(u.first_at) AS first_use, MAX(u.last_at) AS last_use
    FROM work_cmid_use u JOIN work_cmid_shared s ON s.cmid = u.cmid
    GROUP BY u.cmid, u.machine_key
), summary AS (
    SELECT m.cmid, COUNT(*) AS machine_count,
        STRING_AGG(n.name, ', ' ORDER BY n.name) AS names,
        MIN(m.first_use) AS first_use, MAX(m.last_use) AS last_use
    FROM machines m JOIN machine_name n ON n.machine_key = m.machine_key
    GROUP BY m.cmid
)
SELECT p.run_id, 'DUPLICATE_CMID', 'error',
    (SELECT STRING_AGG(DISTINCT n.name, ', ' ORDER BY n.name)
        FROM work_cmid_use u JOIN machine_name n ON n.machine_key = u.host_key
        WHERE u.cmid = s.cmid),
    s.names, s.cmid, NULL, s.first_use, s.last_use, s.machine_count,
    'CMID ' || s.cmid || ' is used by ' || s.machine_count || ' machines: ' || s.names
    || '; a KMS host counts them as one client, so they add only 1 to its count.',
    'The machines were cloned from an image that was not generalized. On every copy but one,'
    || ' run slmgr /rearm, restart, then slmgr /ato, so that each gets its own CMID; fix the'
    || ' image with sysprep /generalize before deploying it again.'
FROM summary s
CROSS JOIN analysis_current p;
