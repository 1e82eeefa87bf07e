-- Causes (95-causes.sql), the DNS rule: an UNREACHED_HOST whose client found no host through DNS
-- (it names no host, or names one and failed with a DNS lookup code) is explained by the
-- uncleared DNS_PUBLISH_FAILED error of a host that cannot publish in the client's DNS domain.
-- Explained: PC-B1 (no host, 0x8007232B) and PC-B2 (0x80092328, no SRV record found) in
-- branch.corp.example, where KMS02 fails to publish since 2026-10-01.
-- Not explained, the near misses: PC-B3 in branch.corp.example found a host and could not contact
-- it (0xC004F074); PC-C1 is in corp.example, the parent of KMS02's domain; PC-L1's domain
-- lab.corp.example had a failure a later publish cleared (a warning); PC-T1 gave up a week before
-- KMS07's failures in late.corp.example began; PC-S1 is in shared.corp.example, where KMS09
-- publishes and only KMS08, the second host, is refused rights on the record; PC-U1's domain
-- branch_corp.example is not KMS02's branch.corp.example.
-- The hosts log no requests here; the clients are licensed with 138 days left, so none is EXPIRING.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|application'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms05.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms07.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|kms08.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|kms09.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-b1.branch.corp.example|application'), 1, 8) AS BIGINT)),
    (7, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-b2.branch.corp.example|application'), 1, 8) AS BIGINT)),
    (8, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-b3.branch.corp.example|application'), 1, 8) AS BIGINT)),
    (9, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-c1.corp.example|application'), 1, 8) AS BIGINT)),
    (10, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-l1.lab.corp.example|application'), 1, 8) AS BIGINT)),
    (11, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-t1.late.corp.example|application'), 1, 8) AS BIGINT)),
    (12, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-s1.shared.corp.example|application'), 1, 8) AS BIGINT)),
    (13, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-u1.branch_corp.example|application'), 1, 8) AS BIGINT));
SET @kms02_app = 1 * 1099511627776;
SET @kms05_app = 2 * 1099511627776;
SET @kms07_app = 3 * 1099511627776;
SET @kms08_app = 4 * 1099511627776;
SET @kms09_app = 5 * 1099511627776;
SET @pc_b1_app = 6 * 1099511627776;
SET @pc_b2_app = 7 * 1099511627776;
SET @pc_b3_app = 8 * 1099511627776;
SET @pc_c1_app = 9 * 1099511627776;
SET @pc_l1_app = 10 * 1099511627776;
SET @pc_t1_app = 11 * 1099511627776;
SET @pc_s1_app = 12 * 1099511627776;
SET @pc_u1_app = 13 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS02_Application.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 04:00:00.3', TIMESTAMP '2026-10-30 01:00:01', 10),
    (2, 'KMS05_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-21 04:00:00.3', TIMESTAMP '2026-10-30 01:00:02', 10),
    (3, 'KMS07_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 04:00:00.3', TIMESTAMP '2026-10-30 01:00:03', 10),
    (4, 'KMS08_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 04:00:00.3', TIMESTAMP '2026-10-30 01:00:04', 10),
    (5, 'KMS09_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 05:00:00.3', TIMESTAMP '2026-10-30 01:00:05', 10),
    (6, 'PC-B1_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:06', 10),
    (7, 'PC-B2_Application.xml', REPEAT('7', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 09:00:00.1', TIMESTAMP '2026-10-30 01:00:07', 10),
    (8, 'PC-B3_Application.xml', REPEAT('8', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 10:00:00.1', TIMESTAMP '2026-10-30 01:00:08', 10),
    (9, 'PC-C1_Application.xml', REPEAT('9', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 11:00:00.1', TIMESTAMP '2026-10-30 01:00:09', 10),
    (10, 'PC-L1_Application.xml', REPEAT('a', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-22 08:00:00.1', TIMESTAMP '2026-10-30 01:00:10', 10),
    (11, 'PC-T1_Application.xml', REPEAT('b', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 12:00:00.1', TIMESTAMP '2026-10-30 01:00:11', 10),
    (12, 'PC-S1_Application.xml', REPEAT('c', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 08:00:00.1', TIMESTAMP '2026-10-30 01:00:12', 10),
    (13, 'PC-U1_Application.xml', REPEAT('d', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:30:00.1', TIMESTAMP '2026-10-30 01:00:13', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('kms05', 'KMS05.corp.example'),
    ('kms07', 'KMS07.corp.example'),
    ('kms08', 'KMS08.corp.example'),
    ('kms09', 'KMS09.corp.example'),
    ('pc-b1', 'PC-B1.branch.corp.example'),
    ('pc-b2', 'PC-B2.branch.corp.example'),
    ('pc-b3', 'PC-B3.branch.corp.example'),
    ('pc-c1', 'PC-C1.corp.example'),
    ('pc-l1', 'PC-L1.lab.corp.example'),
    ('pc-s1', 'PC-S1.shared.corp.example'),
    ('pc-t1', 'PC-T1.late.corp.example'),
    ('pc-u1', 'PC-U1.branch_corp.example');

-- 12293 (succeeded FALSE, with the HRESULT) and 12294 (succeeded TRUE).
INSERT INTO dns_publish (id, import_id, computer, computer_key, record_id, event_id, time_utc,
    succeeded, hresult, domain) VALUES
    (@kms02_app + 1, 1, 'KMS02.corp.example', 'kms02', 1, 12293, TIMESTAMP '2026-10-01 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms02_app + 2, 1, 'KMS02.corp.example', 'kms02', 2, 12293, TIMESTAMP '2026-10-15 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms02_app + 3, 1, 'KMS02.corp.example', 'kms02', 3, 12293, TIMESTAMP '2026-10-29 04:00:00.3',
        FALSE, '0x80070005', 'branch.corp.example'),
    (@kms05_app + 1, 2, 'KMS05.corp.example', 'kms05', 1, 12293, TIMESTAMP '2026-10-20 04:00:00.3',
        FALSE, '0x8007232A', 'lab.corp.example'),
    (@kms05_app + 2, 2, 'KMS05.corp.example', 'kms05', 2, 12294, TIMESTAMP '2026-10-21 04:00:00.3',
        TRUE, NULL, 'lab.corp.example'),
    (@kms07_app + 1, 3, 'KMS07.corp.example', 'kms07', 1, 12293, TIMESTAMP '2026-10-28 04:00:00.3',
        FALSE, '0x80070005', 'late.corp.example'),
    (@kms07_app + 2, 3, 'KMS07.corp.example', 'kms07', 2, 12293, TIMESTAMP '2026-10-29 04:00:00.3',
        FALSE, '0x80070005', 'late.corp.example'),
    (@kms08_app + 1, 4, 'KMS08.corp.example', 'kms08', 1, 12293, TIMESTAMP '2026-10-28 04:00:00.3',
        FALSE, '0x80072338', 'shared.corp.example'),
    (@kms08_app + 2, 4, 'KMS08.corp.example', 'kms08', 2, 12293, TIMESTAMP '2026-10-29 04:00:00.3',
        FALSE, '0x80072338', 'shared.corp.example'),
    (@kms09_app + 1, 5, 'KMS09.corp.example', 'kms09', 1, 12294, TIMESTAMP '2026-10-28 05:00:00.3',
        TRUE, NULL, 'shared.corp.example'),
    (@kms09_app + 2, 5, 'KMS09.corp.example', 'kms09', 2, 12294, TIMESTAMP '2026-10-29 05:00:00.3',
        TRUE, NULL, 'shared.corp.example');

-- The clients' 12288s (Windows 11 Enterprise, N-policy 25, licensed with 138 days left, so none
-- is EXPIRING); a client that found no host names none (kms_host NULL).
INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    -- PC-B1 (branch.corp.example) found no host: DNS name does not exist. Explained by KMS02.
    (@pc_b1_app + 1, 6, 'PC-B1.branch.corp.example', 'pc-b1', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0x8007232B', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-B2 (branch.corp.example) names KMS02 but its lookup found no SRV record (0x80092328).
    -- Explained by KMS02.
    (@pc_b2_app + 1, 7, 'PC-B2.branch.corp.example', 'pc-b2', 1, TIMESTAMP '2026-10-20 09:00:00.1',
        '0x80092328', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-10-20 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-B3 (branch.corp.example) found a host, KMS01, through DNS or slmgr /skms, and could not
    -- contact it: not explained by a DNS failure.
    (@pc_b3_app + 1, 8, 'PC-B3.branch.corp.example', 'pc-b3', 1, TIMESTAMP '2026-10-20 10:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000008', TIMESTAMP '2026-10-20 10:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-C1 (corp.example) found no host, but no host fails to publish in corp.example (KMS02's
    -- branch.corp.example is another domain): not explained.
    (@pc_c1_app + 1, 9, 'PC-C1.corp.example', 'pc-c1', 1, TIMESTAMP '2026-10-20 11:00:00.1',
        '0x8007232B', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000009', TIMESTAMP '2026-10-20 11:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-L1 (lab.corp.example) found no host after KMS05's failure there was cleared by a later
    -- publish (a warning): not explained.
    (@pc_l1_app + 1, 10, 'PC-L1.lab.corp.example', 'pc-l1', 1, TIMESTAMP '2026-10-22 08:00:00.1',
        '0x8007251D', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000010', TIMESTAMP '2026-10-22 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-T1 (late.corp.example) last tried on 2026-10-20, a week before KMS07 first failed there:
    -- not explained.
    (@pc_t1_app + 1, 11, 'PC-T1.late.corp.example', 'pc-t1', 1, TIMESTAMP '2026-10-20 12:00:00.1',
        '0x8007232B', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000011', TIMESTAMP '2026-10-20 12:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-S1 (shared.corp.example) found no host although KMS09 publishes there; only the second
    -- host, KMS08, cannot: not explained by KMS08.
    (@pc_s1_app + 1, 12, 'PC-S1.shared.corp.example', 'pc-s1', 1, TIMESTAMP '2026-10-29 08:00:00.1',
        '0x8007232B', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000012', TIMESTAMP '2026-10-29 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-U1 is in branch_corp.example, a domain whose name differs from KMS02's
    -- branch.corp.example only where a LIKE pattern's "_" would match any character: not
    -- explained.
    (@pc_u1_app + 1, 13, 'PC-U1.branch_corp.example', 'pc-u1', 1, TIMESTAMP '2026-10-20 08:30:00.1',
        '0x8007232B', 0, NULL, NULL, NULL,
        '00000000-0000-4000-8000-000000000013', TIMESTAMP '2026-10-20 08:30:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

@as-of 2026-10-30T00:00:00Z
@expect finding cause

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-B1.branch.corp.example
  cmid       00000000-0000-4000-8000-000000000006
  code       0x8007232B
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-20 08:00:00.1
  count      1
  days_left  129
  detail     PC-B1.branch.corp.example made 1 activation attempt without finding a KMS host from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; the last ended with 0x8007232B (The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      DNS_PUBLISH_FAILED host KMS02.corp.example

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-C1.corp.example
  cmid       00000000-0000-4000-8000-000000000009
  code       0x8007232B
  first_seen 2026-10-20 11:00:00.1
  last_seen  2026-10-20 11:00:00.1
  count      1
  days_left  129
  detail     PC-C1.corp.example made 1 activation attempt without finding a KMS host from 2026-10-20 11:00 to 2026-10-20 11:00 UTC and none reached a KMS host; the last ended with 0x8007232B (The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-L1.lab.corp.example
  cmid       00000000-0000-4000-8000-000000000010
  code       0x8007251D
  first_seen 2026-10-22 08:00:00.1
  last_seen  2026-10-22 08:00:00.1
  count      1
  days_left  131
  detail     PC-L1.lab.corp.example made 1 activation attempt without finding a KMS host from 2026-10-22 08:00 to 2026-10-22 08:00 UTC and none reached a KMS host; the last ended with 0x8007251D (DNS has no records for the query: no _vlmcs._tcp SRV record exists for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-S1.shared.corp.example
  cmid       00000000-0000-4000-8000-000000000012
  code       0x8007232B
  first_seen 2026-10-29 08:00:00.1
  last_seen  2026-10-29 08:00:00.1
  count      1
  days_left  138
  detail     PC-S1.shared.corp.example made 1 activation attempt without finding a KMS host from 2026-10-29 08:00 to 2026-10-29 08:00 UTC and none reached a KMS host; the last ended with 0x8007232B (The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-T1.late.corp.example
  cmid       00000000-0000-4000-8000-000000000011
  code       0x8007232B
  first_seen 2026-10-20 12:00:00.1
  last_seen  2026-10-20 12:00:00.1
  count      1
  days_left  129
  detail     PC-T1.late.corp.example made 1 activation attempt without finding a KMS host from 2026-10-20 12:00 to 2026-10-20 12:00 UTC and none reached a KMS host; the last ended with 0x8007232B (The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       null
  client     PC-U1.branch_corp.example
  cmid       00000000-0000-4000-8000-000000000013
  code       0x8007232B
  first_seen 2026-10-20 08:30:00.1
  last_seen  2026-10-20 08:30:00.1
  count      1
  days_left  129
  detail     PC-U1.branch_corp.example made 1 activation attempt without finding a KMS host from 2026-10-20 08:30 to 2026-10-20 08:30 UTC and none reached a KMS host; the last ended with 0x8007232B (The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client's domain).
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-B3.branch.corp.example
  cmid       00000000-0000-4000-8000-000000000008
  code       0xC004F074
  first_seen 2026-10-20 10:00:00.1
  last_seen  2026-10-20 10:00:00.1
  count      1
  days_left  129
  detail     PC-B3.branch.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-20 10:00 to 2026-10-20 10:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). No log of KMS01.corp.example was imported, so the host side could not be checked.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
  cause      null

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS02.corp.example:1688
  client     PC-B2.branch.corp.example
  cmid       00000000-0000-4000-8000-000000000007
  code       0x80092328
  first_seen 2026-10-20 09:00:00.1
  last_seen  2026-10-20 09:00:00.1
  count      1
  days_left  129
  detail     PC-B2.branch.corp.example made 1 activation attempt to KMS02.corp.example:1688 from 2026-10-20 09:00 to 2026-10-20 09:00 UTC and none reached a KMS host; the last ended with 0x80092328 (No _vlmcs._tcp SRV record was found in DNS for the client's domain). The log of KMS02.corp.example was imported and shows none of them.
  advice     Run nslookup -type=srv _vlmcs._tcp.<domain> for the client's domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.
  cause      DNS_PUBLISH_FAILED host KMS02.corp.example

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-01 04:00:00.3
  last_seen  2026-10-29 04:00:00.3
  count      3
  days_left  null
  detail     KMS02.corp.example failed to publish its _vlmcs._tcp SRV record in branch.corp.example 3 times from 2026-10-01 to 2026-10-29 (last: 0x80070005, Access denied); it has not succeeded since, so clients cannot find it through DNS.
  advice     Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS02.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.branch.corp.example.
  cause      null

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS07.corp.example
  client     null
  cmid       null
  code       0x80070005
  first_seen 2026-10-28 04:00:00.3
  last_seen  2026-10-29 04:00:00.3
  count      2
  days_left  null
  detail     KMS07.corp.example failed to publish its _vlmcs._tcp SRV record in late.corp.example 2 times from 2026-10-28 to 2026-10-29 (last: 0x80070005, Access denied); it has not succeeded since, so clients cannot find it through DNS.
  advice     Let the host register its record: allow secure dynamic updates in the zone and give the host's computer account the right to create records, or create _vlmcs._tcp by hand and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS07.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.late.corp.example.
  cause      null

finding
  kind       DNS_PUBLISH_FAILED
  severity   error
  host       KMS08.corp.example
  client     null
  cmid       null
  code       0x80072338
  first_seen 2026-10-28 04:00:00.3
  last_seen  2026-10-29 04:00:00.3
  count      2
  days_left  null
  detail     KMS08.corp.example failed to publish its _vlmcs._tcp SRV record in shared.corp.example 2 times from 2026-10-28 to 2026-10-29 (last: 0x80072338, Logged in event 12293 on a KMS host: DNS refused its update of the existing _vlmcs._tcp SRV record) while KMS09.corp.example published there successfully: the first KMS host to publish in a domain creates the _vlmcs._tcp record and owns it, so the others may not add theirs until they are given rights on it, and clients find KMS09.corp.example through DNS but not KMS08.corp.example.
  advice     The first KMS host to publish in shared.corp.example created its _vlmcs._tcp record and owns it: in DNS Manager open the zone, _tcp, the _vlmcs record, Properties, Security, and give the computer account of KMS08.corp.example Full Control, or better create a security group of all KMS hosts' computer accounts and give it Full Control on the record (Microsoft KB 2553863); then restart sppsvc on KMS08.corp.example and look for event 12294. Until the record is published, clients find the host only when it is set on them (slmgr /skms KMS08.corp.example:1688); check with nslookup -type=srv _vlmcs._tcp.shared.corp.example.
  cause      null

finding
  kind       DNS_PUBLISH_FAILED
  severity   warning
  host       KMS05.corp.example
  client     null
  cmid       null
  code       0x8007232A
  first_seen 2026-10-20 04:00:00.3
  last_seen  2026-10-20 04:00:00.3
  count      1
  days_left  null
  detail     KMS05.corp.example failed to publish its _vlmcs._tcp SRV record in lab.corp.example on 2026-10-20 04:00 UTC (last: 0x8007232A, DNS server failure: the DNS server could not answer the lookup of the KMS SRV record); a later publish on 2026-10-21 succeeded.
  advice     It recovered; if it recurs: Check the host's DNS servers (ipconfig /all) and that they accept dynamic updates for the zone; the host publishes again every 24 hours (restart sppsvc to try now) and logs 12294 when it succeeds.
  cause      null
