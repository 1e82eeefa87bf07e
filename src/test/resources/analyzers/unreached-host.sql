-- UNREACHED_HOST: clients whose requests do not reach a KMS host, one finding per client and
-- target. Reported: PC-FW09 (three could-not-contact failures; KMS01's log is imported and shows
-- none of them), PC-OLD20 (reached KMS01 on 2026-10-01, fails since), PC-NEW (asks kms-old,
-- whose log is not imported).
-- Not reported, the boundary: PC-LAPTOP12 failed once and then activated two hours later.
-- KMS01's export covers only these few clients; the count its clients saw in their 12289s (30)
-- shows it has enough clients, so it is not below the threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-fw09.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-laptop12.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-old20.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-new.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @fw09_app = 2 * 1099511627776;
SET @laptop12_app = 3 * 1099511627776;
SET @old20_app = 4 * 1099511627776;
SET @new_app = 5 * 1099511627776;
SET @ok_app = 6 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 12:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-FW09_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-21 08:00:00.1', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-LAPTOP12_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-20 10:00:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-OLD20_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'PC-NEW_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'PC-OK_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 12:00:01.2', TIMESTAMP '2026-10-30 01:00:05', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms-old', 'kms-old.corp.example'),
    ('pc-fw09', 'PC-FW09.corp.example'),
    ('pc-laptop12', 'PC-LAPTOP12.corp.example'),
    ('pc-old20', 'PC-OLD20.corp.example'),
    ('pc-new', 'PC-NEW.corp.example'),
    ('pc-ok', 'PC-OK.corp.example');

-- The clients' 12288s (Windows 11 Enterprise, N-policy 25; client time = event time, to the minute).
INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    -- PC-FW09: TCP 1688 blocked on the way: timed out, timed out, then no host could be contacted.
    (@fw09_app + 1, 2, 'PC-FW09.corp.example', 'pc-fw09', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000009', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 100000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@fw09_app + 2, 2, 'PC-FW09.corp.example', 'pc-fw09', 2, TIMESTAMP '2026-10-20 10:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000009', TIMESTAMP '2026-10-20 10:00:00', 0, 1, 99880,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@fw09_app + 3, 2, 'PC-FW09.corp.example', 'pc-fw09', 3, TIMESTAMP '2026-10-21 08:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000009', TIMESTAMP '2026-10-21 08:00:00', 0, 1, 98560,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-LAPTOP12: fails once, then its request two hours later is logged by KMS01 and answered.
    (@laptop12_app + 1, 3, 'PC-LAPTOP12.corp.example', 'pc-laptop12', 1,
        TIMESTAMP '2026-10-20 08:00:00.1', '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000012', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 40000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@laptop12_app + 2, 3, 'PC-LAPTOP12.corp.example', 'pc-laptop12', 2,
        TIMESTAMP '2026-10-20 10:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000012', TIMESTAMP '2026-10-20 10:00:00', 0, 1, 39880,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-OLD20: activates on 2026-10-01, then cannot contact a host on 2026-10-20.
    (@old20_app + 1, 4, 'PC-OLD20.corp.example', 'pc-old20', 1, TIMESTAMP '2026-10-01 10:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-10-01 10:00:00', 0, 1, 230000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@old20_app + 3, 4, 'PC-OLD20.corp.example', 'pc-old20', 3, TIMESTAMP '2026-10-20 08:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 231840,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-NEW: set to a retired host (slmgr /skms kms-old), whose log nobody exported.
    (@new_app + 1, 5, 'PC-NEW.corp.example', 'pc-new', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0xC004F074', 0, 'kms-old.corp.example', 'kms-old', 1688,
        '00000000-0000-4000-8000-000000000030', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 150000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-OK: renews with KMS01 the day before the reference time.
    (@ok_app + 1, 6, 'PC-OK.corp.example', 'pc-ok', 1, TIMESTAMP '2026-10-29 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

-- KMS01's 12290s of the requests that reached it.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-01 10:00:00.6',
        '0x00000000', 25, 'PC-OLD20.corp.example', 'pc-old20',
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-10-01 10:00:00', 0, 1, 230000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-20 10:00:00.6',
        '0x00000000', 25, 'PC-LAPTOP12.corp.example', 'pc-laptop12',
        '00000000-0000-4000-8000-000000000012', TIMESTAMP '2026-10-20 10:00:00', 0, 1, 39880,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-29 12:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

-- The clients' 12289s of the answers (activated, count 30).
INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@laptop12_app + 3, 3, 'PC-LAPTOP12.corp.example', 'pc-laptop12', 3,
        TIMESTAMP '2026-10-20 10:00:01.2', '0x00000000', 0, TRUE, 30, 120, 10080,
        TIMESTAMP '2026-10-20 10:00:00'),
    (@old20_app + 2, 4, 'PC-OLD20.corp.example', 'pc-old20', 2, TIMESTAMP '2026-10-01 10:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-01 10:00:00'),
    (@ok_app + 2, 6, 'PC-OK.corp.example', 'pc-ok', 2, TIMESTAMP '2026-10-29 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-29 12:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       kms-old.corp.example:1688
  client     PC-NEW.corp.example
  cmid       00000000-0000-4000-8000-000000000030
  code       0xC004F074
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-20 08:00:00.1
  count      1
  days_left  94
  detail     PC-NEW.corp.example made 1 activation attempt to kms-old.corp.example:1688 from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). No log of kms-old.corp.example was imported, so the host side could not be checked.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-FW09.corp.example
  cmid       00000000-0000-4000-8000-000000000009
  code       0xC004F074
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-21 08:00:00.1
  count      3
  days_left  59
  detail     PC-FW09.corp.example made 3 activation attempts to KMS01.corp.example:1688 from 2026-10-20 08:00 to 2026-10-21 08:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS01.corp.example was imported and shows none of them.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-OLD20.corp.example
  cmid       00000000-0000-4000-8000-000000000020
  code       0xC004F074
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-20 08:00:00.1
  count      1
  days_left  151
  detail     PC-OLD20.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-10-01.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
