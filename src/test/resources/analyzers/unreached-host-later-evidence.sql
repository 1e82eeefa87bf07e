-- UNREACHED_HOST and evidence newer than the client's own log: a client that failed and then
-- reached a host is not unreached, also when only the host's log, or a 12289 without its 12288,
-- shows the later success.
-- - PC-LATE's export ends with its 12288 of 2026-10-20 08:00, which could not contact a host;
--   KMS01's log shows a successful 12290 of PC-LATE on 2026-10-27. Not reported.
-- - PC-LATE2's 12288 of 2026-10-20 08:00 could not contact a host either; its own log then has a
--   12289 of 2026-10-27 (activated, count 30) whose 12288 is not in the export. Not reported.
-- - PC-STILL activated on 2026-10-13 (KMS01 logged it and it saw a count of 30), then could not
--   contact a host on 2026-10-20, and nothing later shows it reaching one. Reported.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-late.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-late2.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-still.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @late_app = 2 * 1099511627776;
SET @late2_app = 3 * 1099511627776;
SET @still_app = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 09:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-LATE_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-LATE2_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 09:30:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-STILL_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-20 08:00:00.1', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('pc-late', 'PC-LATE.corp.example'),
    ('pc-late2', 'PC-LATE2.corp.example'),
    ('pc-still', 'PC-STILL.corp.example');

-- The clients' 12288s (Windows 11 Enterprise, N-policy 25; client time = event time, to the minute).
INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@late_app + 1, 2, 'PC-LATE.corp.example', 'pc-late', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000101', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@late2_app + 1, 3, 'PC-LATE2.corp.example', 'pc-late2', 1, TIMESTAMP '2026-10-20 08:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000102', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@still_app + 1, 4, 'PC-STILL.corp.example', 'pc-still', 1, TIMESTAMP '2026-10-13 08:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000103', TIMESTAMP '2026-10-13 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@still_app + 3, 4, 'PC-STILL.corp.example', 'pc-still', 3, TIMESTAMP '2026-10-20 08:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000103', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 249120,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

-- KMS01's 12290s: PC-STILL's activation, and PC-LATE's after its export ends.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-13 08:00:00.6',
        '0x00000000', 25, 'PC-STILL.corp.example', 'pc-still',
        '00000000-0000-4000-8000-000000000103', TIMESTAMP '2026-10-13 08:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-27 09:00:00.6',
        '0x00000000', 25, 'PC-LATE.corp.example', 'pc-late',
        '00000000-0000-4000-8000-000000000101', TIMESTAMP '2026-10-27 09:00:00', 0, 1, 189000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

-- 12289s: PC-STILL's answer of 2026-10-13, and PC-LATE2's of 2026-10-27, whose 12288 is missing.
INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@still_app + 2, 4, 'PC-STILL.corp.example', 'pc-still', 2, TIMESTAMP '2026-10-13 08:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-13 08:00:00'),
    (@late2_app + 2, 3, 'PC-LATE2.corp.example', 'pc-late2', 2, TIMESTAMP '2026-10-27 09:30:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-27 09:30:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-STILL.corp.example
  cmid       00000000-0000-4000-8000-000000000103
  code       0xC004F074
  first_seen 2026-10-20 08:00:00.1
  last_seen  2026-10-20 08:00:00.1
  count      1
  days_left  163
  detail     PC-STILL.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-20 08:00 to 2026-10-20 08:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-10-13.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
