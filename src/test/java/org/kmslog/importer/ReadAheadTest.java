package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.queryLong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.HostRequestCsvExport;
import org.kmslog.testing.StoreRows;
import org.kmslog.testing.StoreUnderTest;

/**
 * An import of many files reads the small ones ahead of their turn on a thread of its own (bytes,
 * hash, format, events): it must store, count and report exactly what importing the same files one
 * at a time, each on its own, does, whatever the files are: every kind of export, copies of one
 * another, one listed twice, files that fail at every stage, and a big file among small ones.
 */
class ReadAheadTest {
  private static final ReadSettings UTC = new ReadSettings(ZoneOffset.UTC, null, null);

  /** Long before the import: a file time the ledger trusts on the next night. */
  private static final Instant LAST_NIGHT = Instant.now().minus(8, ChronoUnit.HOURS);

  @TempDir Path dir;

  @Test
  void aFolderReadAheadStoresAndReportsWhatItsFilesImportedOneByOneDo() throws Exception {
    Path in = folder();
    Path twice = in.resolve("PC-HR01_Application.csv");
    List<Path> paths = List.of(in, twice);
    Together a = together(dir.resolve("a"), paths);
    Together b = oneByOne(dir.resolve("b"), a.outcomes);
    assertEquals(String.join("\n", b.rows), String.join("\n", a.rows));
    assertEquals(summaries(b.outcomes), summaries(a.outcomes));

    List<String> summaries = summaries(a.outcomes);
    assertEquals(
        InputFiles.expand(paths, Set.of()).stream().map(e -> e.path().getFileName()).toList(),
        a.outcomes.stream().map(o -> o.file().getFileName()).toList(),
        "every file met, in order, one twice");
    assertTrue(summaries.size() > 25, summaries::toString);
    assertTrue(
        summaries.contains("big-hosts.csv IMPORTED 12000 stored 12000"), summaries::toString);
    assertTrue(summaries.contains("zz-copy-of-clients.xml UNCHANGED"), summaries::toString);
    assertTrue(summaries.contains("empty.csv FAILED"), summaries::toString);
    assertTrue(summaries.contains("events.json FAILED"), summaries::toString);
    assertTrue(summaries.contains("cut.xml FAILED"), summaries::toString);
    assertEquals(
        "PC-HR01_Application.csv UNCHANGED",
        summaries.get(summaries.size() - 1),
        "the file listed a second time is known by then");
    assertTrue(
        summaries.get(0).startsWith("BR-PC01_Application.csv IMPORTED"), summaries::toString);

    // The next night: the same folder again, met by size and time or by content, or failed before.
    Together aAgain = together(dir.resolve("a"), paths);
    Together bAgain = oneByOne(dir.resolve("b"), aAgain.outcomes);
    assertEquals(String.join("\n", bAgain.rows), String.join("\n", aAgain.rows));
    assertEquals(summaries(bAgain.outcomes), summaries(aAgain.outcomes));
    assertEquals(
        List.of(),
        summaries(aAgain.outcomes).stream()
            .filter(s -> !s.contains(" UNCHANGED") && !s.contains(" FAILED_BEFORE"))
            .toList(),
        "nothing is read again as new");
  }

  @Test
  void aFileListedTwiceIsStoredOnce() throws Exception {
    Path file = ClientRequestExport.write(dir.resolve("PC1_Application.xml"), 1, 30);
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("db")), true)) {
      List<FileOutcome> outcomes =
          new Importer(database, UTC).importAll(List.of(file, file, file), outcome -> {});
      assertEquals(
          List.of(
              "PC1_Application.xml IMPORTED 30 stored 30",
              "PC1_Application.xml UNCHANGED",
              "PC1_Application.xml UNCHANGED"),
          summaries(outcomes));
      Connection connection = database.connection();
      assertEquals(1, queryLong(connection, "SELECT COUNT(*) FROM import_file"));
      assertEquals(1, queryLong(connection, "SELECT COUNT(*) FROM import_seen"));
      assertEquals(30, queryLong(connection, "SELECT COUNT(*) FROM client_request"));
    }
  }

  @Test
  void aFailingFileListedTwiceFailsOnceAndStandsTheSecondTime() throws Exception {
    Path file = Files.writeString(dir.resolve("KMS01_events.json"), "[{\"Id\": 12290}]\n");
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("db")), true)) {
      List<FileOutcome> outcomes =
          new Importer(database, UTC).importAll(List.of(file, file), outcome -> {});
      assertEquals(
          List.of("KMS01_events.json FAILED", "KMS01_events.json FAILED_BEFORE"),
          summaries(outcomes));
      assertEquals(
          1, queryLong(database.connection(), "SELECT COUNT(*) FROM import_file"), "one failure");
    }
  }

  /**
   * The samples (CSV of both kinds, XML, .evtx; their Markdown files are left out of walks), with a
   * host export of more than a megabyte among them, a copy, an empty file, JSON and an XML export
   * cut off inside an event; every file's time set back.
   */
  private Path folder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Path sample : files(Path.of("samples"))) {
      Files.copy(sample, in.resolve(sample.getFileName().toString()));
    }
    Path big = HostRequestCsvExport.write(in.resolve("big-hosts.csv"), 1, 12_000, 3);
    assertTrue(Files.size(big) > Importer.SMALL_FILE_BYTES, "read as a big file");
    Path clients = ClientRequestExport.write(in.resolve("clients.xml"), 1, 40);
    Files.copy(clients, in.resolve("zz-copy-of-clients.xml"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(in.resolve("empty.csv"), "");
    Files.writeString(in.resolve("events.json"), "[{\"Id\": 12290}]\n");
    Path cut = ClientRequestExport.write(in.resolve("cut.xml"), 100, 200);
    String whole = Files.readString(cut);
    Files.writeString(cut, whole.substring(0, whole.length() - 200));
    for (Path file : files(in)) {
      Files.setLastModifiedTime(file, FileTime.from(LAST_NIGHT));
    }
    return in;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private record Together(List<FileOutcome> outcomes, List<String> rows) {}

  private static Together together(Path db, List<Path> paths) throws Exception {
    try (Database database = Database.open(StoreUnderTest.location(db), true)) {
      List<FileOutcome> outcomes = new Importer(database, UTC).importAll(paths, outcome -> {});
      return new Together(outcomes, rows(database.connection()));
    }
  }

  /** Each file the outcomes name, in their order, imported on its own in a session of its own. */
  private static Together oneByOne(Path db, List<FileOutcome> files) throws Exception {
    List<FileOutcome> outcomes = new ArrayList<>();
    for (FileOutcome file : files) {
      try (Database database = Database.open(StoreUnderTest.location(db), true)) {
        outcomes.add(new Importer(database, UTC).importFile(file.file()));
      }
    }
    try (Database database = Database.open(StoreUnderTest.location(db), false)) {
      return new Together(outcomes, rows(database.connection()));
    }
  }

  /** The rows an import writes, and the size and time the ledger keeps of each file it stored. */
  private static List<String> rows(Connection connection) throws SQLException {
    List<String> rows = new ArrayList<>(StoreRows.all(connection, Set.of()));
    try (Statement statement = connection.createStatement();
        ResultSet seen =
            statement.executeQuery(
                "SELECT s.path, s.size_bytes, s.modified_at, f.path FROM import_seen s"
                    + " JOIN import_file f ON f.id = s.import_id ORDER BY s.path")) {
      while (seen.next()) {
        rows.add(
            "import_seen "
                + seen.getString(1)
                + " "
                + seen.getLong(2)
                + " "
                + seen.getString(3)
                + " stored by "
                + seen.getString(4));
      }
    }
    return rows;
  }

  private static List<String> summaries(List<FileOutcome> outcomes) {
    return outcomes.stream()
        .map(
            outcome ->
                outcome.file().getFileName()
                    + " "
                    + outcome.status()
                    + (outcome.status() == FileOutcome.Status.IMPORTED
                        ? " "
                            + outcome.counts().kmsEvents()
                            + " stored "
                            + outcome.counts().stored()
                        : ""))
        .toList();
  }
}
