-- DNS_PUBLISH_FAILED when only the first KMS host can publish: the first host to publish in a
-- domain creates the _vlmcs._tcp record and owns it, and the others' updates are refused with
-- 0x80070005 or 0x80072338 until they are given rights on it (KB 2553863).
-- - KMS01 publishes in corp.example every day. KMS02 (0x80070005, twice) and KMS03 (0x80072338)
--   fail in corp.example and never succeed: errors that say why, name the hosts that publish
--   there (KMS01, and KMS06, which was given rights), and give the fix on the record's
--   permissions.
-- Not the first-host case: KMS04 is refused in lab.corp.example, where no host publishes; KMS05
-- fails in corp.example with a DNS server failure; KMS06 was refused in corp.example and
-- succeeded the next day (a warning: it recovered).

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
        3, 3, 3, TIMESTAMP '2026-10-29 04:00:00.3', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'KMS02_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 04:10:00.3', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'KMS03_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 04:20:00.3', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'KMS04_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 04:00:00.5', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'KMS05_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 04:05:00.5', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'KMS06_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-21 04:00:00.5', TIMESTAMP '2026-10-30 01:00:05', 10);

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
    (@kms01_app + 1, 1, 'KMS01.corp.example', 'kms01', 1, 12294, TIMESTAMP '2026-10-27 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms01_app + 2, 1, 'KMS01.corp.example', 'kms01', 2, 12294, TIMESTAMP '2026-10-28 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms01_app + 3, 1, 'KMS01.corp.example', 'kms01', 3, 12294, TIMESTAMP '2026-10-29 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms02_app + 1, 2, 'KMS02.corp.example', 'kms02', 1, 12293, TIMESTAMP '2026-10-28 04:10:00.3',
        FALSE, '0x80070005', 'corp.example'),
    (@kms02_app + 2, 2, 'KMS02.corp.example', 'kms02', 2, 12293, TIMESTAMP '2026-10-29 04:10:00.3',
        FALSE, '0x80070005', 'corp.example'),
    (@kms03_app + 1, 3, 'KMS03.corp.example', 'kms03', 1, 12293, TIMESTAMP '2026-10-29 04:20:00.3',
        FALSE, '0x80072338', 'corp.example'),
    (@kms04_app + 1, 4, 'KMS04.corp.example', 'kms04', 1, 12293, TIMESTAMP '2026-10-29 04:00:00.5',
        FALSE, '0x80070005', 'lab.corp.example'),
    (@kms05_app + 1, 5, 'KMS05.corp.example', 'kms05', 1, 12293, TIMESTAMP '2026-10-29 04:05:00.5',
        FALSE, '0x8007232A', 'corp.example'),
    (@kms06_app + 1, 6, 'KMS06.corp.example', 'kms06', 1, 12293, TIMESTAMP '2026-10-20 04:00:00.5',
        FALSE, '0x80070005', 'corp.example'),
    (@kms06_app + 2, 6, 'KMS06.corp.example', 'kms06', 2, 12294, TIMESTAMP '2026-10-21 04:00:00.5',
        TRUE, NULL, 'corp.example');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-28 04:10:00.3
  last_seen  2026-10-29 04:10:00.3
  count      2
  days_left  null
  detail     KMS02.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example 2 times from 2026-10-28 to 2026-10-29 (last: 0x80070005, Access denied) while KMS01.corp.example, KMS06.corp.example published there successfully: the first KMS host to publish in a domain creates the _vlmcs._tcp record and owns it, so the others may not add theirs until they are given rights on it, and clients find KMS01.corp.example, KMS06.corp.example through DNS but not KMS02.corp.example.
  advice     The first KMS host to publish in corp.example created its _vlmcs._tcp record and owns it: in DNS Manager open the zone, _tcp, the _vlmcs record, Properties, Security, and give the computer account of KMS02.corp.example Full Control, or better create a security group of all KMS hosts' computer accounts and give it Full Control on the record (Microsoft KB 2553863); then restart sppsvc on KMS02.corp.example and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS02.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS03.corp.example
  client     null
  cmid       null
  code       0x80072338
  first_seen 2026-10-29 04:20:00.3
  last_seen  2026-10-29 04:20:00.3
  count      1
  days_left  null
  detail     KMS03.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example on 2026-10-29 04:20 UTC (last: 0x80072338, Logged in event 12293 on a KMS host: DNS refused its update of the existing _vlmcs._tcp SRV record) while KMS01.corp.example, KMS06.corp.example published there successfully: the first KMS host to publish in a domain creates the _vlmcs._tcp record and owns it, so the others may not add theirs until they are given rights on it, and clients find KMS01.corp.example, KMS06.corp.example through DNS but not KMS03.corp.example.
  advice     The first KMS host to publish in corp.example created its _vlmcs._tcp record and owns it: in DNS Manager open the zone, _tcp, the _vlmcs record, Properties, Security, and give the computer account of KMS03.corp.example Full Control, or better create a security group of all KMS hosts' computer accounts and give it Full Control on the record (Microsoft KB 2553863); then restart sppsvc on KMS03.corp.example and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS03.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS04.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-29 04:00:00.5
  last_seen  2026-10-29 04:00:00.5
  count      1
  days_left  null
  detail     KMS04.corp.example failed to publish its _vlmcs._tcp SRV record in lab.corp.example on 2026-10-29 04:00 UTC (last: 0x80070005, Access denied); it has not succeeded since, so clients cannot find it through DNS.
  advice     Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS04.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.lab.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS05.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-10-29 04:05:00.5
  last_seen  2026-10-29 04:05:00.5
  count      1
  days_left  null
  detail     KMS05.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example on 2026-10-29 04:05 UTC (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); it has not succeeded since, so clients cannot find it through DNS.
  advice     Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS05.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.corp.example.

finding
  kind       DNS_PUBLISH_FAILED
  severity   warning
  host       KMS06.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-20 04:00:00.5
  last_seen  2026-10-20 04:00:00.5
  count      1
  days_left  null
  detail     KMS06.corp.example failed to publish its _vlmcs._tcp SRV record in corp.example on 2026-10-20 04:00 UTC (last: 0x80070005, Access denied); a later publish on 2026-10-21 succeeded.
  advice     It recovered; if it recurs: Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294.
