package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.HostRequestCsvExport;
import org.kmslog.testing.StoreUnderTest;

/**
 * Many files imported in one session, whose statements stay prepared from one file to the next,
 * store and count exactly what the same files store and count when each is imported in a session of
 * its own: good files, overlapping ones, files with rejected events, and files that fail.
 */
class FilesInOneSessionTest {
  private static final ReadSettings UTC = new ReadSettings(ZoneOffset.UTC, null, null);
  private static final List<String> TABLES =
      List.of(
          "import_file",
          "client_request",
          "client_response",
          "host_request",
          "dns_publish",
          "import_problem",
          "machine_name",
          "event_stream");

  @TempDir Path dir;

  @Test
  void aFolderInOneSessionStoresWhatEachFileInASessionOfItsOwnStores() throws Exception {
    Path in = folder();
    List<FileOutcome> together;
    List<String> oneSession;
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("a")), true)) {
      together = new Importer(database, UTC).importAll(List.of(in), outcome -> {});
      oneSession = dump(database.connection());
    }
    List<String> sessionEach;
    for (FileOutcome outcome : together) {
      try (Database database = Database.open(StoreUnderTest.location(dir.resolve("b")), true)) {
        new Importer(database, UTC).importFile(outcome.file());
      }
    }
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("b")), false)) {
      sessionEach = dump(database.connection());
    }
    assertEquals(String.join("\n", sessionEach), String.join("\n", oneSession));
    assertEquals(
        List.of(
            "KMS09_hosts-again.csv IMPORTED 501 stored 501",
            "KMS09_hosts.csv IMPORTED 1500 stored 1199",
            "clients-overlap.xml IMPORTED 41 stored 41",
            "clients.xml IMPORTED 40 stored 19",
            "event-level-problems.xml IMPORTED 2 stored 2",
            "not-an-event-export.xml FAILED 0 stored 0",
            "powershell-rfc1123-times.csv FAILED 0 stored 0",
            "truncated-mid-event.xml FAILED 1 stored 0",
            "wevtutil-bare-crlf.xml IMPORTED 2 stored 0"),
        together.stream().map(FilesInOneSessionTest::summary).toList(),
        "what the comparison covers: files sorted by path, each storing what the ones before"
            + " did not");
  }

  private static String summary(FileOutcome outcome) {
    ImportCounts counts = outcome.counts();
    return outcome.file().getFileName()
        + " "
        + outcome.status()
        + " "
        + counts.kmsEvents()
        + " stored "
        + counts.stored();
  }

  /**
   * Hosts' CSV exports of more than a batch (so their imports commit part-way), overlapping; two
   * overlapping client exports; a file with rejected events among good ones; files that fail.
   */
  private Path folder() throws Exception {
    Path in =
        copy(
            dir.resolve("in"),
            "xml",
            "event-level-problems.xml",
            "not-an-event-export.xml",
            "truncated-mid-event.xml",
            "wevtutil-bare-crlf.xml");
    copy(in, "csv", "powershell-rfc1123-times.csv");
    HostRequestCsvExport.write(in.resolve("KMS09_hosts.csv"), 1, 1500, 3);
    HostRequestCsvExport.write(in.resolve("KMS09_hosts-again.csv"), 1200, 1700, 3);
    ClientRequestExport.write(in.resolve("clients.xml"), 1, 40);
    ClientRequestExport.write(in.resolve("clients-overlap.xml"), 20, 60);
    assertEquals(9, Files.list(in).count());
    return in;
  }

  /**
   * Every row of the tables an import writes, in id order, with the import a row belongs to named
   * by its file (ids of ledger rows are not compared: a failed file's may differ).
   */
  private static List<String> dump(Connection connection) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : TABLES) {
      String from =
          table.equals("import_file")
              ? "import_file t ORDER BY t.id"
              : List.of("machine_name", "event_stream").contains(table)
                  ? table + " t ORDER BY 1"
                  : table + " t JOIN import_file f ON f.id = t.import_id ORDER BY f.path, 1, 2";
      String file = table.equals("import_file") || !from.contains("JOIN") ? "" : "f.path, ";
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT " + file + "t.* FROM " + from)) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          StringBuilder row = new StringBuilder(table);
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (name.equals("import_id")
                || name.equals("started_at")
                || name.equals("duration_ms")
                || (table.equals("import_file") && name.equals("id"))
                || (table.equals("import_problem") && name.equals("id"))) {
              continue;
            }
            row.append(' ').append(name).append('=').append(result.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }
}
