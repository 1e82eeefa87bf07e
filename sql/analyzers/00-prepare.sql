-- Prepares the work tables every analyzer reads: the events up to the reference time ("as of"),
-- with machine keys, display names, and which client requests reached a host.
--
-- Work tables (work_*) are rebuilt on every run and left in place afterwards, so a finding can
-- be traced back with plain SQL (for example SELECT * FROM work_attempt WHERE client_key = 'pc1').
--
-- Matching a client's 12288 to a host's 12290: the 12290 carries the client time the client sent,
-- from the client's own clock, so the two are matched on CMID and that client time (within one
-- minute: the 12288 is logged just before the request leaves). Clock skew between the machines
-- does not matter. When either side has no client time, the event times must be within ten
-- minutes instead. A 12289 (a response the client processed) within ten minutes after a 12288
-- also shows the request reached a host, which matters when the host's log was not imported.

DROP TABLE IF EXISTS work_name;
CREATE TABLE work_name AS
SELECT machine_key, name FROM (
    SELECT machine_key, name,
        ROW_NUMBER() OVER (PARTITION BY machine_key ORDER BY LENGTH(name) DESC, name) AS rank
    FROM (
        SELECT DISTINCT computer_key AS machine_key, computer AS name FROM client_request
        UNION SELECT DISTINCT kms_host_key, kms_host FROM client_request
            WHERE kms_host_key IS NOT NULL
        UNION SELECT DISTINCT computer_key, computer FROM client_response
        UNION SELECT DISTINCT computer_key, computer FROM host_request
        UNION SELECT DISTINCT client_key, client_name FROM host_request
        UNION SELECT DISTINCT computer_key, computer FROM dns_publish
    ) AS names
) AS ranked
WHERE rank = 1;
CREATE UNIQUE INDEX work_name_key ON work_name (machine_key);

DROP TABLE IF EXISTS work_attempt;
CREATE TABLE work_attempt AS
SELECT r.id, r.computer_key AS client_key, r.kms_host_key AS target_key,
    CASE WHEN r.kms_host IS NULL THEN NULL
        WHEN r.kms_port IS NULL THEN r.kms_host
        ELSE r.kms_host || ':' || r.kms_port END AS target,
    r.cmid, r.client_time, r.time_utc, r.hresult, r.license_state, r.minutes_to_expiry,
    r.min_count, COALESCE(e.contact_failure, FALSE) AS contact_failure,
    FALSE AS reached
FROM client_request r
CROSS JOIN analysis_current p
LEFT JOIN error_code e ON e.code = r.hresult
WHERE r.time_utc <= p.as_of;
CREATE INDEX work_attempt_client ON work_attempt (client_key, time_utc);
CREATE INDEX work_attempt_target ON work_attempt (target_key, time_utc);

DROP TABLE IF EXISTS work_host_request;
CREATE TABLE work_host_request AS
SELECT h.id, h.computer_key AS host_key, h.client_key, h.cmid, h.client_time, h.time_utc,
    h.hresult, h.min_count, h.license_state, h.minutes_to_expiry, h.activation_id
FROM host_request h
CROSS JOIN analysis_current p
WHERE h.time_utc <= p.as_of;
CREATE INDEX work_host_request_cmid ON work_host_request (cmid, client_time);
CREATE INDEX work_host_request_host ON work_host_request (host_key, time_utc);
CREATE INDEX work_host_request_client ON work_host_request (client_key, time_utc);

DROP TABLE IF EXISTS work_response;
CREATE TABLE work_response AS
SELECT c.id, c.computer_key AS client_key, c.time_utc, c.hresult, c.activated, c.host_count,
    c.client_time, COALESCE(e.contact_failure, FALSE) AS contact_failure,
    CAST(NULL AS VARCHAR(255)) AS target_key
FROM client_response c
CROSS JOIN analysis_current p
LEFT JOIN error_code e ON e.code = c.hresult
WHERE c.time_utc <= p.as_of;
CREATE INDEX work_response_client ON work_response (client_key, time_utc);

DROP TABLE IF EXISTS work_dns;
CREATE TABLE work_dns AS
SELECT d.computer_key AS host_key, LOWER(d.domain) AS domain, d.time_utc, d.succeeded, d.hresult
FROM dns_publish d
CROSS JOIN analysis_current p
WHERE d.time_utc <= p.as_of;

-- A request reached a host when a host logged it, or when the client processed an answer.
UPDATE work_attempt a SET reached = TRUE
WHERE NOT a.contact_failure
AND (
    EXISTS (
        SELECT 1 FROM work_host_request h
        WHERE h.cmid = a.cmid AND a.client_time IS NOT NULL
        AND h.client_time BETWEEN DATEADD(MINUTE, -1, a.client_time)
            AND DATEADD(MINUTE, 1, a.client_time))
    OR EXISTS (
        SELECT 1 FROM work_host_request h
        WHERE h.cmid = a.cmid AND (a.client_time IS NULL OR h.client_time IS NULL)
        AND h.time_utc BETWEEN DATEADD(MINUTE, -10, a.time_utc) AND DATEADD(MINUTE, 10, a.time_utc))
    OR EXISTS (
        SELECT 1 FROM work_response c
        WHERE c.client_key = a.client_key AND NOT c.contact_failure
        AND c.time_utc BETWEEN a.time_utc AND DATEADD(MINUTE, 10, a.time_utc)));

-- A response answers the newest request its client sent in the ten minutes before it.
UPDATE work_response c SET target_key = (
    SELECT a.target_key FROM work_attempt a
    WHERE a.client_key = c.client_key
    AND a.time_utc BETWEEN DATEADD(MINUTE, -10, c.time_utc) AND c.time_utc
    ORDER BY a.time_utc DESC
    FETCH FIRST 1 ROW ONLY);

-- Every KMS host: a machine that logged 12290 or 12293/12294.
DROP TABLE IF EXISTS work_host;
CREATE TABLE work_host AS
SELECT DISTINCT host_key FROM work_host_request
UNION SELECT DISTINCT host_key FROM work_dns;
CREATE UNIQUE INDEX work_host_key ON work_host (host_key);
