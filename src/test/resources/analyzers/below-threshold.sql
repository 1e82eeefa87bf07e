-- BELOW_THRESHOLD: a host whose count (distinct CMIDs in the 30 days before the reference time)
-- is below what its clients need: 25 when client operating systems ask, else 5.
-- - KMS02: 24 Windows clients in the last day, refused with 0xC004F038 (they are still licensed
--   from earlier activations), and a 25th whose only request was exactly 30 days before the
--   reference time, which no longer counts: 24, one short. Reported.
-- - KMS03: 4 servers (N-policy 5), refused: one short. Reported.
-- - KMS04: 5 servers: enough. Not reported.
-- - KMS05: 24 Windows clients and a 25th 30 days less a second before the reference time: 25,
--   enough. Not reported.
-- The host summary shows each host's count and threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms02.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms03.corp.example|key management service'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms04.corp.example|key management service'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|kms05.corp.example|key management service'), 1, 8) AS BIGINT));
SET @kms02_kms = 1 * 1099511627776;
SET @kms03_kms = 2 * 1099511627776;
SET @kms04_kms = 3 * 1099511627776;
SET @kms05_kms = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS02_Key-Management-Service.xml', REPEAT('1', 64), 40000, 'imported', 'XML', 'UTF-8',
        25, 25, 25, TIMESTAMP '2026-10-29 12:00:00.3', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'KMS03_Key-Management-Service.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-29 12:00:00.3', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'KMS04_Key-Management-Service.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        5, 5, 5, TIMESTAMP '2026-10-29 12:00:00.3', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'KMS05_Key-Management-Service.xml', REPEAT('4', 64), 40000, 'imported', 'XML', 'UTF-8',
        25, 25, 25, TIMESTAMP '2026-10-29 12:00:00.3', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms02', 'KMS02.corp.example'),
    ('kms03', 'KMS03.corp.example'),
    ('kms04', 'KMS04.corp.example'),
    ('kms05', 'KMS05.corp.example');
INSERT INTO machine_name (machine_key, name)
SELECT 'pc2-' || LPAD(CAST(x AS VARCHAR), 2, '0'), 'PC2-' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example'
FROM SYSTEM_RANGE(1, 25);
INSERT INTO machine_name (machine_key, name)
SELECT 'srv3-' || x, 'SRV3-' || x || '.corp.example' FROM SYSTEM_RANGE(1, 4);
INSERT INTO machine_name (machine_key, name)
SELECT 'srv4-' || x, 'SRV4-' || x || '.corp.example' FROM SYSTEM_RANGE(1, 5);
INSERT INTO machine_name (machine_key, name)
SELECT 'pc5-' || LPAD(CAST(x AS VARCHAR), 2, '0'), 'PC5-' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example'
FROM SYSTEM_RANGE(1, 25);

-- KMS02: PC2-25 on 2026-09-30 00:00:00 (record 1), then PC2-24 to PC2-01 an hour apart up to
-- 2026-10-29 12:00:00.3, all refused with 0xC004F038. Windows 11 Enterprise, N-policy 25.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms02_kms + 1, 1, 'KMS02.corp.example', 'kms02', 1, TIMESTAMP '2026-09-30 00:00:00',
        '0xC004F038', 25, 'PC2-25.corp.example', 'pc2-25',
        '00000000-0000-4000-8000-000000000225', TIMESTAMP '2026-09-30 00:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id)
SELECT @kms02_kms + 26 - x, 1, 'KMS02.corp.example', 'kms02', 26 - x,
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00.3'), '0xC004F038', 25,
    'PC2-' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example', 'pc2-' || LPAD(CAST(x AS VARCHAR), 2, '0'),
    CAST('00000000-0000-4000-8000-0000000002' || LPAD(CAST(x AS VARCHAR), 2, '0') AS UUID),
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00'), 0, 1, 200000,
    '73111121-5638-40f6-bc11-f1d7b0d64300'
FROM SYSTEM_RANGE(1, 24);

-- KMS03: SRV3-4 to SRV3-1, an hour apart up to 2026-10-29 12:00:00.3, refused. Windows Server
-- 2022 Standard, N-policy 5.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id)
SELECT @kms03_kms + 5 - x, 2, 'KMS03.corp.example', 'kms03', 5 - x,
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00.3'), '0xC004F038', 5,
    'SRV3-' || x || '.corp.example', 'srv3-' || x,
    CAST('00000000-0000-4000-8000-00000000030' || x AS UUID),
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00'), 1, 1, 200000,
    '9bd77860-9b31-4b7b-96ad-2564017315bf'
FROM SYSTEM_RANGE(1, 4);

-- KMS04: SRV4-5 to SRV4-1, activated.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id)
SELECT @kms04_kms + 6 - x, 3, 'KMS04.corp.example', 'kms04', 6 - x,
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00.3'), '0x00000000', 5,
    'SRV4-' || x || '.corp.example', 'srv4-' || x,
    CAST('00000000-0000-4000-8000-00000000040' || x AS UUID),
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00'), 1, 1, 259200,
    '9bd77860-9b31-4b7b-96ad-2564017315bf'
FROM SYSTEM_RANGE(1, 5);

-- KMS05: PC5-25 on 2026-09-30 00:00:01, then PC5-24 to PC5-01 as on KMS02, activated.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms05_kms + 1, 4, 'KMS05.corp.example', 'kms05', 1, TIMESTAMP '2026-09-30 00:00:01',
        '0x00000000', 25, 'PC5-25.corp.example', 'pc5-25',
        '00000000-0000-4000-8000-000000000525', TIMESTAMP '2026-09-30 00:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300');
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id)
SELECT @kms05_kms + 26 - x, 4, 'KMS05.corp.example', 'kms05', 26 - x,
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00.3'), '0x00000000', 25,
    'PC5-' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example', 'pc5-' || LPAD(CAST(x AS VARCHAR), 2, '0'),
    CAST('00000000-0000-4000-8000-0000000005' || LPAD(CAST(x AS VARCHAR), 2, '0') AS UUID),
    DATEADD('HOUR', 1 - x, TIMESTAMP '2026-10-29 12:00:00'), 0, 1, 259200,
    '73111121-5638-40f6-bc11-f1d7b0d64300'
FROM SYSTEM_RANGE(1, 24);

@as-of 2026-10-30T00:00:00Z
@expect finding host_summary

finding
  kind       BELOW_THRESHOLD
  severity   error
  host       KMS02.corp.example
  client     null
  cmid       null
  code       0xC004F038
  first_seen 2026-09-30 00:00:00
  last_seen  2026-10-29 12:00:00.3
  count      24
  days_left  null
  detail     KMS02.corp.example counted 24 distinct clients in the 30 days before 2026-10-30; client operating systems need 25, so 1 more client is needed. It refused 24 requests with 0xC004F038.
  advice     A host activates once 25 distinct machines have asked it within 30 days (every request counts, even a refused one): point more clients at it, or send these clients to a host that already has the count (slmgr /skms host:1688), or use MAK keys where there are too few machines. Cloned machines count once: see DUPLICATE_CMID.

finding
  kind       BELOW_THRESHOLD
  severity   error
  host       KMS03.corp.example
  client     null
  cmid       null
  code       0xC004F038
  first_seen 2026-10-29 09:00:00.3
  last_seen  2026-10-29 12:00:00.3
  count      4
  days_left  null
  detail     KMS03.corp.example counted 4 distinct clients in the 30 days before 2026-10-30; servers and Office need 5, so 1 more client is needed. It refused 4 requests with 0xC004F038.
  advice     A host activates once 5 distinct machines have asked it within 30 days (every request counts, even a refused one): point more clients at it, or send these clients to a host that already has the count (slmgr /skms host:1688), or use MAK keys where there are too few machines. Cloned machines count once: see DUPLICATE_CMID.

host_summary
  host            KMS02.corp.example
  host_key        kms02
  requests        25
  clients_30d     24
  estimated_count 24
  threshold       25
  reported_min    null
  reported_max    null
  first_request   2026-09-30 00:00:00
  last_request    2026-10-29 12:00:00
  dns_status      no DNS events

host_summary
  host            KMS03.corp.example
  host_key        kms03
  requests        4
  clients_30d     4
  estimated_count 4
  threshold       5
  reported_min    null
  reported_max    null
  first_request   2026-10-29 09:00:00
  last_request    2026-10-29 12:00:00
  dns_status      no DNS events

host_summary
  host            KMS04.corp.example
  host_key        kms04
  requests        5
  clients_30d     5
  estimated_count 5
  threshold       5
  reported_min    null
  reported_max    null
  first_request   2026-10-29 08:00:00
  last_request    2026-10-29 12:00:00
  dns_status      no DNS events

host_summary
  host            KMS05.corp.example
  host_key        kms05
  requests        25
  clients_30d     25
  estimated_count 25
  threshold       25
  reported_min    null
  reported_max    null
  first_request   2026-09-30 00:00:01
  last_request    2026-10-29 12:00:00
  dns_status      no DNS events
