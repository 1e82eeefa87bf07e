-- DUPLICATE_CMID: one CMID used by two or more machines, from either side. Reported:
-- PC-CLONE-A and PC-CLONE-B (KMS01 logged both under one CMID), PC-C and PC-D (only their own
-- 12288s show it: they use KMS02, whose log is not imported).
-- Not reported, the boundary: one machine under its NetBIOS name, its FQDN and another case
-- (PC-HR01, pc-hr01.CORP.example), and one machine asking for Windows and Office under its one
-- CMID (PC-FIN03). PC-HR01 saw a count of 30 in its 12289, so KMS01 is not below the threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-hr01.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-c.corp.example|application'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-d.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @hr01_app = 2 * 1099511627776;
SET @c_app = 3 * 1099511627776;
SET @d_app = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        6, 6, 6, TIMESTAMP '2026-10-28 08:05:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC-HR01_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 08:00:01.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC-C_Application.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-25 09:00:01.2', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC-D_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-25 10:00:01.2', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms02', 'KMS02.corp.example'),
    ('pc-clone-a', 'PC-CLONE-A.corp.example'),
    ('pc-clone-b', 'PC-CLONE-B.corp.example'),
    ('pc-hr01', 'PC-HR01.corp.example'),
    ('pc-fin03', 'PC-FIN03.corp.example'),
    ('pc-c', 'PC-C.corp.example'),
    ('pc-d', 'PC-D.corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    -- The clones: one CMID, two machines.
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-20 08:00:00.6',
        '0x00000000', 25, 'PC-CLONE-A.corp.example', 'pc-clone-a',
        '00000000-0000-4000-8000-0000000000a1', TIMESTAMP '2026-10-20 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-21 08:00:00.6',
        '0x00000000', 25, 'PC-CLONE-B.corp.example', 'pc-clone-b',
        '00000000-0000-4000-8000-0000000000a1', TIMESTAMP '2026-10-21 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- PC-HR01 without a DNS suffix, then under its FQDN in another case.
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-22 08:00:00.6',
        '0x00000000', 25, 'PC-HR01', 'pc-hr01',
        '00000000-0000-4000-8000-0000000000b1', TIMESTAMP '2026-10-22 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 4, 1, 'KMS01.corp.example', 'kms01', 4, TIMESTAMP '2026-10-27 08:00:00.6',
        '0x00000000', 25, 'pc-hr01.CORP.example', 'pc-hr01',
        '00000000-0000-4000-8000-0000000000b1', TIMESTAMP '2026-10-27 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- PC-FIN03: Windows 11 Enterprise (N-policy 25), then Office 2016 ProPlus (5), one CMID.
    (@kms01_kms + 5, 1, 'KMS01.corp.example', 'kms01', 5, TIMESTAMP '2026-10-28 08:00:00.6',
        '0x00000000', 25, 'PC-FIN03.corp.example', 'pc-fin03',
        '00000000-0000-4000-8000-0000000000c1', TIMESTAMP '2026-10-28 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms01_kms + 6, 1, 'KMS01.corp.example', 'kms01', 6, TIMESTAMP '2026-10-28 08:05:00.6',
        '0x00000000', 5, 'PC-FIN03.corp.example', 'pc-fin03',
        '00000000-0000-4000-8000-0000000000c1', TIMESTAMP '2026-10-28 08:05:00', 0, 1, 259200,
        'd450596f-894d-49e0-966a-fd39ed4c4c64');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@hr01_app + 1, 2, 'PC-HR01.corp.example', 'pc-hr01', 1, TIMESTAMP '2026-10-27 08:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-0000000000b1', TIMESTAMP '2026-10-27 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- PC-C and PC-D: clones seen only in their own logs.
    (@c_app + 1, 3, 'PC-C.corp.example', 'pc-c', 1, TIMESTAMP '2026-10-25 09:00:00.1',
        '0x00000000', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000d1', TIMESTAMP '2026-10-25 09:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@d_app + 1, 4, 'PC-D.corp.example', 'pc-d', 1, TIMESTAMP '2026-10-25 10:00:00.1',
        '0x00000000', 0, 'KMS02.corp.example', 'kms02', 1688,
        '00000000-0000-4000-8000-0000000000d1', TIMESTAMP '2026-10-25 10:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@hr01_app + 2, 2, 'PC-HR01.corp.example', 'pc-hr01', 2, TIMESTAMP '2026-10-27 08:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-27 08:00:00'),
    (@c_app + 2, 3, 'PC-C.corp.example', 'pc-c', 2, TIMESTAMP '2026-10-25 09:00:01.2',
        '0x00000000', 0, TRUE, 40, 120, 10080, TIMESTAMP '2026-10-25 09:00:00'),
    (@d_app + 2, 4, 'PC-D.corp.example', 'pc-d', 2, TIMESTAMP '2026-10-25 10:00:01.2',
        '0x00000000', 0, TRUE, 40, 120, 10080, TIMESTAMP '2026-10-25 10:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       DUPLICATE_CMID
  severity   error
  host       null
  client     PC-C.corp.example, PC-D.corp.example
  cmid       00000000-0000-4000-8000-0000000000d1
  code       null
  first_seen 2026-10-25 09:00:00.1
  last_seen  2026-10-25 10:00:00.1
  count      2
  days_left  null
  detail     CMID 00000000-0000-4000-8000-0000000000d1 is used by 2 machines: PC-C.corp.example, PC-D.corp.example; a KMS host counts them as one client, so they add only 1 to its count.
  advice     The machines were cloned from an image that was not generalized. On every copy but one, run slmgr /rearm, restart, then slmgr /ato, so that each gets its own CMID; fix the image with sysprep /generalize before deploying it again.

finding
  kind       DUPLICATE_CMID
  severity   error
  host       KMS01.corp.example
  client     PC-CLONE-A.corp.example, PC-CLONE-B.corp.example
  cmid       00000000-0000-4000-8000-0000000000a1
  code       null
  first_seen 2026-10-20 08:00:00.6
  last_seen  2026-10-21 08:00:00.6
  count      2
  days_left  null
  detail     CMID 00000000-0000-4000-8000-0000000000a1 is used by 2 machines: PC-CLONE-A.corp.example, PC-CLONE-B.corp.example; a KMS host counts them as one client, so they add only 1 to its count.
  advice     The machines were cloned from an image that was not generalized. On every copy but one, run slmgr /rearm, restart, then slmgr /ato, so that each gets its own CMID; fix the image with sysprep /generalize before deploying it again.
