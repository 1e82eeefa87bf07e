-- CLOCK_SKEW: a client whose clock is more than 4 hours off its KMS host's, which makes hosts
-- refuse it with 0xC004F06C.
--
-- Evidence: each 12290 carries the client's own time of the request, so client time minus the
-- host's event time, less the base the host writes client times in (work_host_base, see
-- 00-prepare.sql), is the client's offset (minute resolution); and 0xC004F06C results in 12290
-- and 12289. A client is reported when its newest piece of evidence shows the skew (a clock put
-- right since is not); a host's measurement outweighs the client's own log, whose times are in the
-- client's own (possibly wrong) clock, so the newest 12290 decides when any host logged the
-- client, else the newest 12289. But a 12289 of an answer that accepted the client's clock (it
-- activated the client, or refused it for another reason) logged more than ten minutes after the
-- newest 12290, plus the skew a host measured when the client runs ahead (its own events carry its
-- clock, so the 12289 of the newest request itself is logged that much later), is a later answer,
-- from a host whose log was not imported: the clock was put right by then, and the client is not
-- reported. One refused request shows up on both sides (the host's 12290 and the client's 12289),
-- so each side is counted on its own and the larger count is reported. The offset reported is the
-- largest seen.
-- Output: one finding per client (and, below, one per host whose own clock is off): host = the
-- host of the newest skewed request, code = 0xC004F06C when seen, count = skewed or refused
-- requests.

INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
WITH host_side AS (
    SELECT client_key, MAX(last_at) AS newest, MAX(last_skewed) AS newest_skewed,
        MIN(first_skewed) AS first_skewed, SUM(skewed) AS skewed, SUM(skew_refused) AS refused,
        MAX(max_offset) AS max_offset, MIN(min_offset) AS min_offset
    FROM work_pair GROUP BY client_key
), client_side AS (
    SELECT client_key, MAX(time_utc) AS newest,
        MAX(CASE WHEN hresult = '0xC004F06C' THEN time_utc END) AS newest_skewed,
        MIN(CASE WHEN hresult = '0xC004F06C' THEN time_utc END) AS first_skewed,
        SUM(CASE WHEN hresult = '0xC004F06C' THEN 1 ELSE 0 END) AS refused,
        MAX(CASE WHEN activated
            OR hresult IN ('0x00000000', '0xC004F038', '0xC004F041', '0xC004F042')
            THEN time_utc END) AS newest_accepted,
        MAX(target_key) AS target_key
    FROM work_response GROUP BY client_key
), clients AS (
    SELECT client_key FROM host_side UNION SELECT client_key FROM client_side
), judged AS (
    SELECT k.client_key,
        CASE WHEN c.newest_accepted
                > DATEADD('MINUTE', 10 + GREATEST(COALESCE(h.max_offset, 0), 0), h.newest)
            THEN FALSE
            WHEN h.newest IS NOT NULL THEN h.newest_skewed = h.newest
            ELSE c.newest_skewed = c.newest END AS skewed_now,
        LEAST(COALESCE(h.first_skewed, c.first_skewed), COALESCE(c.first_skewed, h.first_skewed))
            AS first_at,
        GREATEST(COALESCE(h.newest_skewed, c.newest_skewed),
            COALESCE(c.newest_skewed, h.newest_skewed)) AS last_at,
        h.newest_skewed AS host_newest_skewed,
        GREATEST(COALESCE(h.skewed, 0), COALESCE(c.refused, 0)) AS events,
        GREATEST(COALESCE(h.refused, 0), COALESCE(c.refused, 0)) AS refused,
        CASE WHEN ABS(COALESCE(h.min_offset, 0)) > ABS(COALESCE(h.max_offset, 0))
            THEN h.min_offset ELSE h.max_offset END AS offset_min,
        c.target_key
    FROM clients k
    LEFT JOIN host_side h ON h.client_key = k.client_key
    LEFT JOIN client_side c ON c.client_key = k.client_key
), skewed AS (
    SELECT j.*,
        COALESCE(
            (SELECT MIN(pr.host_key) FROM work_pair pr
                WHERE pr.client_key = j.client_key AND pr.last_skewed = j.host_newest_skewed),
            j.target_key) AS host_key
    FROM judged j
    WHERE j.skewed_now
)
SELECT p.run_id, 'CLOCK_SKEW', 'error', hn.name, n.name, NULL,
    CASE WHEN s.refused > 0 THEN '0xC004F06C' END, s.first_at, s.last_at, s.events,
    CASE WHEN s.offset_min IS NULL
        THEN n.name || ' had ' || s.refused
            || CASE WHEN s.refused = 1 THEN ' request' ELSE ' requests' END
            || ' refused with 0xC004F06C: its time is more than 4 hours off its KMS host''s.'
        ELSE n.name || '''s clock is ' || (ABS(s.offset_min) / 60) || ' h '
            || MOD(ABS(s.offset_min), 60) || ' min '
            || CASE WHEN s.offset_min > 0 THEN 'ahead of' ELSE 'behind' END
            || ' its KMS host''s: the requests ' || COALESCE(hn.name, 'its host')
            || ' logged carry client times that far off, the newest logged at '
            || FORMATDATETIME(s.host_newest_skewed, 'yyyy-MM-dd HH:mm') || ' UTC'
            || CASE WHEN hb.host_key IS NULL THEN ''
                ELSE ' (measured against the time base ' || COALESCE(hn.name, 'the host')
                    || ' writes client times in, '
                    || CASE WHEN hb.base = 0 THEN 'UTC'
                        ELSE 'UTC' || CASE WHEN hb.base > 0 THEN '+' ELSE '-' END
                            || (ABS(hb.base) / 60)
                            || CASE WHEN MOD(ABS(hb.base), 60) = 0 THEN ''
                                ELSE ':' || LPAD(CAST(MOD(ABS(hb.base), 60) AS VARCHAR), 2, '0')
                                END
                        END
                    || ', learned from '
                    || hb.weight
                    || CASE WHEN hb.learned_from = 'votes' AND hb.weight = 1
                            THEN ' request also in its client''s own log'
                        WHEN hb.learned_from = 'votes'
                            THEN ' requests also in its clients'' own logs'
                        WHEN hb.weight = 1 THEN ' client-day of its requests'
                        ELSE ' client-days of its requests' END
                    || ')'
                END
            || CASE WHEN s.refused > 0
                THEN '; ' || s.refused
                    || CASE WHEN s.refused = 1 THEN ' request was' ELSE ' requests were' END
                    || ' refused with 0xC004F06C.'
                ELSE '.' END
        END,
    'Put the client''s clock right and fix its time source: w32tm /query /status, then'
    || ' w32tm /config /syncfromflags:domhier /update and w32tm /resync (domain members follow'
    || ' the PDC emulator); check its time zone too. Then activate with slmgr /ato. KMS refuses'
    || ' clients more than 4 hours off.'
FROM skewed s
CROSS JOIN analysis_current p
JOIN machine_name n ON n.machine_key = s.client_key
LEFT JOIN machine_name hn ON hn.machine_key = s.host_key
LEFT JOIN work_host_base hb ON hb.host_key = s.host_key;

-- A KMS host whose own clock is off (work_host_clock_off, 00-prepare.sql: the clients that show
-- it). One finding for the host (client empty), with advice to put the host's clock right first;
-- 95-causes.sql makes it the cause of those clients' own CLOCK_SKEW findings above.
-- Output: one finding per host: code 0xC004F06C when it refused any of those clients, first_seen
-- and last_seen their skewed requests', count = those requests.
INSERT INTO finding (run_id, kind, severity, host, client, cmid, code, first_seen, last_seen,
    count, detail, advice)
SELECT p.run_id, 'CLOCK_SKEW', 'error', hn.name, NULL, NULL,
    CASE WHEN o.refused > 0 THEN '0xC004F06C' END, o.first_at, o.last_at, o.skewed,
    hn.name || '''s own clock is about ' || (ABS(o.mid) / 60) || ' h ' || MOD(ABS(o.mid), 60)
        || ' min ' || CASE WHEN o.mid > 0 THEN 'behind' ELSE 'ahead' END || ': '
        || CASE WHEN o.among_last = o.last_clients THEN 'all ' || o.last_clients
            ELSE o.among_last || ' of the ' || o.last_clients END
        || ' clients it logged last, up to its newest request ('
        || FORMATDATETIME(o.newest, 'yyyy-MM-dd HH:mm') || ' UTC by its clock), carry clocks '
        || CASE WHEN o.hi - o.lo <= 1
            THEN (ABS(o.mid) / 60) || ' h ' || MOD(ABS(o.mid), 60) || ' min'
            ELSE (LEAST(ABS(o.lo), ABS(o.hi)) / 60) || ' h '
                || MOD(LEAST(ABS(o.lo), ABS(o.hi)), 60) || ' min to '
                || (GREATEST(ABS(o.lo), ABS(o.hi)) / 60) || ' h '
                || MOD(GREATEST(ABS(o.lo), ABS(o.hi)), 60) || ' min' END
        || ' ' || CASE WHEN o.mid > 0 THEN 'ahead of' ELSE 'behind' END || ' its own'
        || CASE WHEN o.clients > o.among_last
            THEN ' (' || o.clients || ' of its clients are off it by as much now)' ELSE '' END
        || CASE WHEN o.refused > 0
            THEN ', and it refused ' || o.refused
                || CASE WHEN o.refused = 1 THEN ' request' ELSE ' requests' END
                || ' of theirs with 0xC004F06C'
            ELSE '' END
        || '. Many clients off one host by the same amount point at the host''s clock (or at a'
        || ' time source only those clients share), not at each client''s.',
    'Check the host''s time before the clients'': on ' || hn.name || ' run w32tm /query /status'
    || ' and w32tm /stripchart /computer:<a domain controller> /samples:3, then w32tm /resync;'
    || ' a virtual machine can take a wrong time from its hypervisor (check its time'
    || ' synchronization integration service). The refused clients activate at their next'
    || ' attempt (within 2 hours), or at once with slmgr /ato.'
FROM (
    -- One row per host: its clients that show it (a client's CMIDs join once each, which MIN,
    -- MAX and the DISTINCT count do not mind), their offsets and their requests.
    SELECT o.host_key, COUNT(DISTINCT o.client_key) AS clients, MIN(o.offset_min) AS lo,
        MAX(o.offset_min) AS hi, (MIN(o.offset_min) + MAX(o.offset_min)) / 2 AS mid,
        MAX(o.among_last) AS among_last, MAX(o.last_clients) AS last_clients,
        SUM(pr.skewed) AS skewed, SUM(pr.skew_refused) AS refused,
        MIN(pr.first_skewed) AS first_at, MAX(pr.last_skewed) AS last_at,
        (SELECT MAX(n.last_at) FROM work_pair n WHERE n.host_key = o.host_key) AS newest
    FROM work_host_clock_off o
    JOIN work_pair pr ON pr.host_key = o.host_key AND pr.client_key = o.client_key
    GROUP BY o.host_key) AS o
CROSS JOIN analysis_current p
JOIN machine_name hn ON hn.machine_key = o.host_key;
