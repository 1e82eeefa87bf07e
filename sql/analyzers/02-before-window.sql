-- Prepares what lies outside the window, where it cut history off (work_window.cut), in one pass
-- over each event table: the event tables have no index on time or machine (see
-- sql/schema/v4.sql), so a lookup per client would scan a table per client. Per client and host,
-- from the host logs: the client's first request and last success before the window (EXPIRING,
-- 80-expiring.sql), and whether the host logged any request outside it at all
-- (10-unreached-host.sql) and its first (05-host-state.sql: the first request ever). Then per
-- client, from all three event tables: its first event and last success before the window. A few
-- rows per client, never one per event.
-- Not part of 00-prepare.sql: the analysis prepares the window twice when the newest event came
-- from a client whose clock runs ahead (Analyzer.java moves the reference back to the newest
-- event on a true clock and runs 00-prepare.sql again), and these passes read the event tables
-- whole, a cost that grows with the years of history kept (11 s at 5M events), while nothing the
-- reference is learned from needs them. So they run once, up to the settled reference.
DROP TABLE IF EXISTS work_before_pair;
CREATE TABLE work_before_pair AS
SELECT h.client_key, h.computer_key AS host_key,
    MIN(CASE WHEN h.time_utc <= w.window_start THEN h.time_utc END) AS first_at,
    MAX(CASE WHEN h.time_utc <= w.window_start AND SUBSTRING(h.hresult, 3, 1) < '8'
        THEN h.time_utc END) AS last_success
FROM host_request h
CROSS JOIN work_window w
WHERE w.cut AND (h.time_utc <= w.window_start OR h.time_utc > w.as_of)
GROUP BY h.client_key, h.computer_key;
CREATE INDEX work_before_pair_host ON work_before_pair (host_key);

DROP TABLE IF EXISTS work_before_client;
CREATE TABLE work_before_client AS
SELECT client_key, MIN(first_at) AS first_at, MAX(last_success) AS last_success FROM (
    SELECT client_key, first_at, last_success FROM work_before_pair WHERE first_at IS NOT NULL
    UNION ALL
    SELECT r.computer_key, MIN(r.time_utc), CAST(NULL AS TIMESTAMP(9))
    FROM client_request r
    CROSS JOIN work_window w
    WHERE w.cut AND r.time_utc <= w.window_start
    GROUP BY r.computer_key
    UNION ALL
    SELECT c.computer_key, MIN(c.time_utc), MAX(CASE WHEN c.activated THEN c.time_utc END)
    FROM client_response c
    CROSS JOIN work_window w
    WHERE w.cut AND c.time_utc <= w.window_start
    GROUP BY c.computer_key) AS older
GROUP BY client_key;
CREATE UNIQUE INDEX work_before_client_key ON work_before_client (client_key);

-- The clients whose history the window cut off: seen in it and before it.
DROP TABLE IF EXISTS work_client_cut;
CREATE TABLE work_client_cut AS
SELECT k.client_key FROM (
    SELECT client_key FROM work_attempt
    UNION SELECT client_key FROM work_response
    UNION SELECT client_key FROM work_pair) AS k
WHERE k.client_key IN (SELECT client_key FROM work_before_client);
CREATE UNIQUE INDEX work_client_cut_key ON work_client_cut (client_key);
