-- EXPIRING judged at the reference time (2026-10-30 00:00): days left are counted from it, not
-- from the request that told them; a client that is not activated then (a grace or notification
-- state, or 0 days left) is an error.
-- - PC-RAN last activated on 2026-03-01 and logged nothing since: more than 180 days before the
--   reference time, outside the window an analysis reads, so it is not judged (over the whole
--   history its activation ran out on 2026-08-28: ExpiringTest, WindowedAnalysisTest).
-- - PC-G is in notification (state 5); its 12288 (08:00:00.2) and KMS01's 12290 of the same
--   request (08:00:00.7, refused with 0xC004F038) are in the same second: the host's record is
--   the newer and says how the request ended. Error, with 0xC004F038.
-- - PC-E's only request, on 2026-10-10 12:00, said 43200 minutes (30 days) left: 10 days and 12
--   hours after the reference time. Warning, 10 days.
-- - PC-LASTDAY's request said 25 hours left on 2026-10-29 00:00: an hour after the reference
--   time, less than a day. Error, 0 days. PC-GONE's said 23 hours: it ran out an hour before.
--   Error, 0 days.
-- - PC-OOB was never activated (state 2, out-of-box grace) and its grace ends 12 days after the
--   reference time: error, 12 days; it cannot contact a host (UNREACHED_HOST, with its 12 days).
-- KMS01, which refused PC-G for its count, is BELOW_THRESHOLD; KMS02's log is not imported.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-g.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-e.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-lastday.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-gone.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-oob.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @pcg_app = 2 * 1099511627776;
SET @pce_app = 3 * 1099511627776;
SET @pclastday_app = 4 * 1099511627776;
SET @pcgone_app = 5 * 1099511627776;
SET @pcoob_app = 6 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 08:00:00.7', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-G_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 08:00:00.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-E_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-10 12:00:00.1', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-LASTDAY_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 00:00:00.1', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'PC-GONE_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 00:00:00.1', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'PC-OOB_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-28 00:00:00.1', TIMESTAMP '2026-10-30 01:00:05', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('pc-ran', 'PC-RAN.corp.example'),
    ('pc-g', 'PC-G.corp.example'),
    ('pc-e', 'PC-E.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('pc-lastday', 'PC-LASTDAY.corp.example'),
    ('pc-gone', 'PC-GONE.corp.example'),
    ('pc-oob', 'PC-OOB.corp.example');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@pcg_app + 1, 2, 'PC-G.corp.example', 'pc-g', 1, TIMESTAMP '2026-10-29 08:00:00.2',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-0000000000a1', TIMESTAMP '2026-10-29 08:00:00', 0, 5, 0,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pce_app + 1, 3, 'PC-E.corp.example', 'pc-e', 1, TIMESTAMP '2026-10-10 12:00:00.1',
        '0xC004F038', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000a2', TIMESTAMP '2026-10-10 12:00:00', 0, 1, 43200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pclastday_app + 1, 4, 'PC-LASTDAY.corp.example', 'pc-lastday', 1, TIMESTAMP '2026-10-29 00:00:00.1',
        '0xC004F038', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000a4', TIMESTAMP '2026-10-29 00:00:00', 0, 1, 1500,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcgone_app + 1, 5, 'PC-GONE.corp.example', 'pc-gone', 1, TIMESTAMP '2026-10-29 00:00:00.1',
        '0xC004F038', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000a5', TIMESTAMP '2026-10-29 00:00:00', 0, 1, 1380,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcoob_app + 1, 6, 'PC-OOB.corp.example', 'pc-oob', 1, TIMESTAMP '2026-10-28 00:00:00.1',
        '0xC004F074', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000a6', TIMESTAMP '2026-10-28 00:00:00', 0, 2, 20160,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-03-01 10:00:00.6',
        '0x00000000', 25, 'PC-RAN.corp.example', 'pc-ran',
        '00000000-0000-4000-8000-0000000000a3', TIMESTAMP '2026-03-01 10:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-29 08:00:00.7',
        '0xC004F038', 25, 'PC-G.corp.example', 'pc-g',
        '00000000-0000-4000-8000-0000000000a1', TIMESTAMP '2026-10-29 08:00:00', 0, 5, 0,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS02.corp.example:1688
  client     PC-OOB.corp.example
  cmid       00000000-0000-4000-8000-0000000000a6
  code       0xC004F074
  first_seen 2026-10-28 00:00:00.1
  last_seen  2026-10-28 00:00:00.1
  count      1
  days_left  12
  detail     PC-OOB.corp.example made 1 activation attempt to KMS02.corp.example:1688 from 2026-10-28 00:00 to 2026-10-28 00:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). No log of KMS02.corp.example was imported, so the host side could not be checked.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       BELOW_THRESHOLD
  severity   error
  host       KMS01.corp.example
  client     null
  cmid       null
  code       0xC004F038
  first_seen 2026-09-30 00:00:00
  last_seen  2026-10-29 08:00:00.7
  count      1
  days_left  null
  detail     KMS01.corp.example counted 1 distinct client in the 30 days before 2026-10-30; client operating systems need 25, so 24 more clients are needed. It refused 1 request with 0xC004F038.
  advice     A host activates once 25 distinct machines have asked it within 30 days (every request counts, even a refused one): point more clients at it, or send these clients to a host that already has the count (slmgr /skms host:1688), or use MAK keys where there are too few machines. Cloned machines count once: see DUPLICATE_CMID.

finding
  kind       EXPIRING
  severity   error
  host       KMS01.corp.example
  client     PC-G.corp.example
  cmid       00000000-0000-4000-8000-0000000000a1
  code       0xC004F038
  first_seen 2026-10-29 08:00:00.2
  last_seen  2026-10-29 08:00:00.7
  count      1
  days_left  0
  detail     PC-G.corp.example is not activated: it reported license state 5 (notification: its grace period ran out) in its newest request, on 2026-10-29, and no activation of it was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its count of recent clients is below the threshold for this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   error
  host       KMS02.corp.example
  client     PC-GONE.corp.example
  cmid       00000000-0000-4000-8000-0000000000a5
  code       0xC004F038
  first_seen 2026-10-29 00:00:00.1
  last_seen  2026-10-29 00:00:00.1
  count      1
  days_left  0
  detail     PC-GONE.corp.example's newest request, on 2026-10-29, said its activation would run out on 2026-10-29, so it ran out before 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its count of recent clients is below the threshold for this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   error
  host       KMS02.corp.example
  client     PC-LASTDAY.corp.example
  cmid       00000000-0000-4000-8000-0000000000a4
  code       0xC004F038
  first_seen 2026-10-29 00:00:00.1
  last_seen  2026-10-29 00:00:00.1
  count      1
  days_left  0
  detail     PC-LASTDAY.corp.example's newest request, on 2026-10-29, says its activation runs out on 2026-10-30, less than a day after 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its count of recent clients is below the threshold for this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   error
  host       KMS02.corp.example
  client     PC-OOB.corp.example
  cmid       00000000-0000-4000-8000-0000000000a6
  code       0xC004F074
  first_seen 2026-10-28 00:00:00.1
  last_seen  2026-10-28 00:00:00.1
  count      1
  days_left  12
  detail     PC-OOB.corp.example is not activated: it reported license state 2 (out-of-box grace) in its newest request, on 2026-10-28, with its grace period running out on 2026-11-11, 12 days after 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   warning
  host       KMS02.corp.example
  client     PC-E.corp.example
  cmid       00000000-0000-4000-8000-0000000000a2
  code       0xC004F038
  first_seen 2026-10-10 12:00:00.1
  last_seen  2026-10-10 12:00:00.1
  count      1
  days_left  10
  detail     PC-E.corp.example's newest request, on 2026-10-10, says its activation runs out on 2026-11-09, 10 days after 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its count of recent clients is below the threshold for this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
