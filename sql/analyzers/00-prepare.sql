-- Prepares the work tables the analyzers read, up to the reference time ("as of"). Built to
-- scale: the host logs (millions of 12290s) are read in a few passes that group them into small
-- tables; only the client logs, which are far smaller, are copied row by row. Work tables
-- (work_*) are rebuilt on every analysis; `kmslog analyze` leaves them in place afterwards, so a
-- finding can be traced back with plain SQL (SELECT * FROM work_attempt WHERE client_key = 'pc1'),
-- and the nightly `kmslog run` drops them once its reports are written.
-- This script builds what the reference time is learned from (Analyzer.java: when the newest
-- event came from a client whose clock runs ahead, the reference moves back to the newest event
-- on a true clock and this script runs again); 01-reached.sql and 02-before-window.sql build the
-- rest once, up to the settled reference.
--
-- Clocks and time bases. Windows does not say in which time base it writes the client-time
-- fields, and real events differ (KB 974998's pair: the 12288 in the client's local time, the
-- 12290 of the same request four hours later, in UTC or the host's local time), so nothing here
-- assumes one; the offsets are learned from the data:
-- - A client's own 12288/12289 carry its clock twice: TimeCreated (UTC) and the client-time field
--   (in whatever base it uses). Their difference, rounded to 15 minutes, is that base's offset on
--   that event, whatever the clock's error; taken out, the field is the client's clock in UTC
--   (client_clock, minute resolution). Per event, so a change of daylight saving time is followed.
-- - A host's 12290s carry its clock (TimeCreated) and each client's clock in the base the host
--   renders it in. The most common difference over a host's requests, rounded to 15 minutes, is
--   that base (work_host_base, 0 for UTC), per UTC day so that daylight saving time is followed
--   (a day's own base counts when it is within an hour of the host's overall one). Taken out, the
--   field is the client's clock in UTC, and what is left is how far the client's clock is off the
--   host's (offset, in 12290 rows).
-- Matching a client's 12288 to a host's 12290: both then hold the client's clock in UTC, so they
-- are matched on CMID and that time (within one minute: the 12288 is logged just before the
-- request leaves), whatever the bases and however wrong the client's clock. When either side has
-- no client time, the event times must be within ten minutes instead. A 12289 (a response the
-- client processed) within ten minutes after a 12288 also shows the request reached a host, which
-- matters when the host's log was not imported; so does a result only a host can give
-- (0xC004F06C, 0xC004F038, 0xC004F041, 0xC004F042: the host answered and refused).
--
-- A host's newest request per pair is found without sorting millions of rows: its time, license
-- state, result and minutes to expiry are packed into one number whose maximum is the newest
-- request (newest_packed; see the columns it is unpacked into in 80-expiring.sql). Result codes:
-- 0 success, 1 0xC004F038, 2 0xC004F06C, 3 0xC004F041, 4 0xC004F042, 9 any other failure.

-- The window. An analysis reads only the events its findings can see: those logged in the 180 days
-- up to the reference time (analysis_current.window_start, set by Analyzer.java, to as_of). The
-- event tables have no index on time_utc (see sql/schema/v4.sql), so each table is still scanned,
-- but what is built from it, grouped and joined is the window's events only. 180 days is the
-- longest look-back of any rule: an activation is valid 180 days, so a success older than that
-- has run out whatever came before it; counts look back 30 days, silence 7, and the host's count
-- history (90-host-summary.sql) reads its own 210 days. Only the matching of a client's 12288s to
-- its host's 12290s reaches 26 hours further back (work_host_match), so that a request logged at
-- the window's start finds its host's record and votes for the host's base as in a full
-- analysis. work_window says whether the window cut history off (events older than it were
-- imported), and work_client_cut which clients it cut: findings that quote a history ("it last
-- reached a host on") then say where their look-back ended ("not in the 180 days before"), or
-- take the one fact they need from before the window from work_before_client (EXPIRING's last
-- success), built in one pass over the older events (02-before-window.sql, run after this script
-- once the reference time is settled). A new analyzer reads the work tables, or the event tables
-- with the window's condition, never the event tables whole.
DROP TABLE IF EXISTS work_window;
CREATE TABLE work_window AS
SELECT p.as_of, p.window_start, DATEDIFF('DAY', p.window_start, p.as_of) AS days,
    EXISTS (SELECT 1 FROM client_request r WHERE r.time_utc <= p.window_start)
    OR EXISTS (SELECT 1 FROM client_response r WHERE r.time_utc <= p.window_start)
    OR EXISTS (SELECT 1 FROM host_request r WHERE r.time_utc <= p.window_start)
    OR EXISTS (SELECT 1 FROM dns_publish r WHERE r.time_utc <= p.window_start) AS cut
FROM analysis_current p;

-- The client logs' requests and responses, one row each. client_clock: the client's clock in
-- UTC at the request (its client-time field with the base's offset of that event taken out).
DROP TABLE IF EXISTS work_attempt;
CREATE TABLE work_attempt AS
SELECT r.computer_key AS client_key, r.kms_host_key AS target_key,
    CASE WHEN r.kms_host IS NULL THEN NULL
        WHEN r.kms_port IS NULL THEN r.kms_host
        ELSE r.kms_host || ':' || r.kms_port END AS target,
    r.cmid, r.client_time,
    DATEADD('MINUTE',
        -CAST(ROUND(DATEDIFF('MINUTE', r.time_utc, r.client_time) / 15.0) AS INT) * 15,
        r.client_time) AS client_clock,
    r.time_utc, r.hresult, r.license_state, r.minutes_to_expiry,
    r.min_count, r.activation_id, COALESCE(e.contact_failure, FALSE) AS contact_failure,
    r.hresult IN ('0xC004F06C', '0xC004F038', '0xC004F041', '0xC004F042') AS host_answered,
    FALSE AS reached
FROM client_request r
CROSS JOIN analysis_current p
LEFT JOIN error_code e ON e.code = r.hresult
WHERE r.time_utc > p.window_start AND r.time_utc <= p.as_of;

DROP TABLE IF EXISTS work_response;
CREATE TABLE work_response AS
SELECT c.computer_key AS client_key, c.time_utc, c.hresult, c.activated, c.host_count,
    c.renewal_interval, c.client_time, COALESCE(e.contact_failure, FALSE) AS contact_failure,
    CAST(NULL AS VARCHAR(255)) AS target_key
FROM client_response c
CROSS JOIN analysis_current p
LEFT JOIN error_code e ON e.code = c.hresult
WHERE c.time_utc > p.window_start AND c.time_utc <= p.as_of;

-- The host logs' requests of the window, read from host_request once: the columns the passes
-- below (work_host_match, work_host_offset, work_pair_kind) and 90-host-summary.sql's count
-- history need, from the earliest of their look-backs (the match's 26 hours before the window,
-- the count history's 210 days) to the reference time. Each pass then reads this copy, a narrow
-- row per request of the window only, instead of scanning the whole table again.
DROP TABLE IF EXISTS work_host_window;
CREATE TABLE work_host_window AS
SELECT h.cmid, h.client_key, h.computer_key AS host_key, h.activation_id, h.time_utc,
    h.client_time, h.hresult, h.min_count, h.license_state, h.minutes_to_expiry
FROM host_request h
CROSS JOIN analysis_current p
WHERE h.time_utc > LEAST(DATEADD('HOUR', -26, p.window_start), DATEADD('DAY', -210, p.as_of))
AND h.time_utc <= p.as_of;

-- The host requests of the CMIDs the client logs name: what the client requests are matched to.
-- IN rather than a join: H2 then tests each host request against a set held in memory instead of
-- looking its CMID up in an index (15% faster over millions of host requests).
DROP TABLE IF EXISTS work_client_cmid;
CREATE TABLE work_client_cmid AS SELECT DISTINCT cmid FROM work_attempt WHERE cmid IS NOT NULL;
CREATE UNIQUE INDEX work_client_cmid_key ON work_client_cmid (cmid);

DROP TABLE IF EXISTS work_host_match;
CREATE TABLE work_host_match AS
SELECT h.cmid, h.host_key, h.client_time, h.time_utc
FROM work_host_window h
CROSS JOIN analysis_current p
WHERE h.time_utc > DATEADD('HOUR', -26, p.window_start)
AND h.cmid IN (SELECT cmid FROM work_client_cmid);
-- For the match on event times: without it, each request that the client times leave unmatched
-- is compared with every host request of its CMID (221 s instead of 1.7 s for 120k requests
-- against 5M host requests).
CREATE INDEX work_host_match_time ON work_host_match (cmid, time_utc);

-- The base each host renders its 12290 client times in, learned two ways:
-- - Votes: a client's 12288 and the host's 12290 of the same request hold the same client clock,
--   so the 12290's client time minus the 12288's client_clock is the host's base. Every pair of a
--   12288 and a 12290 of its CMID within 26 hours of each other (the largest zone difference plus
--   a skew far past the 4 hours KMS allows) whose difference is a whole number of quarter hours
--   votes for it. Neighbouring requests of a retrying client also pair up (two hours apart), but
--   each request pairs with its own 12290 once and with a neighbour's at most once per side, so
--   the base has the most votes wherever the host logged a request of a client whose log was
--   imported. A skewed client votes for the base like any other: its clock is in both events.
-- - Offsets: without client logs, the most common difference between a 12290's client time and
--   its event time, counted in client-days (one per CMID and day, so one busy client does not
--   outweigh many). A host whose only clients are skewed cannot be told from one in another zone
--   this way; with the clients' logs imported, the votes tell.
-- Each day of a host takes its own votes', or else its own offsets', most common base when that
-- is within an hour of the host's overall base (daylight saving time), and the overall base
-- otherwise. Ties go to the base nearest UTC.
DROP TABLE IF EXISTS work_host_vote;
CREATE TABLE work_host_vote AS
SELECT h.host_key, CAST(h.time_utc AS DATE) AS on_day,
    CAST(ROUND(DATEDIFF('MINUTE', a.client_clock, h.client_time) / 15.0) AS INT) * 15 AS base,
    COUNT(*) AS votes
FROM work_attempt a
JOIN work_host_match h ON h.cmid = a.cmid
    AND h.time_utc BETWEEN DATEADD('HOUR', -26, a.time_utc) AND DATEADD('HOUR', 26, a.time_utc)
WHERE a.client_clock IS NOT NULL AND h.client_time IS NOT NULL AND NOT a.contact_failure
AND ABS(DATEDIFF('MINUTE', a.client_clock, h.client_time)
    - CAST(ROUND(DATEDIFF('MINUTE', a.client_clock, h.client_time) / 15.0) AS INT) * 15) <= 1
GROUP BY h.host_key, on_day, base;

DROP TABLE IF EXISTS work_host_offset;
CREATE TABLE work_host_offset AS
SELECT host_key, on_day, base, COUNT(DISTINCT cmid) AS client_days FROM (
    SELECT h.host_key, CAST(h.time_utc AS DATE) AS on_day, h.cmid,
        CAST(ROUND(DATEDIFF('MINUTE', h.time_utc, h.client_time) / 15.0) AS INT) * 15 AS base
    FROM work_host_window h
    CROSS JOIN analysis_current p
    WHERE h.time_utc > p.window_start AND h.client_time IS NOT NULL
    AND h.hresult <> '0xC004F06C')
    AS o
GROUP BY host_key, on_day, base;

-- work_host_base: per host its base (minutes east of UTC), where it was learned from ('votes' or
-- 'offsets') and how much evidence there was (votes, or client-days), for --verbose and findings.
DROP TABLE IF EXISTS work_host_base;
CREATE TABLE work_host_base AS
SELECT host_key, base, learned_from, weight FROM (
    SELECT host_key, base, learned_from, weight,
        ROW_NUMBER() OVER (PARTITION BY host_key
            ORDER BY CASE learned_from WHEN 'votes' THEN 0 ELSE 1 END, weight DESC, ABS(base),
                base) AS rn
    FROM (
        SELECT host_key, base, 'votes' AS learned_from, SUM(votes) AS weight
        FROM work_host_vote GROUP BY host_key, base
        UNION ALL
        SELECT host_key, base, 'offsets', SUM(client_days)
        FROM work_host_offset GROUP BY host_key, base) AS candidates) AS ranked
WHERE rn = 1;
CREATE UNIQUE INDEX work_host_base_key ON work_host_base (host_key);

DROP TABLE IF EXISTS work_host_day;
CREATE TABLE work_host_day AS
SELECT host_key, on_day, base FROM (
    SELECT d.host_key, d.on_day,
        CASE WHEN ABS(d.base - b.base) <= 60 THEN d.base ELSE b.base END AS base,
        ROW_NUMBER() OVER (PARTITION BY d.host_key, d.on_day
            ORDER BY d.preference, d.weight DESC, ABS(d.base), d.base) AS rn
    FROM (
        SELECT host_key, on_day, base, 0 AS preference, votes AS weight FROM work_host_vote
        UNION ALL
        SELECT host_key, on_day, base, 1, client_days FROM work_host_offset) AS d
    JOIN work_host_base b ON b.host_key = d.host_key) AS ranked
WHERE rn = 1;
CREATE UNIQUE INDEX work_host_day_key ON work_host_day (host_key, on_day);

-- The host logs in one pass, in two steps. First one row per host, client, CMID and product
-- (activation ID, which the clients table of 85-clients.sql reads) and per kind of request: recent (in the 30 days before the reference time) or not, its result code, and its
-- client time more than 4 hours off or not. That leaves few aggregates to keep per row (H2 looks
-- up each aggregate's state for every row: 19 conditional aggregates took 40 s over 5M host
-- requests, these 8 take 29 s), and the conditions become per-group values that the second step
-- sums over a small table. The offset is the client's clock against the host's, the host's base
-- taken out. Grouped CMID first: H2 keeps the groups in a sorted map whose keys it
-- compares column by column, and two CMIDs compare as two numbers where host names (the same few
-- on millions of rows) compare as text.
DROP TABLE IF EXISTS work_pair_kind;
CREATE TABLE work_pair_kind AS
SELECT h.cmid, h.client_key, h.host_key, h.activation_id,
    h.time_utc > p.since AS recent,
    CASE WHEN SUBSTRING(h.hresult, 3, 1) < '8' THEN 0
        WHEN h.hresult = '0xC004F038' THEN 1 WHEN h.hresult = '0xC004F06C' THEN 2
        WHEN h.hresult = '0xC004F041' THEN 3 WHEN h.hresult = '0xC004F042' THEN 4
        ELSE 9 END AS result,
    ABS(DATEDIFF('MINUTE', h.time_utc, h.client_time) - COALESCE(b.base, hb.base, 0)) > 240
        AS off_clock,
    COUNT(*) AS requests,
    MIN(h.time_utc) AS first_at,
    MAX(h.time_utc) AS last_at,
    MAX(h.min_count) AS max_min_count,
    MAX(CASE WHEN h.min_count >= 25 THEN h.time_utc END) AS last_client_os,
    MAX(DATEDIFF('MINUTE', h.time_utc, h.client_time) - COALESCE(b.base, hb.base, 0)) AS max_offset,
    MIN(DATEDIFF('MINUTE', h.time_utc, h.client_time) - COALESCE(b.base, hb.base, 0)) AS min_offset,
    -- newest_packed without the result, which is the same for the whole group
    MAX(DATEDIFF('SECOND', TIMESTAMP '2000-01-01 00:00:00', h.time_utc) * 268435456
        + COALESCE(h.license_state, 15) * 16777216
        + LEAST(COALESCE(h.minutes_to_expiry, 1048575), 1048575)) AS newest_packed
FROM work_host_window h
CROSS JOIN (SELECT window_start, DATEADD('DAY', -30, as_of) AS since FROM analysis_current) AS p
LEFT JOIN work_host_day b ON b.host_key = h.host_key AND b.on_day = CAST(h.time_utc AS DATE)
LEFT JOIN work_host_base hb ON hb.host_key = h.host_key
WHERE h.time_utc > p.window_start
GROUP BY h.cmid, h.client_key, h.host_key, h.activation_id, recent, result, off_clock;

-- Then one row per host, client and CMID. A request is skewed when the host refused it for its
-- clock (result 2) or its client time was more than 4 hours off (off_clock; NULL without a
-- client time, which is then neither skewed nor unskewed by itself).
DROP TABLE IF EXISTS work_pair;
CREATE TABLE work_pair AS
SELECT host_key, client_key, cmid,
    SUM(requests) AS requests,
    SUM(CASE WHEN recent THEN requests ELSE 0 END) AS requests_30d,
    MIN(first_at) AS first_at,
    MAX(last_at) AS last_at,
    MAX(CASE WHEN result = 0 THEN last_at END) AS last_success,
    MAX(max_min_count) AS max_min_count,
    MAX(last_client_os) AS last_client_os,
    SUM(CASE WHEN result = 1 THEN requests ELSE 0 END) AS refused,
    SUM(CASE WHEN result = 1 AND recent THEN requests ELSE 0 END) AS refused_30d,
    SUM(CASE WHEN result = 2 THEN requests ELSE 0 END) AS skew_refused,
    SUM(CASE WHEN result = 2 OR off_clock THEN requests ELSE 0 END) AS skewed,
    MIN(CASE WHEN result = 2 OR off_clock THEN first_at END) AS first_skewed,
    MAX(CASE WHEN result = 2 OR off_clock THEN last_at END) AS last_skewed,
    MAX(CASE WHEN off_clock THEN max_offset END) AS max_offset,
    MIN(CASE WHEN off_clock THEN min_offset END) AS min_offset,
    MAX(newest_packed + result * 1048576) AS newest_packed
FROM work_pair_kind
GROUP BY host_key, client_key, cmid;
CREATE INDEX work_pair_host ON work_pair (host_key);
CREATE INDEX work_pair_client ON work_pair (client_key);
CREATE INDEX work_pair_cmid ON work_pair (cmid);

-- A KMS host whose own clock is off. KMS refuses every client more than 4 hours off the host, so
-- a host whose clock went wrong (a virtual machine taking a bad time from its hypervisor, a clock
-- reset) has every client it logs skewed by the same amount, though their clocks are right. When
-- at least 3 of the 12 clients a host logged last, and more than half of them, are off its clock
-- now by the same amount (their newest request to it was skewed, and their skews fall into one
-- half-hour bucket of one of two grids a quarter hour apart, so that any group within a quarter
-- hour lies in one bucket whatever the offset), the host's clock is the one off, by that amount
-- the other way, and every client of the host off it by that amount now shows it. The clients it
-- logged last, not those of a fixed span: a clock that went wrong shows in the next night's run
-- on a big host (a host of 3,000 clients logs a dozen an hour), where a week's clients, most of
-- them last seen before the clock went wrong, would hide it for days; a small host needs days
-- anyway. Then 70-clock-skew.sql names the host, 95-causes.sql makes that the cause of those
-- clients' own CLOCK_SKEW, and the reference time (runner.sql, reference_without_skew) neither
-- takes those clients back by their skew nor leaves the events of a host whose clock is behind
-- dated that much early. A client's skew here is the middle of the
-- offsets its skewed requests to the host showed (work_pair's max_offset and min_offset), as
-- reference_without_skew takes it. A host put right since has its clients' newest requests
-- unskewed, and is not named. Without offsets (requests refused that carry no client time)
-- nothing tells which clock is off, and the clients' own findings stay as they are.
-- Output: work_host_clock_off, the clients that show it: host_key, client_key, offset_min (how
-- far the client's clock runs ahead of the host's, in minutes; negative: behind), and per host
-- among_last of its last_clients (at most 12) clients logged last that show it.

-- Each client of each host, its skew now and its rank among the host's clients by its newest
-- request, newest first; a table of its own, since H2 evaluates a WITH query once for every row
-- that joins it (minutes on a 1M-event estate instead of a second).
DROP TABLE IF EXISTS work_host_client_clock;
CREATE TABLE work_host_client_clock AS
SELECT pr.host_key, pr.client_key,
    CASE WHEN MAX(pr.last_skewed) = MAX(pr.last_at) AND MAX(pr.max_offset) IS NOT NULL
        THEN (MAX(pr.max_offset) + MIN(pr.min_offset)) / 2 END AS offset_min,
    ROW_NUMBER() OVER (PARTITION BY pr.host_key
        ORDER BY MAX(pr.last_at) DESC, pr.client_key) AS latest
FROM work_pair pr
GROUP BY pr.host_key, pr.client_key;

-- The groups of clients off a host by the same amount, in half-hour buckets of both grids.
DROP TABLE IF EXISTS work_host_clock_group;
CREATE TABLE work_host_clock_group AS
SELECT host_key, grid, bucket, SUM(CASE WHEN latest <= 12 THEN 1 ELSE 0 END) AS among_last,
    COUNT(*) AS clients
FROM (
    SELECT host_key, latest, 0 AS grid, FLOOR(offset_min / 30.0) AS bucket
    FROM work_host_client_clock WHERE offset_min IS NOT NULL
    UNION ALL
    SELECT host_key, latest, 1, FLOOR((offset_min + 15) / 30.0)
    FROM work_host_client_clock WHERE offset_min IS NOT NULL) AS bucketed
GROUP BY host_key, grid, bucket;

DROP TABLE IF EXISTS work_host_clock_off;
CREATE TABLE work_host_clock_off AS
SELECT c.host_key, c.client_key, c.offset_min, t.among_last, t.last_clients
FROM (
    SELECT host_key, grid, bucket, last_clients, among_last FROM (
        SELECT g.host_key, g.grid, g.bucket, g.among_last, l.last_clients,
            ROW_NUMBER() OVER (PARTITION BY g.host_key
                ORDER BY g.among_last DESC, g.clients DESC, g.grid, g.bucket) AS rn
        FROM work_host_clock_group g
        JOIN (SELECT host_key, COUNT(*) AS last_clients FROM work_host_client_clock
            WHERE latest <= 12 GROUP BY host_key) AS l ON l.host_key = g.host_key
        WHERE g.among_last >= 3 AND g.among_last * 2 > l.last_clients) AS ranked
    WHERE rn = 1) AS t
JOIN work_host_client_clock c ON c.host_key = t.host_key AND c.offset_min IS NOT NULL
    AND FLOOR((c.offset_min + 15 * t.grid) / 30.0) = t.bucket;
CREATE UNIQUE INDEX work_host_clock_off_key ON work_host_clock_off (host_key, client_key);

DROP TABLE IF EXISTS work_dns;
CREATE TABLE work_dns AS
SELECT d.computer_key AS host_key, LOWER(d.domain) AS domain, d.time_utc, d.succeeded, d.hresult
FROM dns_publish d
CROSS JOIN analysis_current p
WHERE d.time_utc > p.window_start AND d.time_utc <= p.as_of;

-- Every KMS host: a machine that logged 12290 or 12293/12294.
DROP TABLE IF EXISTS work_host;
CREATE TABLE work_host AS
SELECT DISTINCT host_key FROM work_pair
UNION SELECT DISTINCT host_key FROM work_dns;
CREATE UNIQUE INDEX work_host_key ON work_host (host_key);
