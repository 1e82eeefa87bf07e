-- kmslog schema, version 5: the clients table of each analysis (sql/analyzers/85-clients.sql), what
-- kmslog clients and the reports' clients section show. Database.java runs this script after the
-- versions before it; analyses made before it have no clients rows.
--
-- One row per client machine and product (activation ID) it asked KMS to activate:
--   client, client_key   its name (the longest seen) and machine key (short name, lower case)
--   cmids                its CMIDs, comma-separated, in order
--   activation_id        the product's activation ID, NULL when no request named one
--   product              the product's name from sql/reference/products.sql, NULL for an unknown ID
--   status               active, expiring, failing or never (see 85-clients.sql)
--   host                 the host its newest request went to
--   last_request         its newest request (12288 or a host's 12290 of it)
--   last_success         its newest successful activation or renewal, NULL when none was seen
--   success_host         the host that activated it then
--   valid_until          when that activation runs out (180 days after it), NULL when never activated
--   renew_at             when it renews next (its last success plus its renewal interval)
--   license_state        the license state its newest request reported (0..6), or NULL
--   days_left            whole days of activation (or of grace) left at the reference time
--   last_error           the newest error since its last success, with when and what it means
CREATE TABLE IF NOT EXISTS client_activation (
  run_id BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
  client VARCHAR(255) NOT NULL,
  client_key VARCHAR(255) NOT NULL,
  cmids VARCHAR(4000),
  activation_id UUID,
  product VARCHAR(120),
  status VARCHAR(8) NOT NULL,
  host VARCHAR(255),
  last_request TIMESTAMP(9),
  last_success TIMESTAMP(9),
  success_host VARCHAR(255),
  valid_until TIMESTAMP(9),
  renew_at TIMESTAMP(9),
  license_state SMALLINT,
  days_left INT,
  last_error CHAR(10),
  last_error_at TIMESTAMP(9),
  error_meaning VARCHAR(400),
  CONSTRAINT client_activation_status CHECK (status IN ('active', 'expiring', 'failing', 'never'))
);
CREATE INDEX IF NOT EXISTS client_activation_run ON client_activation (run_id, client_key);

UPDATE kmslog_schema SET version = 5;
