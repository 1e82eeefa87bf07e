-- BELOW_THRESHOLD: a KMS host whose count is below the threshold its clients need, so it
-- refuses to activate them (0xC004F038).
--
-- The count is the one 05-host-state.sql works out, or the highest count its clients saw in
-- their 12289s if that is higher (the host's log may cover less than 30 days). Hosts that
-- HOST_SILENT or UNEXPECTED_HOST already reported are left out: adding clients is not their fix.
-- Output: one finding per host: count = its count, code = 0xC004F038 when it refused requests.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH judged AS (
    SELECT c.*, GREATEST(c.estimated_count, COALESCE(c.reported_max, 0)) AS best_count
    FROM work_host_count c
    WHERE c.requests_30d > 0
)
SELECT p.run_id, 'BELOW_THRESHOLD', 'error', n.name, NULL, NULL,
    CASE WHEN j.refused_30d > 0 THEN '0xC004F038' END,
    GREATEST(j.first_request, DATEADD('DAY', -30, p.as_of)), j.last_request, j.best_count,
    n.name || ' counted ' || j.estimated_count || ' distinct client'
    || CASE WHEN j.estimated_count = 1 THEN '' ELSE 's' END
    || ' in the 30 days before ' || FORMATDATETIME(p.as_of, 'yyyy-MM-dd')
    || CASE WHEN j.reported_max IS NULL THEN ''
        ELSE ' (its clients saw counts of ' || j.reported_min
            || CASE WHEN j.reported_max <> j.reported_min THEN ' to ' || j.reported_max ELSE '' END
            || ')' END
    || '; ' || CASE WHEN j.threshold = 25 THEN 'client operating systems need 25'
        ELSE 'servers and Office need 5' END
    || ', so ' || (j.threshold - j.best_count) || ' more '
    || CASE WHEN j.threshold - j.best_count = 1 THEN 'client is' ELSE 'clients are' END
    || ' needed.'
    || CASE WHEN j.refused_30d > 0
        THEN ' It refused ' || j.refused_30d
            || CASE WHEN j.refused_30d = 1 THEN ' request' ELSE ' requests' END
            || ' with 0xC004F038.' ELSE '' END,
    'A host activates once ' || j.threshold || ' distinct machines have asked it within 30'
    || ' days (every request counts, even a refused one): point more clients at it, or send'
    || ' these clients to a host that already has the count (slmgr /skms host:1688), or use'
    || ' MAK keys where there are too few machines. Cloned machines count once: see'
    || ' DUPLICATE_CMID.'
FROM judged j
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = j.host_key
WHERE j.best_count < j.threshold
AND NOT EXISTS (
    SELECT 1 FROM finding f
    WHERE f.run_id = p.run_id AND f.kind IN ('HOST_SILENT', 'UNEXPECTED_HOST')
    AND f.host = n.name);
