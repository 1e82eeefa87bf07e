-- UNREACHED_HOST, the windows in which a client's 12288 is matched to the request a host logged
-- (00-prepare.sql). None of these clients' 12289s is in their logs except PC-ANSWERED5's, so only
-- the host's 12290 can show that a request arrived.
-- - By client time, within one minute: PC-NEAR1's 12288 (client time 08:00) is KMS01's 12290 with
--   client time 08:01, reached. The only 12290 of PC-FAR2's CMID has client time 07:58, two
--   minutes before its 12288's: another, earlier request; PC-FAR2's is reported.
-- - Without a client time in the 12288 (a tuple cut after the CMID), by event time, within ten
--   minutes: KMS01 logged PC-NOTIME3's CMID 600 s before its 12288 (KMS01's clock is behind),
--   reached; PC-NOTIME4's 601 s before, reported.
-- - By the client's own 12289, within ten minutes after its 12288: PC-ANSWERED5 asks KMS09, whose
--   log is not imported, and processes the answer 600 s later, reached.
-- PC-OK renews with KMS01 the day before the reference time and saw a count of 30.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-near1.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-far2.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-notime3.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-notime4.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-answered5.corp.example|application'), 1, 8) AS BIGINT)),
    (7, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @near1_app = 2 * 1099511627776;
SET @far2_app = 3 * 1099511627776;
SET @notime3_app = 4 * 1099511627776;
SET @notime4_app = 5 * 1099511627776;
SET @answered5_app = 6 * 1099511627776;
SET @ok_app = 7 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        5, 5, 5, TIMESTAMP '2026-10-29 12:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-NEAR1_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:59.8', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-FAR2_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-NOTIME3_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'PC-NOTIME4_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'PC-ANSWERED5_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-20 08:10:00.1', TIMESTAMP '2026-10-30 01:00:05', 10),
    (7, 'PC-OK_Application.xml', REPEAT('7', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 12:00:01.2', TIMESTAMP '2026-10-30 01:00:06', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms09', 'KMS09.corp.example'),
    ('pc-near1', 'PC-NEAR1.corp.example'),
    ('pc-far2', 'PC-FAR2.corp.example'),
    ('pc-notime3', 'PC-NOTIME3.corp.example'),
    ('pc-notime4', 'PC-NOTIME4.corp.example'),
    ('pc-answered5', 'PC-ANSWERED5.corp.example'),
    ('pc-ok', 'PC-OK.corp.example');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@near1_app + 1, 2, 'PC-NEAR1.corp.example', 'pc-near1', 1, TIMESTAMP '2026-10-20 08:00:59.8',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@far2_app + 1, 3, 'PC-FAR2.corp.example', 'pc-far2', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- Tuples cut after the CMID: no client time, license state, expiry, product or N-policy.
    (@notime3_app + 1, 4, 'PC-NOTIME3.corp.example', 'pc-notime3', 1,
        TIMESTAMP '2026-10-20 08:00:00', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000003', NULL, NULL, NULL, NULL, NULL, NULL),
    (@notime4_app + 1, 5, 'PC-NOTIME4.corp.example', 'pc-notime4', 1,
        TIMESTAMP '2026-10-20 08:00:00', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000004', NULL, NULL, NULL, NULL, NULL, NULL),
    (@answered5_app + 1, 6, 'PC-ANSWERED5.corp.example', 'pc-answered5', 1,
        TIMESTAMP '2026-10-20 08:00:00.1', '0x00000000', 0, 'KMS09.corp.example', 'kms09', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@ok_app + 1, 7, 'PC-OK.corp.example', 'pc-ok', 1, TIMESTAMP '2026-10-29 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-20 07:49:59',
        '0x00000000', 25, 'PC-NOTIME4.corp.example', 'pc-notime4',
        '00000000-0000-4000-8000-000000000004', TIMESTAMP '2026-10-20 07:49:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-20 07:50:00',
        '0x00000000', 25, 'PC-NOTIME3.corp.example', 'pc-notime3',
        '00000000-0000-4000-8000-000000000003', TIMESTAMP '2026-10-20 07:50:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-20 07:58:00.6',
        '0x00000000', 25, 'PC-FAR2.corp.example', 'pc-far2',
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-20 07:58:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 4, 1, 'KMS01.corp.example', 'kms01', 4, TIMESTAMP '2026-10-20 08:01:00.3',
        '0x00000000', 25, 'PC-NEAR1.corp.example', 'pc-near1',
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-20 08:01:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 5, 1, 'KMS01.corp.example', 'kms01', 5, TIMESTAMP '2026-10-29 12:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@answered5_app + 2, 6, 'PC-ANSWERED5.corp.example', 'pc-answered5', 2,
        TIMESTAMP '2026-10-20 08:10:00.1', '0x00000000', 0, TRUE, 40, 120, 10080,
        TIMESTAMP '2026-10-20 08:10:00'),
    (@ok_app + 2, 7, 'PC-OK.corp.example', 'pc-ok', 2, TIMESTAMP '2026-10-29 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-29 12:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-FAR2.corp.example
  cmid       00000000-0000-4000-8000-000000000002
  code       null
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-20 08:00:00.1
  count      1
  days_left  129
  detail     PC-FAR2.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; they were sent, but no imported host logged them and no answer came back. The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-10-20.
  advice     The requests were sent but no KMS host logged them: check that KMS01.corp.example:1688 runs the Software Protection service (sc query sppsvc), that TCP 1688 is open on the way (Test-NetConnection host -Port 1688), and that the _vlmcs._tcp SRV record points at a live host (nslookup -type=srv _vlmcs._tcp).

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-NOTIME4.corp.example
  cmid       00000000-0000-4000-8000-000000000004
  code       null
  first_seen 2026-10-20 08:00:00
  last_seen  2026-10-20 08:00:00
  count      1
  days_left  170
  detail     PC-NOTIME4.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; they were sent, but no imported host logged them and no answer came back. The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-10-20.
  advice     The requests were sent but no KMS host logged them: check that KMS01.corp.example:1688 runs the Software Protection service (sc query sppsvc), that TCP 1688 is open on the way (Test-NetConnection host -Port 1688), and that the _vlmcs._tcp SRV record points at a live host (nslookup -type=srv _vlmcs._tcp).
