-- DNS_PUBLISH_FAILED: a host whose 12293 says it failed to publish its _vlmcs._tcp SRV record,
-- one finding per host and domain: an error while no later 12294 of that domain cleared it, a
-- warning once one did, and nothing for a cleared failure older than 30 days.
-- - KMS02 fails in two domains, branch.corp.example (access denied, twice) and lab.corp.example
--   (DNS server failure), and never succeeds: two errors.
-- - KMS01 fails on 2026-10-12 and succeeds the next day: a warning.
-- - KMS03 fails in branch.corp.example; its success in corp.example does not clear that: an error.
-- - KMS06 fails, succeeds the next day, and fails again on two days: an error, counting all three.
-- - The 30-day edge: KMS04's cleared failure was exactly 30 days before the reference time, not
--   reported; KMS05's 30 days less a second before, a warning.
-- The hosts log no requests here. The host summary's DNS status is per domain for a host that
-- publishes in several (KMS02, KMS03), failing domains first, and without a domain otherwise.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|application'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms03.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|kms04.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|kms05.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|kms06.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_app = 1 * 1099511627776;
SET @kms02_app = 2 * 1099511627776;
SET @kms03_app = 3 * 1099511627776;
SET @kms04_app = 4 * 1099511627776;
SET @kms05_app = 5 * 1099511627776;
SET @kms06_app = 6 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Application.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-13 04:00:00.3', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'KMS02_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 04:00:01.3', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'KMS03_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-13 04:00:00.3', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'KMS04_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 00:00:00', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'KMS05_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-01 00:00:01', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'KMS06_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-21 04:00:00.3', TIMESTAMP '2026-10-30 01:00:05', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('kms03', 'KMS03.corp.example'),
    ('kms04', 'KMS04.corp.example'),
    ('kms05', 'KMS05.corp.example'),
    ('kms06', 'KMS06.corp.example');

-- 12293 (succeeded FALSE, with the HRESULT) and 12294 (succeeded TRUE).
INSERT INTO dns_publish (id, import_id, computer, computer_key, record_id, event_id, time_utc,
    succeeded, hresult, domain) VALUES
    (@kms01_app + 1, 1, 'KMS01.corp.example', 'kms01', 1, 12293, TIMESTAMP '2026-10-12 04:00:00.3',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms01_app + 2, 1, 'KMS01.corp.example', 'kms01', 2, 12294, TIMESTAMP '2026-10-13 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms02_app + 1, 2, 'KMS02.corp.example', 'kms02', 1, 12293, TIMESTAMP '2026-10-28 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms02_app + 2, 2, 'KMS02.corp.example', 'kms02', 2, 12293, TIMESTAMP '2026-10-29 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms02_app + 3, 2, 'KMS02.corp.example', 'kms02', 3, 12293, TIMESTAMP '2026-10-29 04:00:01.3',
        FALSE, '0x8007232A', 'lab.corp.example'),
    (@kms03_app + 1, 3, 'KMS03.corp.example', 'kms03', 1, 12293, TIMESTAMP '2026-10-12 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms03_app + 2, 3, 'KMS03.corp.example', 'kms03', 2, 12294, TIMESTAMP '2026-10-13 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms04_app + 1, 4, 'KMS04.corp.example', 'kms04', 1, 12293, TIMESTAMP '2026-09-30 00:00:00',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms04_app + 2, 4, 'KMS04.corp.example', 'kms04', 2, 12294, TIMESTAMP '2026-10-01 00:00:00',
        TRUE, NULL, 'corp.example'),
    (@kms04_app + 3, 4, 'KMS04.corp.example', 'kms04', 3, 12294, TIMESTAMP '2026-10-29 00:00:00',
        TRUE, NULL, 'corp.example'),
    (@kms05_app + 1, 5, 'KMS05.corp.example', 'kms05', 1, 12293, TIMESTAMP '2026-09-30 00:00:01',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms05_app + 2, 5, 'KMS05.corp.example', 'kms05', 2, 12294, TIMESTAMP '2026-10-01 00:00:01',
        TRUE, NULL, 'corp.example'),
    (@kms06_app + 1, 6, 'KMS06.corp.example', 'kms06', 1, 12293, TIMESTAMP '2026-10-01 04:00:00.3',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms06_app + 2, 6, 'KMS06.corp.example', 'kms06', 2, 12294, TIMESTAMP '2026-10-02 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms06_app + 3, 6, 'KMS06.corp.example', 'kms06', 3, 12293, TIMESTAMP '2026-10-20 04:00:00.3',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms06_app + 4, 6, 'KMS06.corp.example', 'kms06', 4, 12293, TIMESTAMP '2026-10-21 04:00:00.3',
        FALSE, '0x8007232A', 'corp.example');

@as-of 2026-10-30T00:00:00Z
@expect finding host_summary

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-28 04:00:00.3
  last_seen  2026-10-29 04:00:00.3
  count      2
  days_left  null
  detail     KMS02.corp.example failed to publish its _vlmcs._tcp SRV record in branch.corp.example 2 times from 2026-10-28 to 2026-10-29 (last: 0x80070005, Access denied); it has not succeeded since, so clients cannot find it through DNS.
  advice     Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS02.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.branch.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-10-29 04:00:01.3
  last_seen  2026-10-29 04:00:01.3
  count      1
  days_left  null
  detail     KMS02.corp.example failed to publish its _vlmcs._tcp SRV record in lab.corp.example on 2026-10-29 04:00 UTC (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); it has not succeeded since, so clients cannot find it through DNS.
  advice     Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS02.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.lab.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS03.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-12 04:00:00.3
  last_seen  2026-10-12 04:00:00.3
  count      1
  days_left  null
  detail     KMS03.corp.example failed to publish its _vlmcs._tcp SRV record in branch.corp.example on 2026-10-12 04:00 UTC (last: 0x80070005, Access denied); it has not succeeded since, so clients cannot find it through DNS.
  advice     Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS03.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.branch.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS06.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-10-01 04:00:00.3
  last_seen  2026-10-21 04:00:00.3
  count      3
  days_left  null
  detail     KMS06.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example 3 times from 2026-10-01 to 2026-10-21 (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); it has not succeeded since, so clients cannot find it through DNS.
  advice     Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS06.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   warning
  host       KMS01.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-10-12 04:00:00.3
  last_seen  2026-10-12 04:00:00.3
  count      1
  days_left  null
  detail     KMS01.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example on 2026-10-12 04:00 UTC (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); a later publish on 2026-10-13 succeeded.
  advice     It recovered; if it recurs: Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds.

finding
  kind       DNS_PUBLISH_FAILED
  severity   warning
  host       KMS05.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-09-30 00:00:01
  last_seen  2026-09-30 00:00:01
  count      1
  days_left  null
  detail     KMS05.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example on 2026-09-30 00:00 UTC (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); a later publish on 2026-10-01 succeeded.
  advice     It recovered; if it recurs: Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds.

host_summary
  host            KMS01.corp.example
  host_key        kms01
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      published (last 2026-10-13; failed on 2026-10-12)

host_summary
  host            KMS02.corp.example
  host_key        kms02
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      branch.corp.example: failing since 2026-10-28 (0x80070005); lab.corp.example: failing since 2026-10-29 (0x8007232A)

host_summary
  host            KMS03.corp.example
  host_key        kms03
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      branch.corp.example: failing since 2026-10-12 (0x80070005); corp.example: published (last 2026-10-13)

host_summary
  host            KMS04.corp.example
  host_key        kms04
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      published (last 2026-10-29; failed on 2026-09-30)

host_summary
  host            KMS05.corp.example
  host_key        kms05
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      published (last 2026-10-01; failed on 2026-09-30)

host_summary
  host            KMS06.corp.example
  host_key        kms06
  requests        0
  clients_30d     0
  estimated_count 0
  threshold       5
  reported_min    null
  reported_max    null
  first_request   null
  last_request    null
  dns_status      failing since 2026-10-20 (0x8007232A)
