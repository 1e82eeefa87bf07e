-- A healthy estate: no findings. KMS01 is sanctioned (by its short name), publishes its SRV record,
-- and in the week before the reference time 25 client-OS machines renewed with it: exactly the
-- count client operating systems need. PC01's own log shows its renewal sent and answered.
-- No @as-of: the reference time is the newest event the ledger knows, KMS01's last request
-- (2026-10-29 06:00:00.3).

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|pc01.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @kms01_app = 2 * 1099511627776;
SET @pc01_app = 3 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 40000, 'imported', 'XML', 'UTF-8',
        25, 25, 25, TIMESTAMP '2026-10-29 06:00:00.3', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'KMS01_Application.xml', REPEAT('2', 64), 2000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-29 04:00:00', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'PC01_Application.xml', REPEAT('3', 64), 3000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-23 06:00:01.1', TIMESTAMP '2026-10-30 01:00:02', 10);

INSERT INTO machine_name (machine_key, name)
SELECT 'pc' || LPAD(CAST(x AS VARCHAR), 2, '0'), 'PC' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example'
FROM SYSTEM_RANGE(1, 25);
INSERT INTO machine_name (machine_key, name) VALUES ('kms01', 'KMS01.corp.example');

-- PC01 to PC25 renew every 6 hours from 2026-10-23 06:00, one each (Windows 11 Enterprise,
-- N-policy 25), licensed with 180 days left; client time = host time, to the minute.
INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id)
SELECT @kms01_kms + x, 1, 'KMS01.corp.example', 'kms01', x,
    DATEADD('HOUR', 6 * x, TIMESTAMP '2026-10-23 00:00:00.3'), '0x00000000', 25,
    'PC' || LPAD(CAST(x AS VARCHAR), 2, '0') || '.corp.example', 'pc' || LPAD(CAST(x AS VARCHAR), 2, '0'),
    CAST('00000000-0000-4000-8000-0000000000' || LPAD(CAST(x AS VARCHAR), 2, '0') AS UUID),
    DATEADD('HOUR', 6 * x, TIMESTAMP '2026-10-23 00:00:00'), 0, 1, 259200,
    '73111121-5638-40f6-bc11-f1d7b0d64300'
FROM SYSTEM_RANGE(1, 25);

INSERT INTO dns_publish (id, import_id, computer, computer_key, record_id, event_id, time_utc,
    succeeded, hresult, domain) VALUES
    (@kms01_app + 1, 2, 'KMS01.corp.example', 'kms01', 1, 12294, TIMESTAMP '2026-10-29 04:00:00',
        TRUE, NULL, 'corp.example');

-- PC01's own log: the 12288 of its renewal, then the 12289 of the answer (count 25).
INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@pc01_app + 1, 3, 'PC01.corp.example', 'pc01', 1, TIMESTAMP '2026-10-23 06:00:00.2',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-23 06:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);
INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@pc01_app + 2, 3, 'PC01.corp.example', 'pc01', 2, TIMESTAMP '2026-10-23 06:00:01.1',
        '0x00000000', 0, TRUE, 25, 120, 10080, TIMESTAMP '2026-10-23 06:00:00');

@sanctioned KMS01
@expect finding host_summary

(no finding rows)

host_summary
  host            KMS01.corp.example
  host_key        kms01
  requests        25
  clients_30d     25
  estimated_count 25
  threshold       25
  reported_min    25
  reported_max    25
  first_request   2026-10-23 06:00:00
  last_request    2026-10-29 06:00:00
  dns_status      published (last 2026-10-29)
