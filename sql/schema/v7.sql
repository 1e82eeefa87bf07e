-- kmslog schema, version 7: files met again are known by their path, size and modification time,
-- as rsync and git know them, so that a nightly import of a folder of years of exports reads only
-- what is new instead of hashing every byte of it again. Database.java runs this script after the
-- versions before it; a database of an older version learns its files' times as imports meet them
-- (the first import after the upgrade hashes each file once more, as before).
--
-- One row per path whose content is stored (imported there, or a copy of a file imported
-- elsewhere):
--   path         the path as the import met it (import_file.path's form)
--   size_bytes   its size then
--   modified_at  its last-modified time then, to the microsecond
--   checked_at   when its size and time were read, before its content: a file is taken as
--                unchanged by them only when they were read at least 2 s after it was last
--                modified (store/ImportLedger.java), since a file written again within the same
--                tick of a coarse clock (FAT's 2 s, a share's 1 s) keeps its time
--   import_id    the import_file row of the import that stored this content
CREATE TABLE IF NOT EXISTS import_seen (
  path VARCHAR(4096) NOT NULL PRIMARY KEY,
  size_bytes BIGINT NOT NULL,
  modified_at TIMESTAMP(6) NOT NULL,
  checked_at TIMESTAMP(3) NOT NULL,
  import_id BIGINT NOT NULL
);

UPDATE kmslog_schema SET version = 7;
