-- EXPIRING: a client whose activation runs out soon: its last success more than 150 days before
-- the reference time (an activation is valid 180 days), or its newest request licensed with 30
-- days or less left at the reference time, or in a grace or notification state, with no success
-- since. Days left are whole days from the reference time; count is the client's requests in the
-- 30 days before it.
-- - PC-OLD20 last activated 150 days and an hour before the reference time; its newest request,
--   the day before, cannot contact a host (so it is also UNREACHED_HOST). Reported, a warning:
--   29 days (and 23 hours) left.
-- - PC-GRACE15 was never seen activated and reports state 5 (notification) in its newest request,
--   which fails too (also UNREACHED_HOST). Reported, an error: it is not activated, 0 days left.
-- - PC-30DAYS: KMS01 refused its newest request (0xC004F042), which says licensed with 43200
--   minutes left. Reported, a warning, 30 days. (Logged at the reference time itself, where the
--   days the request says are the days left.)
-- Not reported, the boundaries: PC-149 activated 149 days and 23 hours before; PC-30DAYS1MIN's
-- newest request says 43201 minutes left; PC-GRACE-OK asked in out-of-box grace (state 2) and was
-- activated by that request. PC-OK renews normally and saw a count of 30.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-old20.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-grace15.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-grace-ok.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @old20_app = 2 * 1099511627776;
SET @grace15_app = 3 * 1099511627776;
SET @graceok_app = 4 * 1099511627776;
SET @ok_app = 5 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        6, 6, 6, TIMESTAMP '2026-10-30 00:00:00', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-OLD20_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-29 09:00:00.1', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-GRACE15_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 09:00:00.1', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-GRACE-OK_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-28 08:00:01.2', TIMESTAMP '2026-10-30 01:00:03', 10),
    (5, 'PC-OK_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-29 12:00:01.2', TIMESTAMP '2026-10-30 01:00:04', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('pc-old20', 'PC-OLD20.corp.example'),
    ('pc-149', 'PC-149.corp.example'),
    ('pc-grace15', 'PC-GRACE15.corp.example'),
    ('pc-30days', 'PC-30DAYS.corp.example'),
    ('pc-30days1min', 'PC-30DAYS1MIN.corp.example'),
    ('pc-grace-ok', 'PC-GRACE-OK.corp.example'),
    ('pc-ok', 'PC-OK.corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-06-01 23:00:00.6',
        '0x00000000', 25, 'PC-OLD20.corp.example', 'pc-old20',
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-06-01 23:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-06-02 01:00:00.6',
        '0x00000000', 25, 'PC-149.corp.example', 'pc-149',
        '00000000-0000-4000-8000-000000000149', TIMESTAMP '2026-06-02 01:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- PC-GRACE-OK in out-of-box grace: the request that activates it carries state 2.
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-28 08:00:00.6',
        '0x00000000', 25, 'PC-GRACE-OK.corp.example', 'pc-grace-ok',
        '00000000-0000-4000-8000-0000000000a2', TIMESTAMP '2026-10-28 08:00:00', 0, 2, 43000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 4, 1, 'KMS01.corp.example', 'kms01', 4, TIMESTAMP '2026-10-29 12:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- Windows 11 Enterprise refused by KMS01's host key (this host cannot activate the product).
    (@kms01_kms + 5, 1, 'KMS01.corp.example', 'kms01', 5, TIMESTAMP '2026-10-30 00:00:00',
        '0xC004F042', 25, 'PC-30DAYS.corp.example', 'pc-30days',
        '00000000-0000-4000-8000-000000000030', TIMESTAMP '2026-10-29 23:59:00', 0, 1, 43200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 6, 1, 'KMS01.corp.example', 'kms01', 6, TIMESTAMP '2026-10-30 00:00:00',
        '0xC004F042', 25, 'PC-30DAYS1MIN.corp.example', 'pc-30days1min',
        '00000000-0000-4000-8000-000000000031', TIMESTAMP '2026-10-29 23:59:00', 0, 1, 43201,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@old20_app + 1, 2, 'PC-OLD20.corp.example', 'pc-old20', 1, TIMESTAMP '2026-06-01 23:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-06-01 23:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- 44040 minutes: the activation of 2026-06-01 23:00 runs out on 2026-11-28 23:00.
    (@old20_app + 3, 2, 'PC-OLD20.corp.example', 'pc-old20', 3, TIMESTAMP '2026-10-29 09:00:00.1',
        '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000020', TIMESTAMP '2026-10-29 09:00:00', 0, 1, 44040,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@grace15_app + 1, 3, 'PC-GRACE15.corp.example', 'pc-grace15', 1,
        TIMESTAMP '2026-10-29 09:00:00.1', '0xC004F074', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000015', TIMESTAMP '2026-10-29 09:00:00', 0, 5, 0,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@graceok_app + 1, 4, 'PC-GRACE-OK.corp.example', 'pc-grace-ok', 1,
        TIMESTAMP '2026-10-28 08:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-0000000000a2', TIMESTAMP '2026-10-28 08:00:00', 0, 2, 43000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@ok_app + 1, 5, 'PC-OK.corp.example', 'pc-ok', 1, TIMESTAMP '2026-10-29 12:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000050', TIMESTAMP '2026-10-29 12:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@old20_app + 2, 2, 'PC-OLD20.corp.example', 'pc-old20', 2, TIMESTAMP '2026-06-01 23:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-06-01 23:00:00'),
    (@graceok_app + 2, 4, 'PC-GRACE-OK.corp.example', 'pc-grace-ok', 2,
        TIMESTAMP '2026-10-28 08:00:01.2', '0x00000000', 0, TRUE, 30, 120, 10080,
        TIMESTAMP '2026-10-28 08:00:00'),
    (@ok_app + 2, 5, 'PC-OK.corp.example', 'pc-ok', 2, TIMESTAMP '2026-10-29 12:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-29 12:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-GRACE15.corp.example
  cmid       00000000-0000-4000-8000-000000000015
  code       0xC004F074
  first_seen 2026-10-29 09:00:00.1
  last_seen  2026-10-29 09:00:00.1
  count      1
  days_left  0
  detail     PC-GRACE15.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-29 09:00 to 2026-10-29 09:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS01.corp.example was imported and shows none of them.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS01.corp.example:1688
  client     PC-OLD20.corp.example
  cmid       00000000-0000-4000-8000-000000000020
  code       0xC004F074
  first_seen 2026-10-29 09:00:00.1
  last_seen  2026-10-29 09:00:00.1
  count      1
  days_left  29
  detail     PC-OLD20.corp.example made 1 activation attempt to KMS01.corp.example:1688 from 2026-10-29 09:00 to 2026-10-29 09:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS01.corp.example was imported and shows none of them. It last reached a host on 2026-06-01.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       EXPIRING
  severity   error
  host       KMS01.corp.example
  client     PC-GRACE15.corp.example
  cmid       00000000-0000-4000-8000-000000000015
  code       0xC004F074
  first_seen 2026-10-29 09:00:00.1
  last_seen  2026-10-29 09:00:00.1
  count      1
  days_left  0
  detail     PC-GRACE15.corp.example is not activated: it reported license state 5 (notification: its grace period ran out) in its newest request, on 2026-10-29, and no activation of it was seen. Its newest request ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   warning
  host       KMS01.corp.example
  client     PC-30DAYS.corp.example
  cmid       00000000-0000-4000-8000-000000000030
  code       0xC004F042
  first_seen 2026-10-30 00:00:00
  last_seen  2026-10-30 00:00:00
  count      1
  days_left  30
  detail     PC-30DAYS.corp.example's newest request, on 2026-10-30, says its activation runs out on 2026-11-29, 30 days after 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F042 (The KMS host answered, but it cannot activate this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.

finding
  kind       EXPIRING
  severity   warning
  host       KMS01.corp.example
  client     PC-OLD20.corp.example
  cmid       00000000-0000-4000-8000-000000000020
  code       0xC004F074
  first_seen 2026-06-01 23:00:01.2
  last_seen  2026-10-29 09:00:00.1
  count      1
  days_left  29
  detail     PC-OLD20.corp.example last activated on 2026-06-01, 150 days before 2026-10-30; its activation runs out on 2026-11-28, in 29 days, unless it renews. Its newest request ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
