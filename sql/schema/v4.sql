-- kmslog schema, version 4: an analysis reads only the window its findings can see (see
-- sql/analyzers/00-prepare.sql); analysis_current.window_start is the window's start: events
-- logged at or before it are not analyzed. Database.java runs this script after the versions
-- before it.
ALTER TABLE analysis_current ADD COLUMN IF NOT EXISTS window_start TIMESTAMP(9);

-- The indexes on event time this version had while it was written (one on time_utc of each event
-- table, and by machine and time) are not created: with them, a process killed mid-import left
-- H2 2.5.252's secondary-index trees in a state where the next open's recovery looped forever in
-- MVSecondaryIndex.remove (1 kill in 4 in a loop of kills, against 0 in 40 without them). The
-- analysis reads the same window without them, by scanning the event tables.
-- Measured again once an open after a kill rebuilt the database into a new file (which guards
-- against that hang: 8 kills of 8 with no hang): an index on host_request (time_utc) alone cost
-- the nightly run at 5M events 1.28x the CPU, since the facts before the window then read 84% of
-- the table through it and each row by its key, and saved 6% at 1M; so it is still not created
-- (BENCHMARKS.md, "The nightly run", the subsection of 2026-12-02, last).
UPDATE kmslog_schema SET version = 4;
