-- CLOCK_SKEW and a clock put right since, shown only by the client's own log: the hosts' 12290s
-- outweigh the client's log (whose times are in its own clock), except for a later answer that
-- accepted its clock from a host whose log was not imported.
-- - PC-S is 5 h ahead: KMS01 refused it on 2026-10-10 (0xC004F06C, on both sides). On 2026-10-20
--   its own log shows it activated with KMS02, whose log is not imported. Not reported.
-- - PC-T is 5 h ahead: KMS01 refused it on 2026-10-10, and KMS02 refused it on 2026-10-20 (its own
--   log). Reported, with the offset KMS01 measured.
-- PC-OK renews with KMS01 and saw a count of 30, so KMS01 is not below the threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-s.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-t.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @pcs_app = 2 * 1099511627776;
SET @pct_app = 3 * 1099511627776;
SET @pcok_app = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 12:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-S_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-20 09:00:01.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-T_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-20 14:00:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-OK_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 12:00:01.2', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('pc-s', 'PC-S.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('pc-t', 'PC-T.corp.example'),
    ('pc-ok', 'PC-OK.corp.example');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@pcs_app + 1, 2, 'PC-S.corp.example', 'pc-s', 1, TIMESTAMP '2026-10-10 13:00:00.1',
        '0xC004F06C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-10 13:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcs_app + 3, 2, 'PC-S.corp.example', 'pc-s', 3, TIMESTAMP '2026-10-20 09:00:00.1',
        '0x00000000', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-20 09:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pct_app + 1, 3, 'PC-T.corp.example', 'pc-t', 1, TIMESTAMP '2026-10-10 14:00:00.1',
        '0xC004F06C', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-10-10 14:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pct_app + 3, 3, 'PC-T.corp.example', 'pc-t', 3, TIMESTAMP '2026-10-20 14:00:00.1',
        '0xC004F06C', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-10-20 14:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pcok_app + 1, 4, 'PC-OK.corp.example', 'pc-ok', 1, TIMESTAMP '2026-10-29 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-10 08:00:00.6',
        '0xC004F06C', 25, 'PC-S.corp.example', 'pc-s',
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-10 13:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-10 09:00:00.6',
        '0xC004F06C', 25, 'PC-T.corp.example', 'pc-t',
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-10-10 14:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-29 12:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@pcs_app + 2, 2, 'PC-S.corp.example', 'pc-s', 2, TIMESTAMP '2026-10-10 13:00:01.2',
        '0xC004F06C', 0, FALSE, 0, 120, 10080, TIMESTAMP '2026-10-10 13:00:00'),
    (@pcs_app + 4, 2, 'PC-S.corp.example', 'pc-s', 4, TIMESTAMP '2026-10-20 09:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-20 09:00:00'),
    (@pct_app + 2, 3, 'PC-T.corp.example', 'pc-t', 2, TIMESTAMP '2026-10-10 14:00:01.2',
        '0xC004F06C', 0, FALSE, 0, 120, 10080, TIMESTAMP '2026-10-10 14:00:00'),
    (@pct_app + 4, 3, 'PC-T.corp.example', 'pc-t', 4, TIMESTAMP '2026-10-20 14:00:01.2',
        '0xC004F06C', 0, FALSE, 0, 120, 10080, TIMESTAMP '2026-10-20 14:00:00'),
    (@pcok_app + 2, 4, 'PC-OK.corp.example', 'pc-ok', 2, TIMESTAMP '2026-10-29 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-29 12:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       CLOCK_SKEW
  severity   error
  host       KMS01.corp.example
  client     PC-T.corp.example
  cmid       null
  code       0xC004F06C
  first_seen 2026-10-10 09:00:00.6
  last_seen  2026-10-20 14:00:01.2
  count      2
  days_left  129
  detail     PC-T.corp.example's clock is 5 h 0 min ahead of its KMS host's: the requests KMS01.corp.example logged carry client times that far off, the newest logged at 2026-10-10 09:00 UTC (measured against the time base KMS01.corp.example writes client times in, UTC, learned from 3 requests also in its clients' own logs); 2 requests were refused with 0xC004F06C.
  advice     Put the client's clock right and fix its time source: w32tm /query /status, then w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses clients more than 4 hours off.
