-- Statements the analysis runner itself uses, by name (this is not an analyzer; ANALYZERS lists
-- those). Values are always bound as ? parameters.

-- name: newest_event
-- The default reference time: the newest imported event, as the ledger keeps it per file.
SELECT MAX(newest_event) FROM import_file WHERE status = 'imported';

-- name: newest_stored_event
-- The same, from the events themselves (a scan of every event table): for when the ledger knows
-- no newest event, as after a prune stopped part-way.
SELECT MAX(t) FROM (
    SELECT MAX(time_utc) AS t FROM client_request
    UNION ALL SELECT MAX(time_utc) FROM client_response
    UNION ALL SELECT MAX(time_utc) FROM host_request
    UNION ALL SELECT MAX(time_utc) FROM dns_publish
) AS newest;

-- name: oldest_stored_event
-- The oldest stored event (a scan of every event table), for checking an explicit reference time.
SELECT MIN(t) FROM (
    SELECT MIN(time_utc) AS t FROM client_request
    UNION ALL SELECT MIN(time_utc) FROM client_response
    UNION ALL SELECT MIN(time_utc) FROM host_request
    UNION ALL SELECT MIN(time_utc) FROM dns_publish
) AS oldest;

-- name: insert_run
INSERT INTO analysis_run (as_of, sanctioned_hosts, started_at, stale_against, status)
VALUES (?, ?, ?, ?, 'running');

-- name: finish_run
UPDATE analysis_run SET status = 'done', duration_ms = ? WHERE id = ?;

-- name: delete_run
DELETE FROM analysis_run WHERE id = ?;

-- name: clear_current
DELETE FROM analysis_current;

-- name: set_current
INSERT INTO analysis_current (run_id, as_of, window_start, stale_against) VALUES (?, ?, ?, ?);

-- name: clear_sanctioned
DELETE FROM sanctioned_host;

-- name: add_sanctioned
MERGE INTO sanctioned_host (host_key) KEY (host_key) VALUES (?);

-- name: reference_without_skew
-- The default reference time once the work tables of 00-prepare.sql are built: the newest event
-- with each client whose hosts find its clock more than 4 hours off now (its newest request to a
-- host was skewed) taken back by that offset, so that one client whose clock runs hours ahead
-- does not move the reference time into the future. Where a host's own clock is off instead (its
-- clients off it by the same amount: work_host_clock_off), those clients' skews are the host's
-- and are not taken off their events; a host behind has its own events (its 12290s and DNS
-- events) taken forward by as much, so that its clock does not pull the reference time back and
-- leave its clients' newest events out. A host ahead is taken as it is: taking its events back
-- would leave its own newest events out of the window instead. Other hosts' clocks are taken as
-- they are. (Each host's newest first: H2 evaluates a WITH query once for every row joining it.)
WITH behind AS (
    SELECT host_key, (MIN(offset_min) + MAX(offset_min)) / 2 AS minutes
    FROM work_host_clock_off GROUP BY host_key HAVING MIN(offset_min) > 0
)
SELECT MAX(t) FROM (
    SELECT MAX(DATEADD('MINUTE', COALESCE(b.minutes, 0), w.newest)) AS t
    FROM (SELECT host_key, MAX(last_at) AS newest FROM work_pair GROUP BY host_key) AS w
    LEFT JOIN behind b ON b.host_key = w.host_key
    UNION ALL
    SELECT MAX(DATEADD('MINUTE', COALESCE(b.minutes, 0), d.newest))
    FROM (SELECT host_key, MAX(time_utc) AS newest FROM work_dns GROUP BY host_key) AS d
    LEFT JOIN behind b ON b.host_key = d.host_key
    UNION ALL
    SELECT MAX(DATEADD('MINUTE', -COALESCE(s.skew, 0), e.newest))
    FROM (
        SELECT client_key, MAX(time_utc) AS newest FROM (
            SELECT client_key, time_utc FROM work_attempt
            UNION ALL SELECT client_key, time_utc FROM work_response) AS own
        GROUP BY client_key) AS e
    LEFT JOIN (
        SELECT w.client_key, (MAX(w.max_offset) + MIN(w.min_offset)) / 2 AS skew
        FROM work_pair w
        WHERE w.last_skewed = w.last_at AND w.max_offset IS NOT NULL
        AND NOT EXISTS (
            SELECT 1 FROM work_host_clock_off o
            WHERE o.host_key = w.host_key AND o.client_key = w.client_key)
        GROUP BY w.client_key) AS s ON s.client_key = e.client_key
) AS newest;

-- name: newest_host_event_beyond_window
-- Once 00-prepare.sql's work tables are built: when the window holds the events of one client
-- and no host's (no 12290, 12293 or 12294), the newest event any host logged, which is then older
-- than the window. NULL otherwise, or when no host's log was imported. Hosts' clocks are taken as
-- they are: such a window means the newest event came from a clock so far ahead that no other
-- machine's events lie within the window before it (a date set a year ahead), and its skew
-- cannot be learned there. Many clients without a host in the window are hosts whose exports
-- stopped more than a window ago instead (EXPORTS_STALE), and are left as they are.
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM work_pair) AND NOT EXISTS (SELECT 1 FROM work_dns)
    AND (SELECT COUNT(*) FROM (
        SELECT client_key FROM work_attempt UNION SELECT client_key FROM work_response) AS k) = 1
    THEN (SELECT MAX(t) FROM (
        SELECT MAX(time_utc) AS t FROM host_request
        UNION ALL SELECT MAX(time_utc) FROM dns_publish) AS newest) END;

-- name: newest_event_until
-- The newest stored event at or before a time (a scan of every event table).
SELECT MAX(t) FROM (
    SELECT MAX(time_utc) AS t FROM client_request WHERE time_utc <= ?
    UNION ALL SELECT MAX(time_utc) FROM client_response WHERE time_utc <= ?
    UNION ALL SELECT MAX(time_utc) FROM host_request WHERE time_utc <= ?
    UNION ALL SELECT MAX(time_utc) FROM dns_publish WHERE time_utc <= ?
) AS newest;

-- name: set_reference
UPDATE analysis_run SET as_of = ? WHERE id = ?;

-- name: host_bases
-- What the last analysis concluded about each host's time base (work_host_base of
-- 00-prepare.sql), for --verbose.
SELECT COALESCE(n.name, b.host_key), b.base, b.learned_from, b.weight
FROM work_host_base b
LEFT JOIN machine_name n ON n.machine_key = b.host_key
ORDER BY LOWER(COALESCE(n.name, b.host_key));

-- name: clocks_ahead
-- CLOCK_SKEW for each machine that logged KMS events dated more than a day after the analysis runs
-- (the four parameters: that time): its clock runs ahead, by more than any host can show when its
-- events lie beyond the window, or when it is a host itself. The analysis is as of the newest
-- event before then, so these events are left out of it; a client that CLOCK_SKEW names already
-- (its hosts measured its clock) is not named again. Nor is a clock put right since: after its
-- newest event dated ahead, the machine logged one dated by the reference time in the same log
-- (its stream: the ids from 2^40 times the stream's number, in the order the log numbered its
-- records; see sql/schema/v2.sql), found through each table's primary key. Run only on the night
-- such events are there: each part of "ahead" is a scan of an event table.
INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH ahead AS (
    SELECT computer_key AS machine_key, id, time_utc, 0 AS host_event
    FROM client_request WHERE time_utc > ?
    UNION ALL SELECT computer_key, id, time_utc, 0 FROM client_response WHERE time_utc > ?
    UNION ALL SELECT computer_key, id, time_utc, 1 FROM host_request WHERE time_utc > ?
    UNION ALL SELECT computer_key, id, time_utc, 1 FROM dns_publish WHERE time_utc > ?
), machines AS (
    SELECT machine_key, MIN(time_utc) AS first_at, MAX(time_utc) AS last_at, COUNT(*) AS events,
        SUM(host_event) AS host_events
    FROM ahead GROUP BY machine_key
), stream_ends AS (
    SELECT machine_key, id / 1099511627776 AS stream, MAX(id) AS last_id
    FROM ahead GROUP BY machine_key, id / 1099511627776
), put_right AS (
    SELECT DISTINCT s.machine_key
    FROM stream_ends s CROSS JOIN analysis_current p
    WHERE EXISTS (SELECT 1 FROM client_request e WHERE e.id > s.last_id
            AND e.id < (s.stream + 1) * 1099511627776 AND e.time_utc <= p.as_of)
        OR EXISTS (SELECT 1 FROM client_response e WHERE e.id > s.last_id
            AND e.id < (s.stream + 1) * 1099511627776 AND e.time_utc <= p.as_of)
        OR EXISTS (SELECT 1 FROM host_request e WHERE e.id > s.last_id
            AND e.id < (s.stream + 1) * 1099511627776 AND e.time_utc <= p.as_of)
        OR EXISTS (SELECT 1 FROM dns_publish e WHERE e.id > s.last_id
            AND e.id < (s.stream + 1) * 1099511627776 AND e.time_utc <= p.as_of)
)
SELECT p.run_id, 'CLOCK_SKEW', 'error',
    CASE WHEN a.host_events > 0 THEN n.name END, CASE WHEN a.host_events = 0 THEN n.name END,
    NULL, NULL, a.first_at, a.last_at, a.events,
    n.name || '''s clock runs ahead: ' || a.events
        || CASE WHEN a.events = 1 THEN ' KMS event it logged is' ELSE ' KMS events it logged are' END
        || ' dated after this analysis ran (' || FORMATDATETIME(p.stale_against, 'yyyy-MM-dd HH:mm')
        || ' UTC), the newest at ' || FORMATDATETIME(a.last_at, 'yyyy-MM-dd HH:mm')
        || ' UTC. They are left out: the analysis is as of the newest event dated before then.',
    'Put the machine''s clock right and fix its time source: check its date first, then w32tm'
    || ' /query /status, w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain'
    || ' members follow the PDC emulator). KMS refuses clients more than 4 hours off their host.'
    || ' The events it logged meanwhile keep their wrong dates and stay left out; once its log'
    || ' shows events at the right time after them, it is no longer reported.'
FROM machines a
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = a.machine_key
WHERE a.machine_key NOT IN (SELECT machine_key FROM put_right)
AND NOT EXISTS (
    SELECT 1 FROM finding f
    WHERE f.run_id = p.run_id AND f.kind = 'CLOCK_SKEW' AND f.client = n.name);
