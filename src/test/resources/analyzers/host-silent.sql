-- HOST_SILENT: a host whose 12290s stopped while its clients kept asking, or that logged none in
-- the 7 days before the reference time (clients renew every 7 days).
-- - KMS03 activated SRV-APP01 on 2026-10-05 and logged nothing since; SRV-APP01's two attempts
--   to reach it on 2026-10-12 failed. Reported, with those attempts (and SRV-APP01 is
--   UNREACHED_HOST). Its count of 1 is not also reported as BELOW_THRESHOLD: adding clients is not
--   its fix.
-- - KMS02's last request was 7 days and a second before the reference time. Reported, with no
--   failed attempts; not BELOW_THRESHOLD either.
-- - KMS01's last request was exactly 7 days before the reference time. Not reported (PC1's 12289
--   saw a count of 30, so it is not below the threshold).

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms03.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|srv-app01.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc1.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|key management service'), 1, 8) AS BIGINT));
SET @kms03_kms = 1 * 1099511627776;
SET @app01_app = 2 * 1099511627776;
SET @kms01_kms = 3 * 1099511627776;
SET @pc1_app = 4 * 1099511627776;
SET @kms02_kms = 5 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS03_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-05 06:12:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'SRV-APP01_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-12 08:12:00.1', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'KMS01_Key-Management-Service.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-23 00:00:00', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC1_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-23 00:00:01.2', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'KMS02_Key-Management-Service.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-22 23:59:59', TIMESTAMP '2026-10-30 01:00:04', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('kms03', 'KMS03.corp.example'),
    ('srv-app01', 'SRV-APP01.corp.example'),
    ('pc1', 'PC1.corp.example'),
    ('pc2', 'PC2.corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    -- SRV-APP01: Windows Server 2022 Standard, N-policy 5.
    (@kms03_kms + 1, 1, 'KMS03.corp.example', 'kms03', 1, TIMESTAMP '2026-10-05 06:12:00.6',
        '0x00000000', 5, 'SRV-APP01.corp.example', 'srv-app01',
        '00000000-0000-4000-8000-000000000a01', TIMESTAMP '2026-10-05 06:12:00', 1, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf'),
    (@kms01_kms + 1, 3, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-23 00:00:00',
        '0x00000000', 25, 'PC1.corp.example', 'pc1',
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-22 23:59:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms02_kms + 1, 5, 'KMS02.corp.example', 'kms02', 1, TIMESTAMP '2026-10-22 23:59:59',
        '0x00000000', 25, 'PC2.corp.example', 'pc2',
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-22 23:59:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@app01_app + 1, 2, 'SRV-APP01.corp.example', 'srv-app01', 1,
        TIMESTAMP '2026-10-05 06:12:00.1', '0x00000000', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000a01', TIMESTAMP '2026-10-05 06:12:00', 1, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@app01_app + 2, 2, 'SRV-APP01.corp.example', 'srv-app01', 2,
        TIMESTAMP '2026-10-12 06:12:00.1', '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000a01', TIMESTAMP '2026-10-12 06:12:00', 1, 1, 249120,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@app01_app + 3, 2, 'SRV-APP01.corp.example', 'srv-app01', 3,
        TIMESTAMP '2026-10-12 08:12:00.1', '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000a01', TIMESTAMP '2026-10-12 08:12:00', 1, 1, 249000,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@pc1_app + 1, 4, 'PC1.corp.example', 'pc1', 1, TIMESTAMP '2026-10-22 23:59:59.6',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-22 23:59:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@pc1_app + 2, 4, 'PC1.corp.example', 'pc1', 2, TIMESTAMP '2026-10-23 00:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-23 00:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS03.corp.example:1688
  client     SRV-APP01.corp.example
  cmid       00000000-0000-4000-8000-000000000a01
  code       0xC004F074
  first_seen 2026-10-12 06:12:00.1
  last_seen  2026-10-12 08:12:00.1
  count      2
  days_left  155
  detail     SRV-APP01.corp.example made 2 activation attempts to KMS03.corp.example:1688 from 2026-10-12 06:12 to 2026-10-12 08:12 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS03.corp.example was imported and shows none of them. It last reached a host on 2026-10-05.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       HOST_SILENT
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       null
  first_seen 2026-10-22 23:59:59
  last_seen  2026-10-22 23:59:59
  count      0
  days_left  null
  detail     KMS02.corp.example logged its last activation request on 2026-10-22 23:59 UTC, 7 days before 2026-10-30; clients renew every 7 days, so a working host logs requests every week. If its log was exported before then, import a newer export.
  advice     Check KMS02.corp.example: is it up, is the Software Protection service running (sc query sppsvc), is TCP 1688 open (Test-NetConnection KMS02.corp.example -Port 1688), is it still activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point its clients at another host (slmgr /skms host:1688); clients stay activated for 180 days after their last renewal.

finding
  kind       HOST_SILENT
  severity   error
  host       KMS03.corp.example
  client     SRV-APP01.corp.example
  cmid       null
  code       null
  first_seen 2026-10-05 06:12:00.6
  last_seen  2026-10-12 08:12:00.1
  count      2
  days_left  null
  detail     KMS03.corp.example logged its last activation request on 2026-10-05 06:12 UTC, 24 days before 2026-10-30; since then 2 attempts by 1 client (SRV-APP01.corp.example) to reach it failed, the last on 2026-10-12 08:12 UTC.
  advice     Check KMS03.corp.example: is it up, is the Software Protection service running (sc query sppsvc), is TCP 1688 open (Test-NetConnection KMS03.corp.example -Port 1688), is it still activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point its clients at another host (slmgr /skms host:1688); clients stay activated for 180 days after their last renewal.
