-- DNS_PUBLISH_FAILED: a KMS host that failed to publish its _vlmcs._tcp SRV record (12293).
--
-- One finding per host and DNS domain with failures in the 30 days before the reference time,
-- or with failures that no later success (12294 for the same domain) cleared. Severity error
-- while uncleared (clients cannot find the host through DNS), warning once a later publish
-- succeeded. Output: code = the last failure's HRESULT, count = the failures.
--
-- Only the first KMS host can publish: the first host to register _vlmcs._tcp in a zone creates
-- the record and owns it, and a second host's update is refused with 0x80070005 or 0x80072338
-- until it is given rights on the record (Microsoft KB 2553863; "How to install a second KMS host
-- for Office"). So while a host's failures with one of those codes are uncleared and another host
-- logged a 12294 for the same domain, the finding says so, names the hosts that publish there,
-- and gives the fix on the record's permissions.

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
), publishers AS (
    -- The other hosts that published in each domain a host fails in.
    SELECT f.host_key, f.domain, STRING_AGG(n.name, ', ' ORDER BY n.name) AS names
    FROM (SELECT DISTINCT host_key, domain FROM work_dns WHERE NOT succeeded) AS f
    JOIN (SELECT DISTINCT host_key, domain FROM work_dns WHERE succeeded) AS s
        ON s.domain = f.domain AND s.host_key <> f.host_key
    JOIN machine_name n ON n.machine_key = s.host_key
    GROUP BY f.host_key, f.domain
), judged_publishers AS (
    SELECT j.*, CASE WHEN j.cleared_at IS NULL AND j.hresult IN ('0x80070005', '0x80072338')
        THEN o.names END AS publisher_names
    FROM judged j
    LEFT JOIN publishers o ON o.host_key = j.host_key AND o.domain = j.domain
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
    || CASE
        WHEN j.publisher_names IS NOT NULL
        THEN ' while ' || j.publisher_names || ' published there successfully: the first KMS host to'
            || ' publish in a domain creates the _vlmcs._tcp record and owns it, so the others may'
            || ' not add theirs until they are given rights on it, and clients find '
            || j.publisher_names || ' through DNS but not ' || n.name || '.'
        WHEN j.cleared_at IS NULL
        THEN '; it has not succeeded since, so clients cannot find it through DNS.'
        ELSE '; a later publish on ' || FORMATDATETIME(j.cleared_at, 'yyyy-MM-dd') || ' succeeded.'
        END,
    CASE WHEN j.cleared_at IS NULL THEN '' ELSE 'It recovered; if it recurs: ' END
    -- The reference's fixes are written for clients; a host publishing its record needs these.
    || CASE
        WHEN j.publisher_names IS NOT NULL
        THEN 'The first KMS host to publish in ' || j.domain || ' created its _vlmcs._tcp record'
            || ' and owns it: in DNS Manager open the zone, _tcp, the _vlmcs record, Properties,'
            || ' Security, and give the computer account of ' || n.name || ' Full Control, or'
            || ' better create a security group of all KMS hosts'' computer accounts and give it'
            || ' Full Control on the record (Microsoft KB 2553863); then restart sppsvc on '
            || n.name || ' and look for event 12294.'
        WHEN j.hresult IN ('0x80070005', '0x80072338')
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
FROM judged_publishers j
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = j.host_key
LEFT JOIN error_code e ON e.code = j.hresult
WHERE j.cleared_at IS NULL OR j.last_at > DATEADD('DAY', -30, p.as_of);
