-- UNEXPECTED_HOST without a list of sanctioned hosts: a machine that answers KMS requests
-- although it is itself a KMS client of another host (a KMS host key installed on a client).
-- WS-DEV07 activates with KMS01 like any client, and logs a 12290 for LAB-PC01, refused with
-- 0xC004F038. Reported, and not also BELOW_THRESHOLD.
-- Not reported, the boundary: KMS01, a host that asks no other host. WS-DEV07's 12289 saw a count
-- of 30, so KMS01 is not below the threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|ws-dev07.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|ws-dev07.corp.example|key management service'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @dev07_app = 2 * 1099511627776;
SET @dev07_kms = 3 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-26 08:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'WS-DEV07_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-26 08:00:01.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'WS-DEV07_Key-Management-Service.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-27 09:30:00.4', TIMESTAMP '2026-10-30 01:00:02', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('ws-dev07', 'WS-DEV07.corp.example'),
    ('lab-pc01', 'LAB-PC01.corp.example');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@dev07_app + 1, 2, 'WS-DEV07.corp.example', 'ws-dev07', 1, TIMESTAMP '2026-10-26 08:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000d07', TIMESTAMP '2026-10-26 08:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-26 08:00:00.6',
        '0x00000000', 25, 'WS-DEV07.corp.example', 'ws-dev07',
        '00000000-0000-4000-8000-000000000d07', TIMESTAMP '2026-10-26 08:00:00', 0, 1, 249000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- WS-DEV07 published itself in DNS; LAB-PC01 (licensed earlier by KMS01) found it.
    (@dev07_kms + 1, 3, 'WS-DEV07.corp.example', 'ws-dev07', 1, TIMESTAMP '2026-10-27 09:30:00.4',
        '0xC004F038', 25, 'LAB-PC01.corp.example', 'lab-pc01',
        '00000000-0000-4000-8000-000000000b01', TIMESTAMP '2026-10-27 09:30:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@dev07_app + 2, 2, 'WS-DEV07.corp.example', 'ws-dev07', 2, TIMESTAMP '2026-10-26 08:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-26 08:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding

finding
  kind       UNEXPECTED_HOST
  severity   warning
  host       WS-DEV07.corp.example
  client     LAB-PC01.corp.example
  cmid       null
  code       0xC004F038
  first_seen 2026-10-27 09:30:00.4
  last_seen  2026-10-27 09:30:00.4
  count      1
  days_left  null
  detail     WS-DEV07.corp.example answers KMS requests (1 from 1 client, all refused with 0xC004F038: count too low) but is itself a KMS client of KMS01.corp.example: a KMS host key was installed on a client (clients: LAB-PC01.corp.example).
  advice     If WS-DEV07.corp.example should not be a KMS host: on it run slmgr /upk, install the GVLK of its edition (slmgr /ipk <GVLK>) and activate it against a sanctioned host (slmgr /ato); delete its _vlmcs._tcp SRV record from DNS; point its clients at a sanctioned host (slmgr /skms host:1688). If it should be one, add it to the sanctioned hosts (--hosts).
