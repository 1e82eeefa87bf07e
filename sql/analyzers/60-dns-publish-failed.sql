-- DNS_PUBLISH_FAILED: a KMS host that failed to publish its _vlmcs._tcp SRV record (12293).
--
-- One finding per host and DNS domain with failures in the 30 days before the reference time,
-- or with failures that no later success (12294 for the same domain) cleared. Severity error
-- while uncleared (clients cannot find the host through DNS), warning once a later publish
-- succeeded. Output: code = the last failure's HRESULT, count = the failures.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH failures AS (
    SELECT host_key, domain, COUNT(*) AS failures, MIN(time_utc) AS first_at,
        MAX(time_utc) AS last_at
    FROM work_dns WHERE NOT succeeded
    GROUP BY host_key, domain
), last_code AS (
    SELECT host_key, domain, hresult FROM (
        SELECT host_key, domain, hresult,
            ROW_NUMBER() OVER (PARTITION BY host_key, domain ORDER BY time_utc DESC) AS newest
        FROM work_dns WHERE NOT succeeded
    ) AS ranked
    WHERE newest = 1
), judged AS (
    SELECT f.*, c.hresult,
        (SELECT MIN(s.time_utc) FROM work_dns s
            WHERE s.host_key = f.host_key AND s.succeeded AND s.time_utc > f.last_at
            AND (s.domain = f.domain OR s.domain IS NULL OR f.domain IS NULL)) AS cleared_at
    FROM failures f
    JOIN last_code c ON c.host_key = f.host_key
        AND (c.domain = f.domain OR (c.domain IS NULL AND f.domain IS NULL))
)
SELECT p.run_id, 'DNS_PUBLISH_FAILED',
    CASE WHEN j.cleared_at IS NULL THEN 'error' ELSE 'warning' END,
    n.name, NULL, NULL, j.hresult, j.first_at, j.last_at, j.failures,
    n.name || ' failed to publish its _vlmcs._tcp SRV record'
    || COALESCE(' in ' || j.domain, '')
    || CASE WHEN j.failures = 1
        THEN ' on ' || FORMATDATETIME(j.first_at, 'yyyy-MM-dd HH:mm') || ' UTC'
        ELSE ' ' || j.failures || ' times from ' || FORMATDATETIME(j.first_at, 'yyyy-MM-dd')
            || ' to ' || FORMATDATETIME(j.last_at, 'yyyy-MM-dd') END
    || ' (last: ' || j.hresult || COALESCE(', ' || TRIM(TRAILING '.' FROM e.meaning), '') || ')'
    || CASE WHEN j.cleared_at IS NULL
        THEN '; it has not succeeded since, so clients cannot find it through DNS.'
        ELSE '; a later publish on ' || FORMATDATETIME(j.cleared_at, 'yyyy-MM-dd') || ' succeeded.'
        END,
    CASE WHEN j.cleared_at IS NULL THEN '' ELSE 'It recovered; if it recurs: ' END
    -- The reference's fixes are written for clients; a host publishing its record needs these.
    || CASE WHEN j.hresult IN ('0x80070005', '0x80072338')
        THEN 'Let the host register its record: allow secure dynamic updates in the zone and give'
            || ' the host''s computer account the right to create records, or create'
            || ' _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on'
            || ' the host (it also publishes every 24 hours) and look for event 12294.'
        ELSE 'Check the host''s DNS servers (ipconfig /all) and that they accept dynamic updates'
            || ' for the zone; the host publishes again every 24 hours (restart sppsvc to try now)'
            || ' and logs 12294 when it succeeds.'
        END
    || CASE WHEN j.cleared_at IS NULL
        THEN ' Until the record is published, clients find the host only when it is set on them'
            || ' (slmgr /skms ' || n.name || ':1688); check with nslookup -type=srv _vlmcs._tcp'
            || COALESCE('.' || j.domain, '') || '.'
        ELSE '' END
FROM judged j
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = j.host_key
LEFT JOIN error_code e ON e.code = j.hresult
WHERE j.cleared_at IS NULL OR j.last_at > DATEADD(DAY, -30, p.as_of);
