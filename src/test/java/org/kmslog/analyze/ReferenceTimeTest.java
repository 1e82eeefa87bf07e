package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kmslog.testing.Fixtures.copy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.KmslogUnderTest;
import org.kmslog.testing.StoreUnderTest;

/**
 * The default reference time of an analysis is the newest imported event. The ledger keeps each
 * file's newest event so that finding it does not scan millions of events; these tests hold the
 * ledger to the events actually stored, through imports, failures and prunes.
 */
class ReferenceTimeTest {
  private static final String ALL_EVENTS =
      "SELECT import_id, time_utc FROM client_request UNION ALL SELECT import_id, time_utc FROM"
          + " client_response UNION ALL SELECT import_id, time_utc FROM host_request UNION ALL"
          + " SELECT import_id, time_utc FROM dns_publish";

  @TempDir Path dir;

  private String db() {
    return StoreUnderTest.location(dir);
  }

  private static int kmslog(String... args) {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    return KmslogUnderTest.create(discard, discard).execute(args);
  }

  private void importFixtures(String... names) {
    Path in = copy(dir.resolve("in"), "xml", names);
    int failed = names[names.length - 1].startsWith("truncated") ? 2 : 0;
    assertEquals(failed, kmslog("import", "--db", db(), in.toString()));
  }

  @Test
  void eachFileRemembersItsNewestEventAndTheAnalysisStartsFromTheNewestOfAll() throws Exception {
    importFixtures("wevtutil-bare-crlf.xml", "wevtutil-named-root-time-variants.xml");
    try (Database database = Database.open(db(), false)) {
      Connection connection = database.connection();
      Map<String, LocalDateTime> ledger = ledger(connection);
      Map<String, LocalDateTime> stored = newestStoredPerFile(connection);
      assertEquals(2, ledger.size(), ledger.toString());
      assertEquals(stored, ledger, "the ledger's newest event per file is the newest stored");
      assertAnalysisStartsFromTheNewestStoredEvent(database);
    }
  }

  @Test
  void aFailedFileHasNoNewestEvent() throws Exception {
    importFixtures("wevtutil-bare-crlf.xml", "truncated-mid-event.xml");
    try (Database database = Database.open(db(), false)) {
      Map<String, LocalDateTime> ledger = ledger(database.connection());
      assertNull(ledger.get("truncated-mid-event.xml"), ledger.toString());
      assertAnalysisStartsFromTheNewestStoredEvent(database);
    }
  }

  @Test
  void pruneForgetsTheNewestEventOfTheFilesItEmptied() throws Exception {
    importFixtures("wevtutil-bare-crlf.xml", "wevtutil-named-root-time-variants.xml");
    LocalDateTime bareNewest;
    try (Database database = Database.open(db(), false)) {
      bareNewest = ledger(database.connection()).get("wevtutil-bare-crlf.xml");
    }
    String before = bareNewest.toLocalDate().plusDays(1).toString();
    // --force: the day is well within the 180 days before the newest event, which prune keeps.
    assertEquals(0, kmslog("prune", "--db", db(), "--before", before, "--force"));
    try (Database database = Database.open(db(), false)) {
      Connection connection = database.connection();
      Map<String, LocalDateTime> ledger = ledger(connection);
      for (Map.Entry<String, LocalDateTime> file : ledger.entrySet()) {
        LocalDateTime newest = file.getValue();
        if (newest != null && newest.isBefore(LocalDateTime.parse(before + "T00:00"))) {
          throw new AssertionError(file.getKey() + " keeps a pruned newest event " + newest);
        }
      }
      assertNull(ledger.get("wevtutil-bare-crlf.xml"), "all its events were pruned");
      assertAnalysisStartsFromTheNewestStoredEvent(database);
    }
  }

  @Test
  void withoutANewestEventInTheLedgerTheEventsThemselvesAreRead() throws Exception {
    importFixtures("wevtutil-bare-crlf.xml", "wevtutil-named-root-time-variants.xml");
    try (Database database = Database.open(db(), false)) {
      Connection connection = database.connection();
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("UPDATE import_file SET newest_event = NULL");
      }
      connection.commit();
      assertAnalysisStartsFromTheNewestStoredEvent(database);
    }
  }

  private static void assertAnalysisStartsFromTheNewestStoredEvent(Database database)
      throws Exception {
    LocalDateTime newest;
    try (PreparedStatement query =
            database
                .connection()
                .prepareStatement("SELECT MAX(time_utc) FROM (" + ALL_EVENTS + ") e");
        ResultSet row = query.executeQuery()) {
      row.next();
      newest = row.getObject(1, LocalDateTime.class);
    }
    assertEquals(newest, new Analyzer(database).run(null, List.of()).asOf());
  }

  /** Each file's name and the newest event the ledger has for it. */
  private static Map<String, LocalDateTime> ledger(Connection connection) throws SQLException {
    return perFile(connection, "SELECT path, newest_event FROM import_file ORDER BY id");
  }

  /** Each file's name and the newest of the events stored under it. */
  private static Map<String, LocalDateTime> newestStoredPerFile(Connection connection)
      throws SQLException {
    return perFile(
        connection,
        "SELECT f.path, MAX(e.time_utc) FROM import_file f JOIN ("
            + ALL_EVENTS
            + ") e ON e.import_id = f.id GROUP BY f.id, f.path ORDER BY f.id");
  }

  private static Map<String, LocalDateTime> perFile(Connection connection, String sql)
      throws SQLException {
    Map<String, LocalDateTime> files = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        files.put(
            Path.of(rows.getString(1)).getFileName().toString(),
            rows.getObject(2, LocalDateTime.class));
      }
    }
    return files;
  }
}
