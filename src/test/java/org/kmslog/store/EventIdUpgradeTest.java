package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.queryLong;
import static org.kmslog.testing.Fixtures.queryString;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Analyzer;
import org.kmslog.analyze.Finding;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.testing.Fixtures;

/**
 * A database kmslog wrote with schema version 1 (src/test/resources/store/v1-samples.mv.db, see the
 * README there) upgrades to version 2 with every event, and ends as a new import of the same
 * exports would.
 */
class EventIdUpgradeTest {
  private static final ReadSettings BERLIN =
      new ReadSettings(ZoneId.of("Europe/Berlin"), null, null);
  private static final List<String> TABLES =
      List.of("client_request", "client_response", "host_request", "dns_publish");
  private static final List<String> HOSTS = List.of("KMS01", "KMS02", "KMS03");

  @TempDir Path dir;

  @Test
  void theUpgradedFileIsCompacted() throws Exception {
    String location = version1();
    Database.open(location, false).close();
    long after = Files.size(dir.resolve("v1.mv.db"));
    // The same events imported into a new database and compacted: what is left of an upgrade once
    // the version-1 tables' pages are gone (later versions add indexes, so the file may be larger
    // than version 1's).
    freshImport().closeCompacting(0);
    long fresh = Files.size(dir.resolve("fresh.mv.db"));
    assertTrue(
        after < fresh * 5 / 4, "the old tables' pages are gone: " + after + " against " + fresh);
  }

  @Test
  void everyEventKeepsItsColumnsAndItsImport() throws Exception {
    try (Database upgraded = Database.open(version1(), false);
        Database fresh = freshImport()) {
      assertEquals(Database.latestSchemaVersion(), upgraded.schemaVersion());
      for (String table : TABLES) {
        assertEquals(rows(fresh.connection(), table), rows(upgraded.connection(), table), table);
      }
      assertEquals(1656, Fixtures.storedEvents(upgraded.connection()));
      assertEquals(
          0,
          queryLong(
              upgraded.connection(),
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE '%_V1'"),
          "the version-1 tables are gone");
    }
  }

  @Test
  void everyEventHasTheIdANewImportGivesIt() throws Exception {
    try (Database upgraded = Database.open(version1(), false);
        Database fresh = freshImport()) {
      for (String table : TABLES) {
        assertEquals(
            identities(fresh.connection(), table), identities(upgraded.connection(), table), table);
      }
    }
  }

  @Test
  void theSameEventsImportedAgainAreDuplicates() throws Exception {
    Path copies = Files.createDirectories(dir.resolve("copies"));
    for (Path folder : inputs()) {
      for (Path file : exports(folder)) {
        Path copy = copies.resolve(file.getFileName());
        byte[] bytes = Files.readAllBytes(file);
        // One more line break in the file's own encoding: a new hash, the same events.
        byte[] newline =
            switch (bytes[0]) {
              case (byte) 0xFF -> new byte[] {'\n', 0};
              case (byte) 0xFE -> new byte[] {0, '\n'};
              default -> new byte[] {'\n'};
            };
        Files.write(copy, bytes);
        Files.write(copy, newline, StandardOpenOption.APPEND);
      }
    }
    try (Database upgraded = Database.open(version1(), false)) {
      List<FileOutcome> outcomes =
          new Importer(upgraded, BERLIN).importAll(List.of(copies), o -> {});
      long stored = 0;
      long duplicates = 0;
      for (FileOutcome outcome : outcomes) {
        assertEquals(FileOutcome.Status.IMPORTED, outcome.status(), outcome.toString());
        stored += outcome.counts().stored();
        duplicates += outcome.counts().duplicates();
      }
      assertEquals(0, stored);
      assertEquals(1656 + 41, duplicates, "every stored event, and those stored twice in a file");
    }
  }

  @Test
  void theAnalysisIsTheOneOfANewImport() throws Exception {
    List<Finding> upgradedFindings;
    try (Database upgraded = Database.open(version1(), false)) {
      upgradedFindings = new Analyzer(upgraded).run(null, HOSTS).findings();
    }
    try (Database fresh = freshImport()) {
      assertEquals(new Analyzer(fresh).run(null, HOSTS).findings(), upgradedFindings);
    }
  }

  @Test
  void eventsDatedOutside2000To2099BecomeProblemsOfTheirImport() throws Exception {
    try (Database upgraded = Database.open(version1(), false)) {
      Connection c = upgraded.connection();
      String file = "path LIKE '%v1-inputs/KMS09_Key-Management-Service.xml'";
      assertEquals(
          "7 2 2026-11-03 08:00:05.75",
          queryString(
              c,
              "SELECT stored || ' ' || rejected || ' ' || newest_event FROM import_file WHERE "
                  + file),
          "stored, rejected and the newest event that stayed (2200-06-01 before)");
      List<String> problems = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT location, record_id, message FROM import_problem p JOIN import_file f"
                      + " ON f.id = p.import_id WHERE "
                      + file
                      + " ORDER BY message")) {
        while (rows.next()) {
          problems.add(rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3));
        }
      }
      String rest =
          ", outside 2000-2099: the clock of the computer that logged it, or the export, is"
              + " wrong; taken out of the analysis when the database was upgraded to schema"
              + " version 2";
      assertEquals(
          List.of(
              "null | null | event 12290 of KMS09.corp.example is dated 1601-01-01T00:00:00Z"
                  + rest,
              "null | null | event 12290 of KMS09.corp.example is dated 2200-06-01T00:00:00Z"
                  + rest),
          problems);
    }
  }

  @Test
  void anUpgradeCutShortIsBegunAgain() throws Exception {
    String location = version1();
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      // As a crash part-way through the copy leaves it: two tables set aside, one new table
      // half-filled, streams numbered.
      s.execute("ALTER TABLE client_request RENAME TO client_request_v1");
      s.execute("ALTER TABLE host_request RENAME TO host_request_v1");
      s.execute("CREATE TABLE host_request (id BIGINT PRIMARY KEY, key_check BIGINT)");
      s.execute("INSERT INTO host_request VALUES (1099511627777, NULL)");
      s.execute("CREATE TABLE event_stream (stream_no INT, stream_hash BIGINT)");
      s.execute("INSERT INTO event_stream VALUES (1, 42)");
    }
    try (Database upgraded = Database.open(location, false);
        Database fresh = freshImport()) {
      assertEquals(Database.latestSchemaVersion(), upgraded.schemaVersion());
      for (String table : TABLES) {
        assertEquals(
            identities(fresh.connection(), table), identities(upgraded.connection(), table), table);
      }
      assertEquals(
          0,
          queryLong(
              upgraded.connection(), "SELECT COUNT(*) FROM event_stream WHERE stream_hash = 42"));
    }
  }

  @Test
  void tablesLeftByAnUpgradeThatSetItsVersionAreDropped() throws Exception {
    String location = version1();
    Database.open(location, false).close();
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dns_publish_v1 (event_key BINARY(24))");
    }
    try (Database again = Database.open(location, false)) {
      assertEquals(
          0,
          queryLong(
              again.connection(),
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'DNS_PUBLISH_V1'"));
      assertEquals(1656, Fixtures.storedEvents(again.connection()));
    }
  }

  @Test
  void aDatabaseNoUpgradeCouldHaveLeftIsRefusedUnchanged() throws Exception {
    String location = version1();
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_request_v1 AS SELECT * FROM host_request");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(location, false));
    assertEquals(
        "database "
            + location
            + " says schema version 1, but its table host_request and host_request_v1 both hold"
            + " events of version 1; refused, nothing changed. Import your exports into a new"
            + " database",
        e.getMessage());
    try (Connection c = raw(location)) {
      assertEquals(1, queryLong(c, "SELECT version FROM kmslog_schema"));
      assertEquals(1151, queryLong(c, "SELECT COUNT(*) FROM host_request"));
      assertEquals(203, queryLong(c, "SELECT COUNT(*) FROM client_request"), "not renamed");
    }
  }

  @Test
  void eventsThatWouldBecomeOneStopTheUpgradeWithNothingLost() throws Exception {
    String location = version1();
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      // Version 1 keyed this event by the record id in its event_key; version 2 by the column.
      s.executeUpdate(
          "UPDATE host_request SET record_id = 1918 WHERE record_id = 1919"
              + " AND computer = 'KMS03.corp.example'");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(location, false));
    assertEquals(
        "database "
            + location
            + ": upgrading host_request to schema version 2 found events that version 1 told"
            + " apart and version 2 would store as one (was the database changed by hand?);"
            + " stopped with nothing lost: it stays at version 1, with the events in"
            + " host_request_v1. Import your exports into a new database",
        e.getMessage());
    try (Connection c = raw(location)) {
      assertEquals(1, queryLong(c, "SELECT version FROM kmslog_schema"));
      assertEquals(1151, queryLong(c, "SELECT COUNT(*) FROM host_request_v1"));
    }
  }

  @Test
  void theEventsOfAnImportACrashCutShortAreNotCarriedOver() throws Exception {
    String location = version1();
    String file = "path LIKE '%KMS03_Key-Management-Service.xml'";
    try (Connection c = raw(location);
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE import_file SET status = 'importing' WHERE " + file);
    }
    try (Database upgraded = Database.open(location, false)) {
      Connection c = upgraded.connection();
      assertEquals("failed", queryString(c, "SELECT status FROM import_file WHERE " + file));
      assertEquals(
          0,
          queryLong(c, "SELECT COUNT(*) FROM host_request WHERE computer = 'KMS03.corp.example'"));
      assertEquals(1656 - 100, Fixtures.storedEvents(c));
    }
  }

  /** A copy of the version-1 fixture; returns its location. */
  private String version1() throws Exception {
    Path db = dir.resolve("v1");
    Files.copy(
        Fixtures.resourceFolder("store").resolve("v1-samples.mv.db"), dir.resolve("v1.mv.db"));
    return db.toString();
  }

  /** The fixture's exports imported into a new database, in the order the fixture's were. */
  private Database freshImport() throws Exception {
    Database database = Database.open(dir.resolve("fresh").toString(), true);
    // The exports the version-1 database was made from: not the .evtx samples added since.
    List<Path> exports = new ArrayList<>();
    for (Path folder : inputs()) {
      exports.addAll(exports(folder));
    }
    new Importer(database, BERLIN).importAll(exports, o -> {});
    return database;
  }

  private static List<Path> inputs() {
    return List.of(Path.of("samples"), Fixtures.resourceFolder("store/v1-inputs"));
  }

  private static List<Path> exports(Path folder) throws java.io.IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().matches(".*\\.(xml|csv)$")).sorted().toList();
    }
  }

  private static Connection raw(String location) throws Exception {
    return DriverManager.getConnection("jdbc:h2:" + location, Database.USER, "");
  }

  /** Every row of a table but its id and key_check, in a fixed order. */
  private static List<String> rows(Connection c, String table) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData columns = r.getMetaData();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 3; i <= columns.getColumnCount(); i++) {
          row.append(columns.getColumnName(i)).append('=').append(r.getString(i)).append(' ');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  /**
   * Each event's identity (see sql/schema/v2.sql): its stream and record id, or for an event placed
   * in a block, the block and its key_check (which slot and level it got depends on the order the
   * block's events came in).
   */
  /**
   * Whether an event's id is its record id (its key_check is then the hash of its data, which
   * version 1 did not keep, so it is left out).
   */
  private static final String EXACT = "COALESCE(BITAND(t.id, 1099511627775) = t.record_id, FALSE)";

  private static List<String> identities(Connection c, String table) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT CASE WHEN "
                    + EXACT
                    + " THEN s.stream_hash END, CASE WHEN "
                    + EXACT
                    + " THEN BITAND(t.id, 1099511627775) ELSE BITAND(t.id, 1099511627775) / 256"
                    + " END, CASE WHEN NOT "
                    + EXACT
                    + " THEN t.key_check END, t.computer FROM "
                    + table
                    + " t JOIN event_stream s ON s.stream_no = t.id / 1099511627776")) {
      while (r.next()) {
        ids.add(r.getString(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getString(4));
      }
    }
    ids.sort(null);
    return ids;
  }
}
