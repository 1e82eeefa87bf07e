package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only an H2 file has: its name and suffix, its URL, H2's tools, its compaction. What every
 * store does with its schema is in StoreSchemaTest, on both stores.
 */
class DatabaseTest {
  @TempDir Path dir;

  @Test
  void createsTheSchemaOnFirstUse() throws Exception {
    Path location = dir.resolve("kmslog");
    try (Database db = Database.open(location.toString(), true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
      assertTrue(Database.latestSchemaVersion() >= 1);
    }
    assertTrue(Files.exists(dir.resolve("kmslog.mv.db")));
    try (Database db = Database.open(location.toString(), false)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
  }

  @Test
  void acceptsTheFileNameWithItsSuffix() throws Exception {
    try (Database db = Database.open(dir.resolve("k").toString(), true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    try (Database db = Database.open(dir.resolve("k.mv.db").toString(), false)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
  }

  @Test
  void acceptsAJdbcUrl() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("viaurl").toAbsolutePath();
    try (Database db = Database.open(url, true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    assertTrue(Files.exists(dir.resolve("viaurl.mv.db")));
  }

  @Test
  void relativePathsAreMadeExplicitForH2() {
    String url = Database.url("data/kmslog", true);
    assertEquals(
        "jdbc:h2:file:"
            + Path.of("data/kmslog").toAbsolutePath().normalize()
            + ";TRACE_LEVEL_FILE=0",
        url);
    assertTrue(Database.url("x", false).endsWith(";IFEXISTS=TRUE"));
  }

  @Test
  void missingDatabaseIsNotCreatedWhenReading() {
    String location = dir.resolve("absent").toString();
    StoreException e = assertThrows(StoreException.class, () -> Database.open(location, false));
    assertEquals(
        "database " + location + ": no database there yet; import some exports first",
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("absent.mv.db")));
  }

  @Test
  void foreignDatabaseIsRefused() throws Exception {
    String location = dir.resolve("other").toString();
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + location, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INT)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(location, true));
    assertEquals(
        "database " + location + " holds tables but is not a kmslog database; refused",
        e.getMessage());
  }

  @Test
  void h2ToolsCanOpenItWithTheirDefaults() throws Exception {
    String location = dir.resolve("shell").toString();
    try (Database db = Database.open(location, true)) {
      assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + location, "sa", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM import_file")) {
      assertTrue(r.next());
      assertEquals(0, r.getInt(1));
    }
  }

  @Test
  void compactsABloatedFileOnCloseButNotASmallOrDenseOne() throws Exception {
    String location = dir.resolve("bloat").toString();
    // H2 compacts for up to MAX_COMPACT_TIME (200 ms) when it closes a database; a fast machine
    // gets through this whole small file in that time. Close it without, to leave the bloat.
    Database db = Database.open(Database.url(location, true) + ";MAX_COMPACT_TIME=0", true);
    try (Statement s = db.connection().createStatement()) {
      // Rewrite the same rows many times: old page versions pile up in the file.
      s.execute("CREATE TABLE scratch (id INT PRIMARY KEY, filler VARCHAR(2000))");
      for (int round = 0; round < 20; round++) {
        s.execute("DELETE FROM scratch");
        s.execute("INSERT INTO scratch SELECT x, REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 2000)");
        db.connection().commit();
      }
    }
    assertFalse(db.closeCompacting(Long.MAX_VALUE), "too small to be worth it");
    long before = Files.size(dir.resolve("bloat.mv.db"));
    Database again = Database.open(location, true);
    assertTrue(again.closeCompacting(0), "fill rate is low after the rewrites");
    long after = Files.size(dir.resolve("bloat.mv.db"));
    assertTrue(after < before / 2, "compacted from " + before + " to " + after + " bytes");
    try (Database check = Database.open(location, false)) {
      assertEquals(Database.latestSchemaVersion(), check.schemaVersion());
    }
  }
}
