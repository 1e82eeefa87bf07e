-- kmslog schema, version 4: an analysis reads only the window its findings can see (see
-- sql/analyzers/00-prepare.sql), and finds that window's events through an index on event time
-- instead of reading every event ever imported, and looks a client's events up before the window
-- by machine; prune finds the events it deletes the same way.
-- analysis_current.window_start is the window's start: events logged at or before it are not
-- analyzed. Database.java runs this script after the versions before it; on a database of
-- millions of events building the indexes takes a few seconds, once.
ALTER TABLE analysis_current ADD COLUMN IF NOT EXISTS window_start TIMESTAMP(9);
CREATE INDEX IF NOT EXISTS client_request_time ON client_request (time_utc);
CREATE INDEX IF NOT EXISTS client_response_time ON client_response (time_utc);
CREATE INDEX IF NOT EXISTS host_request_time ON host_request (time_utc);
CREATE INDEX IF NOT EXISTS dns_publish_time ON dns_publish (time_utc);
-- A client's events by time: what an analysis looks up before its window, client by client.
CREATE INDEX IF NOT EXISTS client_request_machine ON client_request (computer_key, time_utc);
CREATE INDEX IF NOT EXISTS client_response_machine ON client_response (computer_key, time_utc);
CREATE INDEX IF NOT EXISTS host_request_client ON host_request (client_key, time_utc);
-- A host's requests by time: its first request ever, one index seek.
CREATE INDEX IF NOT EXISTS host_request_host ON host_request (computer_key, time_utc);

UPDATE kmslog_schema SET version = 4;
