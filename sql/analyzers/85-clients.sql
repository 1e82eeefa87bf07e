-- The clients table (client_activation, schema version 4): per client machine and product
-- (activation ID) it asked KMS to activate, whether it is activated, until when, from which host,
-- and the last error since. Not a finding: it lists healthy clients too, for kmslog clients and
-- the reports' clients section. Built from the work tables of 00-prepare.sql only (the host logs
-- through work_pair_kind, which keeps each product apart), so it sees what the findings see.
--
-- A product is the activation ID a request names: a host's 12290 or the client's own 12288; a
-- 12289 (which names none) belongs to the product of the 12288 it answers (the newest in the ten
-- minutes before it), and a request or response that names none to the client's only product when
-- it has one. A success is a host's 12290 with a success HRESULT, or a 12289 with activated = 1.
--
-- Columns, per client and product:
-- - host: the host its newest request went to (a host's record of it wins over the client's);
--   success_host: the host of its last success.
-- - valid_until: an activation is valid 180 days after the client's last success (renewals every
--   renewal interval, 7 days by default, start the 180 days again), as in 80-expiring.sql: 180
--   days after the last success when that is the newest request or the newest request gave no
--   minutes to expiry, else the newest request's time plus its minutes to expiry. Without a
--   success in the logs (it activated before them), the newest request that reported it licensed
--   (state 1) says when: its time plus its minutes to expiry. NULL when the client was never seen
--   activated. A client in a grace or notification state since then is not activated: its
--   activation ended by that request at the latest.
-- - renew_at: when it tries to renew next: its last success plus the renewal interval of its
--   newest 12289 (10080 minutes, 7 days, when none gave one). Past it, a client that has not
--   renewed is overdue, but still activated until valid_until.
-- - days_left: whole days from the reference time until valid_until, or, in a grace state, until
--   its grace runs out (0 in notification): EXPIRING's daysLeft.
-- - last_error: the newest failed request or response since its last success (or ever, when it
--   never succeeded), its code (NULL for a failure a host logged with a code the work tables do not
--   keep apart: not 0xC004F038, 0xC004F06C, 0xC004F041 or 0xC004F042), when, and its meaning from
--   the error_code table.
-- - status, the first that applies:
--   never     no activation of it was seen (no success, and no request reported it licensed);
--   failing   it is not activated now (its activation ran out, or it reports a grace or
--             notification state since its last success), or its requests fail since its last
--             success (it is still activated, but cannot renew);
--   expiring  activated, its requests do not fail, and its activation runs out within 30 days of
--             the reference time (the horizon of EXPIRING);
--   active    activated, for more than 30 days yet, and its requests do not fail.

-- Each client's only product, for the facts that name none.
DROP TABLE IF EXISTS work_client_sole;
CREATE TABLE work_client_sole AS
SELECT client_key, MIN(activation_id) AS activation_id FROM (
    SELECT client_key, activation_id FROM work_pair_kind WHERE activation_id IS NOT NULL
    UNION SELECT client_key, activation_id FROM work_attempt WHERE activation_id IS NOT NULL
) AS named
GROUP BY client_key
HAVING COUNT(DISTINCT activation_id) = 1;
CREATE UNIQUE INDEX work_client_sole_key ON work_client_sole (client_key);

-- Everything known of each client and product, one row per fact: a host's newest request of each
-- group of work_pair_kind (side 0), a 12288 (side 1), a 12289 (side 2).
DROP TABLE IF EXISTS work_client_fact;
CREATE TABLE work_client_fact AS
SELECT f.client_key, COALESCE(f.activation_id, s.activation_id) AS activation_id, f.side,
    f.host_key, f.cmid, f.at, f.state, f.minutes, f.success, f.failed, f.code, f.renewal_interval
FROM (
    SELECT k.client_key, k.activation_id, 0 AS side, k.host_key, k.cmid, k.last_at AS at,
        NULLIF(CAST(MOD(k.newest_packed / 16777216, 16) AS INT), 15) AS state,
        NULLIF(MOD(k.newest_packed, 1048576), 1048575) AS minutes,
        k.result = 0 AS success, k.result <> 0 AS failed,
        CASE k.result WHEN 1 THEN '0xC004F038' WHEN 2 THEN '0xC004F06C'
            WHEN 3 THEN '0xC004F041' WHEN 4 THEN '0xC004F042' END AS code,
        CAST(NULL AS INT) AS renewal_interval
    FROM work_pair_kind k
    UNION ALL
    SELECT a.client_key, a.activation_id, 1, a.target_key, a.cmid, a.time_utc,
        a.license_state, a.minutes_to_expiry, FALSE,
        SUBSTRING(a.hresult, 3, 1) BETWEEN '8' AND 'F',
        CASE WHEN SUBSTRING(a.hresult, 3, 1) BETWEEN '8' AND 'F' THEN a.hresult END, NULL
    FROM work_attempt a
    UNION ALL
    SELECT r.client_key, (
            SELECT a.activation_id FROM work_attempt a
            WHERE a.client_key = r.client_key
            AND a.time_utc BETWEEN DATEADD('MINUTE', -10, r.time_utc) AND r.time_utc
            ORDER BY a.time_utc DESC
            FETCH FIRST 1 ROW ONLY),
        2, r.target_key, NULL, r.time_utc, NULL, NULL, COALESCE(r.activated, FALSE),
        SUBSTRING(r.hresult, 3, 1) BETWEEN '8' AND 'F' OR NOT COALESCE(r.activated, TRUE),
        CASE WHEN SUBSTRING(r.hresult, 3, 1) BETWEEN '8' AND 'F' THEN r.hresult END,
        r.renewal_interval
    FROM work_response r
) AS f
LEFT JOIN work_client_sole s ON s.client_key = f.client_key;
CREATE INDEX work_client_fact_key ON work_client_fact (client_key, activation_id, at);

-- Per client and product: its newest request, last success and newest failure since.
DROP TABLE IF EXISTS work_client_times;
CREATE TABLE work_client_times AS
SELECT t.*, (
        SELECT MAX(f.at) FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.failed AND (t.last_success IS NULL OR f.at > t.last_success)) AS last_error_at
FROM (
    SELECT client_key, activation_id,
        MAX(CASE WHEN side < 2 THEN at END) AS last_request,
        MAX(CASE WHEN success THEN at END) AS last_success,
        MAX(CASE WHEN state = 1 AND minutes IS NOT NULL THEN at END) AS last_licensed
    FROM work_client_fact
    GROUP BY client_key, activation_id
) AS t;

-- What happened at those times; a host's record of the newest request wins a tie with the
-- client's own.
DROP TABLE IF EXISTS work_client_state;
CREATE TABLE work_client_state AS
SELECT t.*,
    (SELECT COALESCE(MIN(CASE WHEN f.side = 0 THEN f.host_key END), MIN(f.host_key))
        FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.side < 2 AND f.at = t.last_request) AS host_key,
    (SELECT COALESCE(MIN(CASE WHEN f.side = 0 THEN f.state END), MIN(f.state))
        FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.side < 2 AND f.at = t.last_request) AS license_state,
    (SELECT COALESCE(MIN(CASE WHEN f.side = 0 THEN f.minutes END), MIN(f.minutes))
        FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.side < 2 AND f.at = t.last_request) AS minutes,
    (SELECT COALESCE(MIN(CASE WHEN f.side = 0 THEN f.host_key END), MIN(f.host_key))
        FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.success AND f.at = t.last_success) AS success_host_key,
    (SELECT MAX(f.code) FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.failed AND f.at = t.last_error_at) AS last_error,
    (SELECT DATEADD('MINUTE', MIN(f.minutes), t.last_licensed) FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.activation_id IS NOT DISTINCT FROM t.activation_id
        AND f.state = 1 AND f.at = t.last_licensed) AS licensed_until,
    (SELECT f.renewal_interval FROM work_client_fact f
        WHERE f.client_key = t.client_key AND f.side = 2 AND f.renewal_interval IS NOT NULL
        ORDER BY f.at DESC FETCH FIRST 1 ROW ONLY) AS renewal_interval
FROM work_client_times t;

-- When each activation runs out, and the client's status.
DROP TABLE IF EXISTS work_client_validity;
CREATE TABLE work_client_validity AS
SELECT v.*,
    CASE WHEN v.grace THEN
            CASE WHEN v.license_state = 5 OR v.minutes IS NULL THEN 0
                ELSE CAST(GREATEST(DATEDIFF('SECOND', p.as_of,
                    DATEADD('MINUTE', v.minutes, v.last_request)), 0) / 86400 AS INT) END
        WHEN v.valid_until IS NULL THEN NULL
        ELSE CAST(GREATEST(DATEDIFF('SECOND', p.as_of, v.valid_until), 0) / 86400 AS INT)
        END AS days_left,
    CASE WHEN v.last_success IS NULL AND v.licensed_until IS NULL THEN 'never'
        WHEN v.grace OR v.valid_until <= p.as_of OR v.last_error_at IS NOT NULL THEN 'failing'
        WHEN v.valid_until <= DATEADD('DAY', 30, p.as_of) THEN 'expiring'
        ELSE 'active' END AS status
FROM (
    SELECT s.*, s.grace_now AS grace,
        -- LEAST only of values that are not NULL: H2's LEAST is NULL when one is, PostgreSQL's
        -- ignores them.
        CASE WHEN s.grace_now AND s.last_success IS NULL AND s.licensed_until IS NULL THEN NULL
            WHEN s.grace_now
                THEN LEAST(COALESCE(DATEADD('DAY', 180, s.last_success), s.licensed_until),
                    s.last_request)
            WHEN s.last_success IS NOT NULL
                AND (s.last_success >= s.last_request OR s.minutes IS NULL)
                THEN DATEADD('DAY', 180, s.last_success)
            WHEN s.license_state = 1 AND s.minutes IS NOT NULL
                THEN DATEADD('MINUTE', s.minutes, s.last_request)
            ELSE COALESCE(DATEADD('DAY', 180, s.last_success), s.licensed_until)
            END AS valid_until,
        DATEADD('MINUTE', COALESCE(s.renewal_interval, 10080), s.last_success) AS renew_at
    FROM (
        SELECT w.*, COALESCE(w.license_state BETWEEN 2 AND 6
            AND (w.last_success IS NULL OR w.last_success < w.last_request), FALSE) AS grace_now
        FROM work_client_state w
    ) AS s
) AS v
CROSS JOIN analysis_current p;

-- Each client's CMIDs.
DROP TABLE IF EXISTS work_client_cmids;
CREATE TABLE work_client_cmids AS
SELECT client_key, STRING_AGG(CAST(cmid AS VARCHAR), ', ' ORDER BY cmid) AS cmids
FROM (SELECT DISTINCT client_key, cmid FROM work_client_fact WHERE cmid IS NOT NULL) AS c
GROUP BY client_key;
CREATE UNIQUE INDEX work_client_cmids_key ON work_client_cmids (client_key);

INSERT INTO client_activation (run_id, client, client_key, cmids, activation_id, product, status,
    host, last_request, last_success, success_host, valid_until, renew_at, license_state,
    days_left, last_error, last_error_at, error_meaning)
SELECT p.run_id, COALESCE(cn.name, v.client_key), v.client_key, c.cmids, v.activation_id,
    pr.product, v.status, COALESCE(hn.name, v.host_key), v.last_request, v.last_success,
    COALESCE(sn.name, v.success_host_key), v.valid_until, v.renew_at, v.license_state,
    v.days_left, v.last_error, v.last_error_at,
    CASE WHEN v.last_error_at IS NULL THEN NULL
        WHEN v.last_error IS NULL THEN 'Not activated: the host refused the request or the response said not activated.'
        ELSE e.meaning END
FROM work_client_validity v
CROSS JOIN analysis_current p
LEFT JOIN machine_name cn ON cn.machine_key = v.client_key
LEFT JOIN machine_name hn ON hn.machine_key = v.host_key
LEFT JOIN machine_name sn ON sn.machine_key = v.success_host_key
LEFT JOIN work_client_cmids c ON c.client_key = v.client_key
LEFT JOIN product pr ON pr.activation_id = v.activation_id
LEFT JOIN error_code e ON e.code = v.last_error;
