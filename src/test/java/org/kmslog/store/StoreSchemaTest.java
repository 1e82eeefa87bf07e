package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.StoreUnderTest;

/** A store's schema on the store under test (H2, or PostgreSQL where PGHOST is set). */
class StoreSchemaTest {
  @TempDir Path dir;

  @Test
  void createsTheSchemaOnFirstUseAndOpensItAgain() throws Exception {
    String location = StoreUnderTest.location(dir);
    try (Database db = Database.open(location, true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    try (Database db = Database.open(location, false)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    assertEquals(Database.latestSchemaVersion(), rawVersion(location));
  }

  @Test
  void newerSchemaIsRefusedAndLeftAlone() throws Exception {
    String location = StoreUnderTest.location(dir);
    try (Database db = Database.open(location, true);
        Statement s = db.connection().createStatement()) {
      s.executeUpdate("UPDATE kmslog_schema SET version = 99");
      db.connection().commit();
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(location, true));
    assertEquals(
        "database "
            + location
            + " has schema version 99, newer than this kmslog understands (up to "
            + Database.latestSchemaVersion()
            + "); use a newer kmslog, or import your exports into a new database",
        e.getMessage());
    assertEquals(99, rawVersion(location));
  }

  /** The schema version as the store holds it, read past kmslog. */
  private static int rawVersion(String location) throws SQLException {
    try (Connection c =
            StoreUnderTest.onServer()
                ? DriverManager.getConnection(location, StoreUnderTest.login())
                : DriverManager.getConnection("jdbc:h2:" + location, "sa", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM kmslog_schema")) {
      r.next();
      return r.getInt(1);
    }
  }
}
