package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 4 (sql/schema/v4.sql) numbers findings and gives them a cause, takes the two
 * operational kinds, and keeps a run's wall-clock time and a failed file's absence: a version-3
 * database gets all of it and keeps its findings.
 */
class CauseSchemaUpgradeTest {
  @TempDir Path dir;

  @Test
  void aVersionThreeDatabaseGetsIdsCausesAndTheNewKindsAndKeepsItsFindings() throws Exception {
    String location = dir.resolve("kmslog").toString();
    try (Database db = Database.open(location, true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    // As version 3 left a database: none of version 4's columns, one analysis with one finding.
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX finding_id");
      s.execute("ALTER TABLE finding DROP COLUMN id");
      s.execute("ALTER TABLE finding DROP COLUMN cause_id");
      s.execute("ALTER TABLE finding DROP CONSTRAINT finding_kind");
      s.execute(
          "ALTER TABLE finding ADD CONSTRAINT finding_kind CHECK (kind IN ('UNREACHED_HOST',"
              + " 'DUPLICATE_CMID', 'BELOW_THRESHOLD', 'DNS_PUBLISH_FAILED', 'CLOCK_SKEW',"
              + " 'HOST_SILENT', 'UNEXPECTED_HOST', 'EXPIRING'))");
      s.execute("ALTER TABLE analysis_current DROP COLUMN stale_against");
      s.execute("ALTER TABLE analysis_run DROP COLUMN stale_against");
      s.execute("DROP INDEX import_file_path");
      s.execute("ALTER TABLE import_file DROP COLUMN absent_since");
      s.execute("ALTER TABLE import_file DROP COLUMN read_options");
      s.execute("UPDATE kmslog_schema SET version = 3");
      s.execute(
          "INSERT INTO analysis_run (id, as_of, started_at, status)"
              + " VALUES (1, TIMESTAMP '2026-10-30 00:00:00', TIMESTAMP '2026-10-30 01:00:00',"
              + " 'done')");
      s.execute(
          "INSERT INTO finding (run_id, kind, severity, count, days_left, detail, advice)"
              + " VALUES (1, 'EXPIRING', 'warning', 12, 3, 'PC1 runs out.', 'Renew it.')");
    }
    try (Database db = Database.open(location, false);
        Statement s = db.connection().createStatement()) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
      try (ResultSet row = s.executeQuery("SELECT kind, days_left, id, cause_id FROM finding")) {
        row.next();
        assertEquals("EXPIRING", row.getString(1));
        assertEquals(3, row.getInt(2));
        assertNotNull(row.getObject(3), "an existing finding gets an id");
        assertNull(row.getObject(4), "and no cause");
      }
      s.execute(
          "INSERT INTO finding (run_id, kind, severity, count, detail, advice)"
              + " VALUES (1, 'INPUT_REJECTED', 'warning', 1, 'a.xml is empty.', 'Export it.')");
      s.execute(
          "INSERT INTO finding (run_id, kind, severity, count, detail, advice)"
              + " VALUES (1, 'EXPORTS_STALE', 'warning', 3, 'KMS1 is quiet.', 'Look.')");
    }
  }

  private static Connection raw(String location) throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + location, Database.USER, "");
  }
}
