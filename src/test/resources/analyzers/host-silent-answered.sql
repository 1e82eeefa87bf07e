-- HOST_SILENT and answers the host's own log does not hold: a client's 12289 of an answer from
-- the host shows it was alive then, also after its export ends.
-- - KMS01's log ends with a request on 2026-10-25 09:00. PC-A cannot connect to it from
--   2026-10-26 to 2026-10-29 (0x8007274C), but PC-B processed an answer from KMS01 on 2026-10-28
--   (activated, count 30): KMS01 works, only its export is old, and PC-A was already failing while
--   it answered PC-B. Not reported (PC-A is UNREACHED_HOST).
-- - KMS02's log ends on 2026-10-15; PC-D processed an answer from it on 2026-10-20; PC-C, which
--   activated with it on 2026-10-15, fails to connect twice on 2026-10-22. Reported, silent since
--   PC-D's answer, with PC-C's two attempts (and PC-C is UNREACHED_HOST).

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-a.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-b.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|key management service'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-c.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-d.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @pca_app = 2 * 1099511627776;
SET @pcb_app = 3 * 1099511627776;
SET @kms02_kms = 4 * 1099511627776;
SET @pcc_app = 5 * 1099511627776;
SET @pcd_app = 6 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-25 09:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-A_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        6, 6, 6, TIMESTAMP '2026-10-29 08:00:00.1', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-B_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-28 09:00:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'KMS02_Key-Management-Service.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-15 09:00:00.6', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'PC-C_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-22 11:00:00.1', TIMESTAMP '2026-10-30 01:00:04', 10),
    (6, 'PC-D_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-20 09:00:01.2', TIMESTAMP '2026-10-30 01:00:05', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('pc-a', 'PC-A.corp.example'),
    ('pc-b', 'PC-B.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('pc-c', 'PC-C.corp.example'),
    ('pc-d', 'PC-D.corp.example');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@pca_app + 1, 2, 'PC-A.corp.example', 'pc-a', 1, TIMESTAMP '2026-10-20 09:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-20 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pca_app + 3, 2, 'PC-A.corp.example', 'pc-a', 3, TIMESTAMP '2026-10-26 08:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-26 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pca_app + 4, 2, 'PC-A.corp.example', 'pc-a', 4, TIMESTAMP '2026-10-27 08:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-27 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pca_app + 5, 2, 'PC-A.corp.example', 'pc-a', 5, TIMESTAMP '2026-10-28 08:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-28 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pca_app + 6, 2, 'PC-A.corp.example', 'pc-a', 6, TIMESTAMP '2026-10-29 08:00:00.1',
        '0x8007274C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-29 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcb_app + 1, 3, 'PC-B.corp.example', 'pc-b', 1, TIMESTAMP '2026-10-25 09:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000b', TIMESTAMP '2026-10-25 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcb_app + 3, 3, 'PC-B.corp.example', 'pc-b', 3, TIMESTAMP '2026-10-28 09:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-00000000000b', TIMESTAMP '2026-10-28 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcc_app + 1, 5, 'PC-C.corp.example', 'pc-c', 1, TIMESTAMP '2026-10-15 09:00:00.1',
        '0x00000000', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-00000000000c', TIMESTAMP '2026-10-15 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcc_app + 3, 5, 'PC-C.corp.example', 'pc-c', 3, TIMESTAMP '2026-10-22 09:00:00.1',
        '0x8007274C', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-00000000000c', TIMESTAMP '2026-10-22 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcc_app + 4, 5, 'PC-C.corp.example', 'pc-c', 4, TIMESTAMP '2026-10-22 11:00:00.1',
        '0x8007274C', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-00000000000c', TIMESTAMP '2026-10-22 11:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcd_app + 1, 6, 'PC-D.corp.example', 'pc-d', 1, TIMESTAMP '2026-10-20 09:00:00.1',
        '0x00000000', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-00000000000d', TIMESTAMP '2026-10-20 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-20 09:00:00.6',
        '0x00000000', 25, 'PC-A.corp.example', 'pc-a',
        '00000000-0000-4000-8000-00000000000a', TIMESTAMP '2026-10-20 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-25 09:00:00.6',
        '0x00000000', 25, 'PC-B.corp.example', 'pc-b',
        '00000000-0000-4000-8000-00000000000b', TIMESTAMP '2026-10-25 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms02_kms + 1, 4, 'KMS02.corp.example', 'kms02', 1, TIMESTAMP '2026-10-15 09:00:00.6',
        '0x00000000', 25, 'PC-C.corp.example', 'pc-c',
        '00000000-0000-4000-8000-00000000000c', TIMESTAMP '2026-10-15 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@pca_app + 2, 2, 'PC-A.corp.example', 'pc-a', 2, TIMESTAMP '2026-10-20 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-20 09:00:00'),
    (@pcb_app + 2, 3, 'PC-B.corp.example', 'pc-b', 2, TIMESTAMP '2026-10-25 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-25 09:00:00'),
    (@pcb_app + 4, 3, 'PC-B.corp.example', 'pc-b', 4, TIMESTAMP '2026-10-28 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-28 09:00:00'),
    (@pcc_app + 2, 5, 'PC-C.corp.example', 'pc-c', 2, TIMESTAMP '2026-10-15 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-15 09:00:00'),
    (@pcd_app + 2, 6, 'PC-D.corp.example', 'pc-d', 2, TIMESTAMP '2026-10-20 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-20 09:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-A.corp.example
  cmid       00000000-0000-4000-8000-00000000000a
  code       0x8007274C
  first_seen 2026-10-26 08:00:00.1
  last_seen  2026-10-29 08:00:00.1
  count      4
  days_left  138
  detail     PC-A.corp.example made 4 activation attempts to KMS01.corp.example:1688 from 2026-10-26 08:00 to 2026-10-29 08:00 UTC and none reached a KMS host; the last ended with 0x8007274C (The connection attempt to the KMS host timed out). The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-10-20.
  advice     From the client run Test-NetConnection host -Port 1688 and nslookup host to check the address; open TCP 1688 from the client network to the host, fix the host's A record if it is wrong, then run slmgr /ato.

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS02.corp.example:1688
  client     PC-C.corp.example
  cmid       00000000-0000-4000-8000-00000000000c
  code       0x8007274C
  first_seen 2026-10-22 09:00:00.1
  last_seen  2026-10-22 11:00:00.1
  count      2
  days_left  131
  detail     PC-C.corp.example made 2 activation attempts to KMS02.corp.example:1688 from 2026-10-22 09:00 to 2026-10-22 11:00 UTC and none reached a KMS host; the last ended with 0x8007274C (The connection attempt to the KMS host timed out). The log of KMS02.corp.example was imported and shows none of them. It last reached a host on 2026-10-15.
  advice     From the client run Test-NetConnection host -Port 1688 and nslookup host to check the address; open TCP 1688 from the client network to the host, fix the host's A record if it is wrong, then run slmgr /ato.

finding
  kind       HOST_SILENT
  severity   error
  host       KMS02.corp.example
  client     PC-C.corp.example
  cmid       null
  code       null
  first_seen 2026-10-20 09:00:01.2
  last_seen  2026-10-22 11:00:00.1
  count      2
  days_left  null
  detail     KMS02.corp.example logged its last activation request on 2026-10-15 09:00 UTC and a client last processed an answer from it on 2026-10-20 09:00 UTC, 9 days before 2026-10-30; since then 2 attempts by 1 client (PC-C.corp.example) to reach it failed, the last on 2026-10-22 11:00 UTC.
  advice     Check KMS02.corp.example: is it up, is the Software Protection service running (sc query sppsvc), is TCP 1688 open (Test-NetConnection KMS02.corp.example -Port 1688), is it still activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point its clients at another host (slmgr /skms host:1688); clients stay activated for 180 days after their last renewal.
