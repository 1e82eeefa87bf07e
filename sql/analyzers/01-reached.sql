-- Which requests reached a host, and which request each response answered: the columns reached
-- of work_attempt and target_key of work_response, and the indexes the analyzers look the client
-- logs up by. Not part of 00-prepare.sql: nothing the reference time is learned from needs them,
-- and when the newest event came from a client whose clock runs ahead, Analyzer.java prepares the
-- window twice (00-prepare.sql only), so these run once, up to the settled reference.
CREATE INDEX work_attempt_client ON work_attempt (client_key, time_utc);
CREATE INDEX work_attempt_target ON work_attempt (target_key, time_utc);
CREATE INDEX work_response_client ON work_response (client_key, time_utc);

-- The host requests with the client's clock in UTC, for the match on client clocks.
DROP TABLE IF EXISTS work_host_clock;
CREATE TABLE work_host_clock AS
SELECT h.cmid, DATEADD('MINUTE', -COALESCE(d.base, b.base, 0), h.client_time) AS client_clock
FROM work_host_match h
LEFT JOIN work_host_day d ON d.host_key = h.host_key AND d.on_day = CAST(h.time_utc AS DATE)
LEFT JOIN work_host_base b ON b.host_key = h.host_key
WHERE h.client_time IS NOT NULL;
CREATE INDEX work_host_clock_cmid ON work_host_clock (cmid, client_clock);

-- A request reached a host when a host logged it, or when the client processed an answer.
UPDATE work_attempt a SET reached = TRUE
WHERE a.host_answered OR (NOT a.contact_failure
AND (
    EXISTS (
        SELECT 1 FROM work_host_clock h
        WHERE h.cmid = a.cmid AND a.client_clock IS NOT NULL
        AND h.client_clock BETWEEN DATEADD('MINUTE', -1, a.client_clock)
            AND DATEADD('MINUTE', 1, a.client_clock))
    OR EXISTS (
        SELECT 1 FROM work_host_match h
        WHERE h.cmid = a.cmid AND (a.client_clock IS NULL OR h.client_time IS NULL)
        AND h.time_utc BETWEEN DATEADD('MINUTE', -10, a.time_utc)
            AND DATEADD('MINUTE', 10, a.time_utc))
    OR EXISTS (
        SELECT 1 FROM work_response c
        WHERE c.client_key = a.client_key AND NOT c.contact_failure
        AND c.time_utc BETWEEN a.time_utc AND DATEADD('MINUTE', 10, a.time_utc))));

-- A response answers the newest request its client sent in the ten minutes before it.
UPDATE work_response c SET target_key = (
    SELECT a.target_key FROM work_attempt a
    WHERE a.client_key = c.client_key
    AND a.time_utc BETWEEN DATEADD('MINUTE', -10, c.time_utc) AND c.time_utc
    ORDER BY a.time_utc DESC
    FETCH FIRST 1 ROW ONLY);
