-- CLOCK_SKEW: a client whose clock is more than 4 hours off its host's (the client time a 12290
-- carries against the host's event time), or whose requests were refused with 0xC004F06C.
-- - PC-SKEW05 is 4 h 1 min ahead; KMS01 refused it, which its own 12289 shows too: one refusal,
--   counted once. Reported.
-- - PC-BEHIND is 6 h behind, refused (only KMS01's log shows it). Reported.
-- - PC-CLIENTONLY asks KMS09, whose log is not imported; its own 12289 shows the refusal.
--   Reported, without an offset.
-- Not reported, the boundaries: PC-EDGE is exactly 4 h ahead, which KMS01 accepts; PC-FIXED was
-- refused for its clock, then put right and activated the next day. PC-FIXED's 12289 saw a count
-- of 30, so KMS01 is not below the threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-skew05.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-clientonly.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-fixed.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @skew05_app = 2 * 1099511627776;
SET @clientonly_app = 3 * 1099511627776;
SET @fixed_app = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        5, 5, 5, TIMESTAMP '2026-10-28 12:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-SKEW05_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 08:00:01.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-CLIENTONLY_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 11:00:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-FIXED_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-28 12:00:01.2', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms09', 'KMS09.corp.example'),
    ('pc-skew05', 'PC-SKEW05.corp.example'),
    ('pc-edge', 'PC-EDGE.corp.example'),
    ('pc-behind', 'PC-BEHIND.corp.example'),
    ('pc-clientonly', 'PC-CLIENTONLY.corp.example'),
    ('pc-fixed', 'PC-FIXED.corp.example');

-- KMS01's 12290s: the client time each client sent against KMS01's own time.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-27 08:00:00.6',
        '0xC004F06C', 25, 'PC-SKEW05.corp.example', 'pc-skew05',
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-27 12:01:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-27 09:00:00.6',
        '0x00000000', 25, 'PC-EDGE.corp.example', 'pc-edge',
        '00000000-0000-4000-8000-000000000004', TIMESTAMP '2026-10-27 13:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-27 10:00:00.6',
        '0xC004F06C', 25, 'PC-BEHIND.corp.example', 'pc-behind',
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-10-27 04:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 4, 1, 'KMS01.corp.example', 'kms01', 4, TIMESTAMP '2026-10-27 12:00:00.6',
        '0xC004F06C', 25, 'PC-FIXED.corp.example', 'pc-fixed',
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-10-27 17:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 5, 1, 'KMS01.corp.example', 'kms01', 5, TIMESTAMP '2026-10-28 12:00:00.6',
        '0x00000000', 25, 'PC-FIXED.corp.example', 'pc-fixed',
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-10-28 12:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

-- The clients' own logs; their client times are their own clocks'.
INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@skew05_app + 1, 2, 'PC-SKEW05.corp.example', 'pc-skew05', 1,
        TIMESTAMP '2026-10-27 08:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-27 12:01:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@clientonly_app + 1, 3, 'PC-CLIENTONLY.corp.example', 'pc-clientonly', 1,
        TIMESTAMP '2026-10-27 11:00:00.1', '0x00000000', 0, 'KMS09.corp.example', 'kms09', 1688,
        '00000000-0000-4000-8000-000000000008', TIMESTAMP '2026-10-27 17:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@fixed_app + 1, 4, 'PC-FIXED.corp.example', 'pc-fixed', 1, TIMESTAMP '2026-10-27 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-10-27 17:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@fixed_app + 3, 4, 'PC-FIXED.corp.example', 'pc-fixed', 3, TIMESTAMP '2026-10-28 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-10-28 12:00:00', 0, 1, 198500,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@skew05_app + 2, 2, 'PC-SKEW05.corp.example', 'pc-skew05', 2,
        TIMESTAMP '2026-10-27 08:00:01.2', '0xC004F06C', 0, FALSE, 30, 120, 10080,
        TIMESTAMP '2026-10-27 12:01:00'),
    (@clientonly_app + 2, 3, 'PC-CLIENTONLY.corp.example', 'pc-clientonly', 2,
        TIMESTAMP '2026-10-27 11:00:01.2', '0xC004F06C', 0, FALSE, 40, 120, 10080,
        TIMESTAMP '2026-10-27 17:00:00'),
    (@fixed_app + 2, 4, 'PC-FIXED.corp.example', 'pc-fixed', 2, TIMESTAMP '2026-10-27 12:00:01.2',
        '0xC004F06C', 0, FALSE, 30, 120, 10080, TIMESTAMP '2026-10-27 17:00:00'),
    (@fixed_app + 4, 4, 'PC-FIXED.corp.example', 'pc-fixed', 4, TIMESTAMP '2026-10-28 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-28 12:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       CLOCK_SKEW
  severity   error
  host       KMS01.corp.example
  client     PC-BEHIND.corp.example
  cmid       null
  code       0xC004F06C
  first_seen 2026-10-27 10:00:00.6
  last_seen  2026-10-27 10:00:00.6
  count      1
  days_left  136
  detail     PC-BEHIND.corp.example's clock is 6 h 0 min behind its KMS host's: the requests KMS01.corp.example logged carry client times that far off, the newest logged at 2026-10-27 10:00 UTC (measured against the time base KMS01.corp.example writes client times in, UTC, learned from 1 request also in its client's own log); 1 request was refused with 0xC004F06C.
  advice     Put the client's clock right and fix its time source: w32tm /query /status, then w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses clients more than 4 hours off.

finding
  kind       CLOCK_SKEW
  severity   error
  host       KMS01.corp.example
  client     PC-SKEW05.corp.example
  cmid       null
  code       0xC004F06C
  first_seen 2026-10-27 08:00:00.6
  last_seen  2026-10-27 08:00:01.2
  count      1
  days_left  136
  detail     PC-SKEW05.corp.example's clock is 4 h 1 min ahead of its KMS host's: the requests KMS01.corp.example logged carry client times that far off, the newest logged at 2026-10-27 08:00 UTC (measured against the time base KMS01.corp.example writes client times in, UTC, learned from 1 request also in its client's own log); 1 request was refused with 0xC004F06C.
  advice     Put the client's clock right and fix its time source: w32tm /query /status, then w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses clients more than 4 hours off.

finding
  kind       CLOCK_SKEW
  severity   error
  host       KMS09.corp.example
  client     PC-CLIENTONLY.corp.example
  cmid       null
  code       0xC004F06C
  first_seen 2026-10-27 11:00:01.2
  last_seen  2026-10-27 11:00:01.2
  count      1
  days_left  136
  detail     PC-CLIENTONLY.corp.example had 1 request refused with 0xC004F06C: its time is more than 4 hours off its KMS host's.
  advice     Put the client's clock right and fix its time source: w32tm /query /status, then w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses clients more than 4 hours off.
