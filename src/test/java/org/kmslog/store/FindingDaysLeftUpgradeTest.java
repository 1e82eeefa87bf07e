package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 3 (sql/schema/v3.sql) adds finding.days_left: a version-2 database gets the column
 * when it is opened and keeps the findings it holds.
 */
class FindingDaysLeftUpgradeTest {
  @TempDir Path dir;

  @Test
  void aVersionTwoDatabaseGetsTheColumnAndKeepsItsFindings() throws Exception {
    String location = dir.resolve("kmslog").toString();
    try (Database db = Database.open(location, true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    // As version 2 left a database: no days_left, one analysis with one finding.
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE finding DROP COLUMN days_left");
      s.execute("UPDATE kmslog_schema SET version = 2");
      s.execute(
          "INSERT INTO analysis_run (id, as_of, started_at, status)"
              + " VALUES (1, TIMESTAMP '2026-10-30 00:00:00', TIMESTAMP '2026-10-30 01:00:00',"
              + " 'done')");
      s.execute(
          "INSERT INTO finding (run_id, kind, severity, count, detail, advice)"
              + " VALUES (1, 'EXPIRING', 'warning', 12, 'PC1 runs out.', 'Renew it.')");
    }
    try (Database db = Database.open(location, false);
        Statement s = db.connection().createStatement();
        ResultSet row = s.executeQuery("SELECT kind, count, days_left FROM finding")) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
      row.next();
      assertEquals("EXPIRING", row.getString(1));
      assertEquals(12, row.getLong(2));
      assertNull(row.getObject(3), "a finding of version 2 has no days left");
    }
  }

  private static Connection raw(String location) throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + location, Database.USER, "");
  }
}
