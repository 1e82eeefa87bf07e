-- Causes (95-causes.sql) of EXPIRING, a client that is not renewing: its own UNREACHED_HOST,
-- else its own CLOCK_SKEW, else its host's HOST_SILENT or BELOW_THRESHOLD, else its host's
-- UNEXPECTED_HOST; and of UNREACHED_HOST: its target's HOST_SILENT.
-- - PC-SKEW's clock is 4 h 1 min ahead and KMS01 refused it: its EXPIRING is explained by its
--   CLOCK_SKEW.
-- - KMS03 is silent since 2026-10-05: SRV-B, last activated by it in May, is EXPIRING because of
--   it; SRV-A cannot reach it (UNREACHED_HOST, explained by it).
-- - SRV-D also cannot reach KMS03 and has 25 days left: its EXPIRING is explained by its own
--   UNREACHED_HOST first, which KMS03's HOST_SILENT explains in turn.
-- - LAB-1 is refused by WS-DEV07, a client with a KMS host key: its EXPIRING is explained by
--   WS-DEV07's UNEXPECTED_HOST.
-- Not explained, the near miss: SRV-C, last activated by KMS01 in May, is EXPIRING while another
-- host is silent and another client's clock is off; nothing about KMS01 or SRV-C explains it.

INSERT INTO event_stream (stream_no, stream_hash) VALUES
    (1, CAST(SUBSTRING(HASH('SHA-256', 'r|kms01.corp.example|key management service'), 1, 8) AS BIGINT)),
    (2, CAST(SUBSTRING(HASH('SHA-256', 'r|kms03.corp.example|key management service'), 1, 8) AS BIGINT)),
    (3, CAST(SUBSTRING(HASH('SHA-256', 'r|ws-dev07.corp.example|key management service'), 1, 8) AS BIGINT)),
    (4, CAST(SUBSTRING(HASH('SHA-256', 'r|ws-dev07.corp.example|application'), 1, 8) AS BIGINT)),
    (5, CAST(SUBSTRING(HASH('SHA-256', 'r|srv-a.corp.example|application'), 1, 8) AS BIGINT)),
    (6, CAST(SUBSTRING(HASH('SHA-256', 'r|srv-d.corp.example|application'), 1, 8) AS BIGINT)),
    (7, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-skew.corp.example|application'), 1, 8) AS BIGINT)),
    (8, CAST(SUBSTRING(HASH('SHA-256', 'r|srv-c.corp.example|application'), 1, 8) AS BIGINT)),
    (9, CAST(SUBSTRING(HASH('SHA-256', 'r|pc-ok.corp.example|application'), 1, 8) AS BIGINT));
SET @kms01_kms = 1 * 1099511627776;
SET @kms03_kms = 2 * 1099511627776;
SET @dev07_kms = 3 * 1099511627776;
SET @dev07_app = 4 * 1099511627776;
SET @srva_app = 5 * 1099511627776;
SET @srvd_app = 6 * 1099511627776;
SET @skew_app = 7 * 1099511627776;
SET @srvc_app = 8 * 1099511627776;
SET @ok_app = 9 * 1099511627776;

INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding, events_read,
    kms_events, stored, newest_event, started_at, duration_ms) VALUES
    (1, 'KMS01_Key-Management-Service.xml', REPEAT('1', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-28 09:00:00.6', TIMESTAMP '2026-10-30 01:00:01', 10),
    (2, 'KMS03_Key-Management-Service.xml', REPEAT('2', 64), 9000, 'imported', 'XML', 'UTF-8',
        3, 3, 3, TIMESTAMP '2026-10-05 06:00:00.6', TIMESTAMP '2026-10-30 01:00:02', 10),
    (3, 'WS-DEV07_Key-Management-Service.xml', REPEAT('3', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 08:00:00.6', TIMESTAMP '2026-10-30 01:00:03', 10),
    (4, 'WS-DEV07_Application.xml', REPEAT('4', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-26 10:00:01.2', TIMESTAMP '2026-10-30 01:00:04', 10),
    (5, 'SRV-A_Application.xml', REPEAT('5', 64), 9000, 'imported', 'XML', 'UTF-8',
        4, 4, 4, TIMESTAMP '2026-10-19 06:00:00.1', TIMESTAMP '2026-10-30 01:00:05', 10),
    (6, 'SRV-D_Application.xml', REPEAT('6', 64), 9000, 'imported', 'XML', 'UTF-8',
        1, 1, 1, TIMESTAMP '2026-10-12 07:00:00.1', TIMESTAMP '2026-10-30 01:00:06', 10),
    (7, 'PC-SKEW_Application.xml', REPEAT('7', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-27 08:00:01.2', TIMESTAMP '2026-10-30 01:00:07', 10),
    (8, 'SRV-C_Application.xml', REPEAT('8', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-05-12 08:00:01.2', TIMESTAMP '2026-10-30 01:00:08', 10),
    (9, 'PC-OK_Application.xml', REPEAT('9', 64), 9000, 'imported', 'XML', 'UTF-8',
        2, 2, 2, TIMESTAMP '2026-10-28 09:00:01.2', TIMESTAMP '2026-10-30 01:00:09', 10);

INSERT INTO machine_name (machine_key, name) VALUES
    ('kms01', 'KMS01.corp.example'),
    ('kms03', 'KMS03.corp.example'),
    ('lab-1', 'LAB-1.corp.example'),
    ('pc-ok', 'PC-OK.corp.example'),
    ('pc-skew', 'PC-SKEW.corp.example'),
    ('srv-a', 'SRV-A.corp.example'),
    ('srv-b', 'SRV-B.corp.example'),
    ('srv-c', 'SRV-C.corp.example'),
    ('srv-d', 'SRV-D.corp.example'),
    ('ws-dev07', 'WS-DEV07.corp.example');

INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    min_count, client_name, client_key, cmid, client_time, vm, license_state, minutes_to_expiry,
    activation_id) VALUES
    -- WS-DEV07, a client itself, renews with KMS01.
    (@kms01_kms + 1, 1, 'KMS01.corp.example', 'kms01', 1, TIMESTAMP '2026-10-26 10:00:00.6',
        '0x00000000', 25, 'WS-DEV07.corp.example', 'ws-dev07',
        '00000000-0000-4000-8000-000000000003', TIMESTAMP '2026-10-26 10:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- PC-SKEW, 4 h 1 min ahead, refused for its clock; 10 days of activation left.
    (@kms01_kms + 2, 1, 'KMS01.corp.example', 'kms01', 2, TIMESTAMP '2026-10-27 08:00:00.6',
        '0xC004F06C', 25, 'PC-SKEW.corp.example', 'pc-skew',
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-27 12:01:00', 0, 1, 14400,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- PC-OK renews.
    (@kms01_kms + 3, 1, 'KMS01.corp.example', 'kms01', 3, TIMESTAMP '2026-10-28 09:00:00.6',
        '0x00000000', 25, 'PC-OK.corp.example', 'pc-ok',
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-28 09:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    -- SRV-B and SRV-D last activate with KMS03 on 2026-05-10.
    (@kms03_kms + 1, 2, 'KMS03.corp.example', 'kms03', 1, TIMESTAMP '2026-05-10 06:00:00.6',
        '0x00000000', 5, 'SRV-B.corp.example', 'srv-b',
        '00000000-0000-4000-8000-000000000006', TIMESTAMP '2026-05-10 06:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf'),
    (@kms03_kms + 2, 2, 'KMS03.corp.example', 'kms03', 2, TIMESTAMP '2026-05-10 07:00:00.6',
        '0x00000000', 5, 'SRV-D.corp.example', 'srv-d',
        '00000000-0000-4000-8000-000000000008', TIMESTAMP '2026-05-10 07:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf'),
    -- KMS03 last logs a request on 2026-10-05: SRV-A renews.
    (@kms03_kms + 3, 2, 'KMS03.corp.example', 'kms03', 3, TIMESTAMP '2026-10-05 06:00:00.6',
        '0x00000000', 5, 'SRV-A.corp.example', 'srv-a',
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-05 06:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf'),
    -- WS-DEV07, a KMS host key on a client, refuses LAB-1, whose grace ran out (notification).
    (@dev07_kms + 1, 3, 'WS-DEV07.corp.example', 'ws-dev07', 1, TIMESTAMP '2026-10-20 08:00:00.6',
        '0xC004F038', 25, 'LAB-1.corp.example', 'lab-1',
        '00000000-0000-4000-8000-000000000004', TIMESTAMP '2026-10-20 08:00:00', 0, 5, 0,
        '73111121-5638-40f6-bc11-f1d7b0d64300'),
    (@dev07_kms + 2, 3, 'WS-DEV07.corp.example', 'ws-dev07', 2, TIMESTAMP '2026-10-27 08:00:00.6',
        '0xC004F038', 25, 'LAB-1.corp.example', 'lab-1',
        '00000000-0000-4000-8000-000000000004', TIMESTAMP '2026-10-27 08:00:00', 0, 5, 0,
        '73111121-5638-40f6-bc11-f1d7b0d64300');

INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm, license_state,
    minutes_to_expiry, activation_id, min_count) VALUES
    (@dev07_app + 1, 4, 'WS-DEV07.corp.example', 'ws-dev07', 1,
        TIMESTAMP '2026-10-26 10:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000003', TIMESTAMP '2026-10-26 10:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- SRV-A renews with KMS03, then cannot reach it (its HOST_SILENT explains that).
    (@srva_app + 1, 5, 'SRV-A.corp.example', 'srv-a', 1,
        TIMESTAMP '2026-10-05 06:00:00.1', '0x00000000', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-05 06:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@srva_app + 3, 5, 'SRV-A.corp.example', 'srv-a', 3,
        TIMESTAMP '2026-10-12 06:00:00.1', '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-12 06:00:00', 0, 1, 249120,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@srva_app + 4, 5, 'SRV-A.corp.example', 'srv-a', 4,
        TIMESTAMP '2026-10-19 06:00:00.1', '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000005', TIMESTAMP '2026-10-19 06:00:00', 0, 1, 239040,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    -- SRV-D, 25 days left, cannot reach KMS03: it is EXPIRING because it is UNREACHED_HOST, which
    -- KMS03 explains.
    (@srvd_app + 1, 6, 'SRV-D.corp.example', 'srv-d', 1,
        TIMESTAMP '2026-10-12 07:00:00.1', '0xC004F074', 0, 'KMS03.corp.example', 'kms03', 1688,
        '00000000-0000-4000-8000-000000000008', TIMESTAMP '2026-10-12 07:00:00', 0, 1, 36000,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    -- PC-SKEW sends, and its 12289 shows the refusal.
    (@skew_app + 1, 7, 'PC-SKEW.corp.example', 'pc-skew', 1,
        TIMESTAMP '2026-10-27 08:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000001', TIMESTAMP '2026-10-27 12:01:00', 0, 1, 14400,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25),
    -- SRV-C last activated with KMS01 on 2026-05-12, 171 days before: EXPIRING, and no finding of
    -- KMS01, nor KMS03's, nor PC-SKEW's, explains it.
    (@srvc_app + 1, 8, 'SRV-C.corp.example', 'srv-c', 1,
        TIMESTAMP '2026-05-12 08:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000007', TIMESTAMP '2026-05-12 08:00:00', 0, 1, 259200,
        '9bd77860-9b31-4b7b-96ad-2564017315bf', 5),
    (@ok_app + 1, 9, 'PC-OK.corp.example', 'pc-ok', 1,
        TIMESTAMP '2026-10-28 09:00:00.1', '0x00000000', 0, 'KMS01.corp.example', 'kms01', 1688,
        '00000000-0000-4000-8000-000000000002', TIMESTAMP '2026-10-28 09:00:00', 0, 1, 250000,
        '73111121-5638-40f6-bc11-f1d7b0d64300', 25);

INSERT INTO client_response (id, import_id, computer, computer_key, record_id, time_utc, hresult,
    status_flags, activated, host_count, activation_interval, renewal_interval, client_time) VALUES
    (@dev07_app + 2, 4, 'WS-DEV07.corp.example', 'ws-dev07', 2,
        TIMESTAMP '2026-10-26 10:00:01.2', '0x00000000', 0, TRUE, 30, 120, 10080,
        TIMESTAMP '2026-10-26 10:00:00'),
    (@srva_app + 2, 5, 'SRV-A.corp.example', 'srv-a', 2,
        TIMESTAMP '2026-10-05 06:00:01.2', '0x00000000', 0, TRUE, 5, 120, 10080,
        TIMESTAMP '2026-10-05 06:00:00'),
    (@skew_app + 2, 7, 'PC-SKEW.corp.example', 'pc-skew', 2,
        TIMESTAMP '2026-10-27 08:00:01.2', '0xC004F06C', 0, FALSE, 30, 120, 10080,
        TIMESTAMP '2026-10-27 12:01:00'),
    (@srvc_app + 2, 8, 'SRV-C.corp.example', 'srv-c', 2,
        TIMESTAMP '2026-05-12 08:00:01.2', '0x00000000', 0, TRUE, 30, 120, 10080,
        TIMESTAMP '2026-05-12 08:00:00'),
    (@ok_app + 2, 9, 'PC-OK.corp.example', 'pc-ok', 2,
        TIMESTAMP '2026-10-28 09:00:01.2', '0x00000000', 0, TRUE, 30, 120, 10080,
        TIMESTAMP '2026-10-28 09:00:00');

@as-of 2026-10-30T00:00:00Z
@expect finding cause

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS03.corp.example:1688
  client     SRV-A.corp.example
  cmid       00000000-0000-4000-8000-000000000005
  code       0xC004F074
  first_seen 2026-10-12 06:00:00.1
  last_seen  2026-10-19 06:00:00.1
  count      2
  days_left  155
  detail     SRV-A.corp.example made 2 activation attempts to KMS03.corp.example:1688 from 2026-10-12 06:00 to 2026-10-19 06:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS03.corp.example was imported and shows none of them. It last reached a host on 2026-10-05.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
  cause      HOST_SILENT host KMS03.corp.example client SRV-A.corp.example, SRV-D.corp.example

finding
  kind       UNREACHED_HOST
  severity   error
  host       KMS03.corp.example:1688
  client     SRV-D.corp.example
  cmid       00000000-0000-4000-8000-000000000008
  code       0xC004F074
  first_seen 2026-10-12 07:00:00.1
  last_seen  2026-10-12 07:00:00.1
  count      1
  days_left  7
  detail     SRV-D.corp.example made 1 activation attempt to KMS03.corp.example:1688 from 2026-10-12 07:00 to 2026-10-12 07:00 UTC and none reached a KMS host; the last ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered). The log of KMS03.corp.example was imported and shows none of them. It last reached a host on 2026-05-10.
  advice     On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.
  cause      HOST_SILENT host KMS03.corp.example client SRV-A.corp.example, SRV-D.corp.example

finding
  kind       CLOCK_SKEW
  severity   error
  host       KMS01.corp.example
  client     PC-SKEW.corp.example
  cmid       null
  code       0xC004F06C
  first_seen 2026-10-27 08:00:00.6
  last_seen  2026-10-27 08:00:01.2
  count      1
  days_left  7
  detail     PC-SKEW.corp.example's clock is 4 h 1 min ahead of its KMS host's: the requests KMS01.corp.example logged carry client times that far off, the newest logged at 2026-10-27 08:00 UTC (measured against the time base KMS01.corp.example writes client times in, UTC, learned from 2 requests also in its clients' own logs); 1 request was refused with 0xC004F06C.
  advice     Put the client's clock right and fix its time source: w32tm /query /status, then w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses clients more than 4 hours off.
  cause      null

finding
  kind       HOST_SILENT
  severity   error
  host       KMS03.corp.example
  client     SRV-A.corp.example, SRV-D.corp.example
  cmid       null
  code       null
  first_seen 2026-10-05 06:00:00.6
  last_seen  2026-10-19 06:00:00.1
  count      3
  days_left  null
  detail     KMS03.corp.example logged its last activation request on 2026-10-05 06:00 UTC, 24 days before 2026-10-30; since then 3 attempts by 2 clients (SRV-A.corp.example, SRV-D.corp.example) to reach it failed, the last on 2026-10-19 06:00 UTC.
  advice     Check KMS03.corp.example: is it up, is the Software Protection service running (sc query sppsvc), is TCP 1688 open (Test-NetConnection KMS03.corp.example -Port 1688), is it still activated (slmgr /dlv)? If it was retired, delete its _vlmcs._tcp SRV record and point its clients at another host (slmgr /skms host:1688); clients stay activated for 180 days after their last renewal.
  cause      null

finding
  kind       EXPIRING
  severity   error
  host       WS-DEV07.corp.example
  client     LAB-1.corp.example
  cmid       00000000-0000-4000-8000-000000000004
  code       0xC004F038
  first_seen 2026-10-20 08:00:00.6
  last_seen  2026-10-27 08:00:00.6
  count      2
  days_left  0
  detail     LAB-1.corp.example is not activated: it reported license state 5 (notification: its grace period ran out) in its newest request, on 2026-10-27, and no activation of it was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its count of recent clients is below the threshold for this product).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
  cause      UNEXPECTED_HOST host WS-DEV07.corp.example client LAB-1.corp.example

finding
  kind       UNEXPECTED_HOST
  severity   warning
  host       WS-DEV07.corp.example
  client     LAB-1.corp.example
  cmid       null
  code       0xC004F038
  first_seen 2026-10-20 08:00:00.6
  last_seen  2026-10-27 08:00:00.6
  count      2
  days_left  null
  detail     WS-DEV07.corp.example answers KMS requests (2 from 1 client, all refused with 0xC004F038: count too low) but is itself a KMS client of KMS01.corp.example: a KMS host key was installed on a client (clients: LAB-1.corp.example).
  advice     If WS-DEV07.corp.example should not be a KMS host: on it run slmgr /upk, install the GVLK of its edition (slmgr /ipk <GVLK>) and activate it against a sanctioned host (slmgr /ato); delete its _vlmcs._tcp SRV record from DNS; point its clients at a sanctioned host (slmgr /skms host:1688). If it should be one, add it to the sanctioned hosts (--hosts).
  cause      null

finding
  kind       EXPIRING
  severity   warning
  host       KMS01.corp.example
  client     PC-SKEW.corp.example
  cmid       00000000-0000-4000-8000-000000000001
  code       0xC004F06C
  first_seen 2026-10-27 08:00:00.1
  last_seen  2026-10-27 08:00:00.6
  count      1
  days_left  7
  detail     PC-SKEW.corp.example's newest request, on 2026-10-27, says its activation runs out on 2026-11-06, 7 days after 2026-10-30, and no activation of it was seen. Its newest request ended with 0xC004F06C (The KMS host refused the request timestamp: client and host clocks differ by more than 4 hours).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
  cause      CLOCK_SKEW host KMS01.corp.example client PC-SKEW.corp.example

finding
  kind       EXPIRING
  severity   warning
  host       KMS01.corp.example
  client     SRV-C.corp.example
  cmid       00000000-0000-4000-8000-000000000007
  code       null
  first_seen 2026-05-12 08:00:01.2
  last_seen  2026-05-12 08:00:00.1
  count      0
  days_left  9
  detail     SRV-C.corp.example last activated on 2026-05-12, 170 days before 2026-10-30; its activation runs out on 2026-11-08, in 9 days, unless it renews.
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
  cause      null

finding
  kind       EXPIRING
  severity   warning
  host       KMS03.corp.example
  client     SRV-B.corp.example
  cmid       00000000-0000-4000-8000-000000000006
  code       null
  first_seen 2026-05-10 06:00:00.6
  last_seen  2026-05-10 06:00:00.6
  count      0
  days_left  7
  detail     SRV-B.corp.example last activated on 2026-05-10, 172 days before 2026-10-30; its activation runs out on 2026-11-06, in 7 days, unless it renews.
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
  cause      HOST_SILENT host KMS03.corp.example client SRV-A.corp.example, SRV-D.corp.example

finding
  kind       EXPIRING
  severity   warning
  host       KMS03.corp.example
  client     SRV-D.corp.example
  cmid       00000000-0000-4000-8000-000000000008
  code       0xC004F074
  first_seen 2026-05-10 07:00:00.6
  last_seen  2026-10-12 07:00:00.1
  count      1
  days_left  7
  detail     SRV-D.corp.example last activated on 2026-05-10, 172 days before 2026-10-30; its activation runs out on 2026-11-06, in 7 days, unless it renews. Its newest request ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or none answered).
  advice     Get the client to reach a working KMS host: see its other findings, or run kmslog explain on its last error code, then run slmgr /ato on it. Once activated it renews every 7 days by itself; slmgr /dlv shows its state.
  cause      UNREACHED_HOST host KMS03.corp.example:1688 client SRV-D.corp.example
