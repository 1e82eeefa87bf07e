-- Causes (95-causes.sql) of EXPORTS_STALE, a host whose exports stopped arriving: its own
-- HOST_SILENT (a host that is down exports nothing), else an INPUT_REJECTED file named after it
-- (its export arrives but cannot be read). The run's wall clock is 2026-10-30 00:00 UTC (@now).
-- - KMS03 is silent since 2026-10-05 while SRV-A keeps failing to reach it: its EXPORTS_STALE is
--   explained by its HOST_SILENT (and SRV-A's UNREACHED_HOST too).
-- - KMS02's newest event is a 12294 of 2026-10-20; drop/KMS02_KMS_20514.xml, an empty export,
--   failed on 2026-10-25: its EXPORTS_STALE is explained by that INPUT_REJECTED.
-- Not explained, the near misses: KMS05's newest event is also of 2026-10-20, and the files that
-- fail are drop/KMS050_KMS.xml (another machine's name that starts with KMS05) and
-- drop/PC-KMS05_App.xml (a name that holds KMS05 but does not start with it). KMS01 logged a
-- request on 2026-10-29 and is not stale.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms03.corp.example|key management service'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|kms05.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|srv-a.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @kms03_kms = 2 * 1099511627776;
SET @kms02_app = 3 * 1099511627776;
SET @kms05_app = 4 * 1099511627776;
SET @srva_app = 5 * 1099511627776;
SET @ok_app = 6 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'drop/KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML',
        'UTF-8', 1, 1, 1, TIMESTAMP '2026-10-29 12:00:00.6', TIMESTAMP '2026-10-29 13:00:01', 10),
    (2, 'drop/KMS03_Key-Management-Service.xml', REPEAT('2', 64), 9000, 'imported', 'XML',
        'UTF-8', 1, 1, 1, TIMESTAMP '2026-10-05 06:00:00.6', TIMESTAMP '2026-10-06 01:00:02', 10),
    (3, 'drop/KMS02_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 04:00:00.3', TIMESTAMP '2026-10-21 01:00:03', 10),
    (4, 'drop/KMS05_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 04:00:00.3', TIMESTAMP '2026-10-21 01:00:04', 10),
    (5, 'drop/SRV-A_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        5, 5, 5, TIMESTAMP '2026-10-26 06:00:00.1', TIMESTAMP '2026-10-29 13:00:05', 10),
    (6, 'drop/PC-OK_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 12:00:01.2', TIMESTAMP '2026-10-29 13:00:06', 10);

-- The exports that fail: empty files, as "wevtutil qe ... > file" leaves when wevtutil fails.
INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, error, newest_event, started_at, duration_ms) VALUES
    (7, 'drop/KMS02_KMS_20514.xml',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, 'failed', NULL,
        NULL, 0, 0, 0, 'drop/KMS02_KMS_20514.xml: the file is empty (0 bytes)', NULL,
        TIMESTAMP '2026-10-25 02:30:00', 1),
    (8, 'drop/KMS050_KMS.xml',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, 'failed', NULL,
        NULL, 0, 0, 0, 'drop/KMS050_KMS.xml: the file is empty (0 bytes)', NULL,
        TIMESTAMP '2026-10-25 02:30:01', 1),
    (9, 'drop/PC-KMS05_App.xml',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, 'failed', NULL,
        NULL, 0, 0, 0, 'drop/PC-KMS05_App.xml: the file is empty (0 bytes)', NULL,
        TIMESTAMP '2026-10-25 02:30:02', 1);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('kms03', 'KMS03.corp.example'),
    ('kms05', 'KMS05.corp.example'),
    ('pc-ok', 'PC-OK.corp.example'),
    ('srv-a', 'SRV-A.corp.example');

-- KMS02 and KMS05 last publish their SRV records on 2026-10-20 (12294).
INSERT INTO dns_publish (id, import_id, computer, computer_key, record_id, event_id, time_utc,
    succeeded, hresult, domain) VALUES
    (@kms02_app + 1, 3, 'KMS02.corp.example', 'kms02', 1, 12294, TIMESTAMP '2026-10-20 04:00:00.3',
        TRUE, NULL, 'corp.example'),
    (@kms05_app + 1, 4, 'KMS05.corp.example', 'kms05', 1, 12294, TIMESTAMP '2026-10-20 04:00:00.3',
        TRUE, NULL, 'corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    -- KMS03 last logs a request on 2026-10-05: SRV-A renews (Server 2022 Standard, N-policy 5).
    (@kms03_kms + 1, 2, 'KMS03.corp.example', 'kms03', 1, TIMESTAMP '2026-10-05 06:00:00.6',
        '0x00000000', 5, 'SRV-A.corp.example', 'srv-a',
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-05 06:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf'),
    -- PC-OK renews with KMS01 the day before the wall clock.
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-29 12:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    -- SRV-A renews with KMS03, then cannot reach it three weeks running.
    (@srva_app + 1, 5, 'SRV-A.corp.example', 'srv-a', 1, TIMESTAMP '2026-10-05 06:00:00.1',
        '0x00000000', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-05 06:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@srva_app + 3, 5, 'SRV-A.corp.example', 'srv-a', 3, TIMESTAMP '2026-10-12 06:00:00.1',
        '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-12 06:00:00', 0, 1, 249120,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@srva_app + 4, 5, 'SRV-A.corp.example', 'srv-a', 4, TIMESTAMP '2026-10-19 06:00:00.1',
        '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-19 06:00:00', 0, 1, 239040,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@srva_app + 5, 5, 'SRV-A.corp.example', 'srv-a', 5, TIMESTAMP '2026-10-26 06:00:00.1',
        '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-26 06:00:00', 0, 1, 228960,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@ok_app + 1, 6, 'PC-OK.corp.example', 'pc-ok', 1, TIMESTAMP '2026-10-29 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@srva_app + 2, 5, 'SRV-A.corp.example', 'srv-a', 2, TIMESTAMP '2026-10-05 06:00:01.2',
        '0x00000000', 0, TRUE, 5, 120, 10080, TIMESTAMP '2026-10-05 06:00:00'),
    (@ok_app + 2, 6, 'PC-OK.corp.example', 'pc-ok', 2, TIMESTAMP '2026-10-29 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-29 12:00:00');

@now 2026-10-30T00:00:00Z
@expect finding cause

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS03.corp.example:1688
  client     SRV-A.corp.example
  cmid       00000000-0000-4000-8000-000000000005
  code       0xC004F074
  first_seen 2026-10-12 06:00:00.1
  last_seen  2026-10-26 06:00:00.1
  count      3
  days_left  155
  detail     SRV-A.corp.example made 3 activation attempts to KMS03.corp.example:1688 from 2026-10-12 06:00 to 2026-10-26 06:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS03.corp.example was imported and shows none of them. It last reached a host on 2026-10-05.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
  cause      HOST_SILENT host KMS03.corp.example client SRV-A.corp.example

finding
  kind       HOST_SILENT
  severity   error
  host       KMS03.corp.example
  client     SRV-A.corp.example
  cmid       null
  code       null
  first_seen 2026-10-05 06:00:00.6
  last_seen  2026-10-26 06:00:00.1
  count      3
  days_left  null
  detail     KMS03.corp.example logged its last activation request on 2026-10-05 06:00 UTC, 24 days before 2026-10-29; since then 3 attempts by 1 client (SRV-A.corp.example) to reach it failed, the last on 2026-10-26 06:00 UTC.
  advice     Check KMS03.corp.example: is it up, is the Software Protection service running (sc query sppsvc), is TCP 1688 open (Test-NetConnection KMS03.corp.example -Port 1688), is it still activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point its clients at another host (slmgr /skms host:1688); clients stay activated for 180 days after their last renewal.
  cause      null

finding
  kind       EXPORTS_STALE
  severity   warning
  host       KMS02.corp.example
  client     null
  cmid       null
  code       null
  first_seen 2026-10-20 04:00:00.3
  last_seen  2026-10-20 04:00:00.3
  count      9
  days_left  null
  detail     No event of KMS02.corp.example was imported after 2026-10-20 04:00 UTC, 9 days before this run (2026-10-30 00:00 UTC): its exports stopped arriving, so what this report says of it is that old.
  advice     Check that the export task on KMS02.corp.example still runs and that its files reach the drop folder (the task's last run result, the share's rights for the computer account); a file of it that kmslog cannot read is listed as INPUT_REJECTED. If KMS02.corp.example was retired, its exports stop for good: delete its _vlmcs._tcp SRV record.
  cause      INPUT_REJECTED: drop/KMS02_KMS_20514.xml has failed to import since 2026-10-

finding
  kind       EXPORTS_STALE
  severity   warning
  host       KMS03.corp.example
  client     null
  cmid       null
  code       null
  first_seen 2026-10-05 06:00:00.6
  last_seen  2026-10-05 06:00:00.6
  count      24
  days_left  null
  detail     No event of KMS03.corp.example was imported after 2026-10-05 06:00 UTC, 24 days before this run (2026-10-30 00:00 UTC): its exports stopped arriving, so what this report says of it is that old.
  advice     Check that the export task on KMS03.corp.example still runs and that its files reach the drop folder (the task's last run result, the share's rights for the computer account); a file of it that kmslog cannot read is listed as INPUT_REJECTED. If KMS03.corp.example was retired, its exports stop for good: delete its _vlmcs._tcp SRV record.
  cause      HOST_SILENT host KMS03.corp.example client SRV-A.corp.example

finding
  kind       EXPORTS_STALE
  severity   warning
  host       KMS05.corp.example
  client     null
  cmid       null
  code       null
  first_seen 2026-10-20 04:00:00.3
  last_seen  2026-10-20 04:00:00.3
  count      9
  days_left  null
  detail     No event of KMS05.corp.example was imported after 2026-10-20 04:00 UTC, 9 days before this run (2026-10-30 00:00 UTC): its exports stopped arriving, so what this report says of it is that old.
  advice     Check that the export task on KMS05.corp.example still runs and that its files reach the drop folder (the task's last run result, the share's rights for the computer account); a file of it that kmslog cannot read is listed as INPUT_REJECTED. If KMS05.corp.example was retired, its exports stop for good: delete its _vlmcs._tcp SRV record.
  cause      null

finding
  kind       INPUT_REJECTED
  severity   warning
  host       null
  client     null
  cmid       null
  code       null
  first_seen 2026-10-25 02:30:00
  last_seen  2026-10-25 02:30:00
  count      1
  days_left  null
  detail     drop/KMS02_KMS_20514.xml has failed to import since 2026-10-25 02:30 UTC and has not changed, so it is not read again (1 attempt): the file is empty (0 bytes)
  advice     Export the log again and replace the file (an empty file is what "wevtutil qe ... > file" leaves when wevtutil fails), or delete it; kmslog reads it again once it changes, or with --retry-failed.
  cause      null

finding
  kind       INPUT_REJECTED
  severity   warning
  host       null
  client     null
  cmid       null
  code       null
  first_seen 2026-10-25 02:30:01
  last_seen  2026-10-25 02:30:01
  count      1
  days_left  null
  detail     drop/KMS050_KMS.xml has failed to import since 2026-10-25 02:30 UTC and has not changed, so it is not read again (1 attempt): the file is empty (0 bytes)
  advice     Export the log again and replace the file (an empty file is what "wevtutil qe ... > file" leaves when wevtutil fails), or delete it; kmslog reads it again once it changes, or with --retry-failed.
  cause      null

finding
  kind       INPUT_REJECTED
  severity   warning
  host       null
  client     null
  cmid       null
  code       null
  first_seen 2026-10-25 02:30:02
  last_seen  2026-10-25 02:30:02
  count      1
  days_left  null
  detail     drop/PC-KMS05_App.xml has failed to import since 2026-10-25 02:30 UTC and has not changed, so it is not read again (1 attempt): the file is empty (0 bytes)
  advice     Export the log again and replace the file (an empty file is what "wevtutil qe ... > file" leaves when wevtutil fails), or delete it; kmslog reads it again once it changes, or with --retry-failed.
  cause      null
