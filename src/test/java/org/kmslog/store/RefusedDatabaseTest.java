package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Analyzer;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.testing.Fixtures;

/** A database kmslog refuses is left byte for byte as it was: it is looked at read-only first. */
class RefusedDatabaseTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("kmslog").toString();
  }

  private Path file() {
    return dir.resolve("kmslog.mv.db");
  }

  /** Runs SQL on the database as another application would, with its own user and password. */
  private void asAnotherApplication(String password, String... sql) throws Exception {
    String url = Database.url(db(), true);
    try (Connection c = DriverManager.getConnection(url, Database.USER, password);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  private String refusal() throws Exception {
    byte[] before = Files.readAllBytes(file());
    StoreException e = assertThrows(StoreException.class, () -> Database.open(db(), true).close());
    assertArrayEquals(before, Files.readAllBytes(file()), "the refused file is untouched");
    return e.getMessage();
  }

  @Test
  void anotherApplicationsTablesInAnotherSchemaAreRefused() throws Exception {
    asAnotherApplication(
        "",
        "CREATE SCHEMA crm",
        "CREATE TABLE crm.customer (id INT)",
        "INSERT INTO crm.customer VALUES (1)");
    assertEquals(
        "database " + db() + " holds tables but is not a kmslog database; refused", refusal());
  }

  @Test
  void tablesAnAdminAddedToAKmslogDatabaseAreTheirs() throws Exception {
    Database.open(db(), true).close();
    asAnotherApplication("", "CREATE SCHEMA reports", "CREATE TABLE reports.weekly (id INT)");
    Database.open(db(), false).close();
  }

  @Test
  void aNewerSchemaIsRefused() throws Exception {
    Database.open(db(), true).close();
    asAnotherApplication("", "UPDATE kmslog_schema SET version = 99");
    assertEquals(
        "database "
            + db()
            + " has schema version 99, newer than this kmslog understands (up to "
            + Database.latestSchemaVersion()
            + "); use a newer kmslog, or import your exports into a new database",
        refusal());
  }

  @Test
  void aDatabaseWithAnotherPasswordIsRefused() throws Exception {
    asAnotherApplication("secret", "CREATE TABLE t (id INT)");
    assertEquals(
        "database "
            + db()
            + ": it is protected by a password (another application's database?); refused",
        refusal());
  }

  @Test
  void aDatabaseKmslogMadeAndAnalyzedIsItsOwn() throws Exception {
    Path in = Fixtures.copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    try (Database database = Database.open(db(), true)) {
      new Importer(database, new ReadSettings(java.time.ZoneOffset.UTC, null, null))
          .importAll(List.of(in), o -> {});
      new Analyzer(database).run(null, List.of());
    }
    Database.open(db(), false).close();
  }
}
