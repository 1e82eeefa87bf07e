-- UNEXPECTED_HOST with a list of sanctioned hosts (--hosts kms01,KMS02.corp.example): every other
-- machine that answers KMS requests or that clients name as their host. Reported: KMS09, which
-- answered PC2, and kms-old, which PC3 is still set to (PC3 is also UNREACHED_HOST). KMS09 is not
-- also BELOW_THRESHOLD.
-- Not reported, the boundary: KMS01, sanctioned by its short name in lower case while its log and
-- its clients name it by its FQDN. PC1's 12289 saw a count of 30, so KMS01 is not below the
-- threshold.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|pc1.corp.example|application'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|kms09.corp.example|key management service'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|pc3.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @pc1_app = 2 * 1099511627776;
SET @kms09_kms = 3 * 1099511627776;
SET @pc3_app = 4 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-28 08:00:00.6', TIMESTAMP '2026-10-30 01:00:00', 10),
    (2, 'PC1_Application.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-28 08:00:01.2', TIMESTAMP '2026-10-30 01:00:01', 10),
    (3, 'KMS09_Key-Management-Service.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-28 09:00:00.6', TIMESTAMP '2026-10-30 01:00:02', 10),
    (4, 'PC3_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-28 10:00:00.1', TIMESTAMP '2026-10-30 01:00:03', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms09', 'KMS09.corp.example'),
    ('kms-old', 'kms-old.corp.example'),
    ('pc1', 'PC1.corp.example'),
    ('pc2', 'PC2.corp.example'),
    ('pc3', 'PC3.corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-28 08:00:00.6',
        '0x00000000', 25, 'PC1.corp.example', 'pc1',
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-28 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@kms09_kms + 1, 3, 'KMS09.corp.example', 'kms09', 1, TIMESTAMP '2026-10-28 09:00:00.6',
        '0x00000000', 25, 'PC2.corp.example', 'pc2',
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-28 09:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@pc1_app + 1, 2, 'PC1.corp.example', 'pc1', 1, TIMESTAMP '2026-10-28 08:00:00.1',
        '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-28 08:00:00', 0, 1, 259200,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    (@pc3_app + 1, 4, 'PC3.corp.example', 'pc3', 1, TIMESTAMP '2026-10-28 10:00:00.1',
        '0xC004F074', 0, 'kms-old.corp.example', 'kms-old', 1688,
        '00000000-0000-4000-8000-000000000003', TIMESTAMP '2026-10-28 10:00:00', 0, 1, 200000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@pc1_app + 2, 2, 'PC1.corp.example', 'pc1', 2, TIMESTAMP '2026-10-28 08:00:01.2',
        '0x00000000', 0, TRUE, 30, 120, 10080, TIMESTAMP '2026-10-28 08:00:00');

@as-of 2026-10-30T00:00:00Z
@sanctioned kms01, KMS02.corp.example
@expect finding

finding
  kind       UNREACHED_HOST
  severity   error
  host       kms-old.corp.example:1688
  client     PC3.corp.example
  cmid       00000000-0000-4000-8000-000000000003
  code       0xC004F074
  first_seen 2026-10-28 10:00:00.1
  last_seen  2026-10-28 10:00:00.1
  count      1
  days_left  137
  detail     PC3.corp.example made 1 activation attempt to kms-old.corp.example:1688 from 2026-10-28 10:00 to 2026-10-28 10:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). No log of kms-old.corp.example was imported, so the host side could not be checked.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.

finding
  kind       UNEXPECTED_HOST
  severity   warning
  host       kms-old.corp.example
  client     PC3.corp.example
  cmid       null
  code       null
  first_seen 2026-10-28 10:00:00.1
  last_seen  2026-10-28 10:00:00.1
  count      1
  days_left  null
  detail     kms-old.corp.example is named as KMS host in 1 request of 1 client but is not one of the sanctioned hosts (clients: PC3.corp.example).
  advice     If kms-old.corp.example should not be a KMS host: on it run slmgr /upk, install the GVLK of its edition (slmgr /ipk <GVLK>) and activate it against a sanctioned host (slmgr /ato); delete its _vlmcs._tcp SRV record from DNS; point its clients at a sanctioned host (slmgr /skms host:1688). If it should be one, add it to the sanctioned hosts (--hosts).

finding
  kind       UNEXPECTED_HOST
  severity   warning
  host       KMS09.corp.example
  client     PC2.corp.example
  cmid       null
  code       null
  first_seen 2026-10-28 09:00:00.6
  last_seen  2026-10-28 09:00:00.6
  count      1
  days_left  null
  detail     KMS09.corp.example answers KMS requests (1 from 1 client) but is not one of the sanctioned hosts (clients: PC2.corp.example).
  advice     If KMS09.corp.example should not be a KMS host: on it run slmgr /upk, install the GVLK of its edition (slmgr /ipk <GVLK>) and activate it against a sanctioned host (slmgr /ato); delete its _vlmcs._tcp SRV record from DNS; point its clients at a sanctioned host (slmgr /skms host:1688). If it should be one, add it to the sanctioned hosts (--hosts).
