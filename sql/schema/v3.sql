-- kmslog schema, version 3: a finding says how many days of activation its client has left
-- (days_left, NULL where days left mean nothing, such as a host's finding), so that count keeps
-- counting things (attempts, machines, failures, requests) for every kind. Database.java runs this
-- script after the versions before it; existing findings keep NULL.
ALTER TABLE finding ADD COLUMN days_left INT;

UPDATE kmslog_schema SET version = 3;
