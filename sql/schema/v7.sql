-- kmslog schema, version 7: an index on the event time of the host logs' requests, so that the
-- analysis reads its window (sql/analyzers/00-prepare.sql: work_host_window) and what lies
-- before it (work_before_pair) as ranges of host_request instead of scans of every request ever
-- imported. Database.java runs this script after the versions before it; on an existing
-- database it builds the index once (about 30 s for 5M events on a busy machine).
--
-- Version 4 had indexes on event time and dropped them: with them, a process killed mid-import
-- left H2 2.5.252's secondary-index trees broken, and the next open's recovery looped forever in
-- MVSecondaryIndex.remove. That no longer reads those trees: an open that finds an import cut
-- short rebuilds the database into a new file (store/Database.java, DatabaseCopy), whose indexes
-- are built afresh from the rows. kill-loop.sh and CrashRebuildTest show it with this index
-- (BENCHMARKS.md, "The nightly run": schema 7).
CREATE INDEX IF NOT EXISTS host_request_time ON host_request (time_utc);

UPDATE kmslog_schema SET version = 7;
