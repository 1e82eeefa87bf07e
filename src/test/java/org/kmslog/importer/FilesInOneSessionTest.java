package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;
import static org.kmslog.testing.Fixtures.queryString;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.HostRequestCsvExport;
import org.kmslog.testing.StoreRows;
import org.kmslog.testing.StoreUnderTest;

/**
 * Many files imported in one session, whose statements stay prepared from one file to the next,
 * store and count exactly what the same files store and count when each is imported in a session of
 * its own: good files, overlapping ones, files with rejected events, and files that fail.
 */
class FilesInOneSessionTest {
  private static final ReadSettings UTC = new ReadSettings(ZoneOffset.UTC, null, null);
  @TempDir Path dir;

  @Test
  void aFolderInOneSessionStoresWhatEachFileInASessionOfItsOwnStores() throws Exception {
    Path in = folder();
    List<FileOutcome> together;
    List<String> oneSession;
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("a")), true)) {
      together = new Importer(database, UTC).importAll(List.of(in), outcome -> {});
      oneSession = StoreRows.all(database.connection(), Set.of());
    }
    List<String> sessionEach;
    for (FileOutcome outcome : together) {
      try (Database database = Database.open(StoreUnderTest.location(dir.resolve("b")), true)) {
        new Importer(database, UTC).importFile(outcome.file());
      }
    }
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("b")), false)) {
      sessionEach = StoreRows.all(database.connection(), Set.of());
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

  @Test
  void aFileThatFailsAfterItsFirstBatchLeavesNothingAndTheFilesAroundItStay() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    ClientRequestExport.write(in.resolve("1-before.xml"), 1, 30);
    Path cut = ClientRequestExport.write(in.resolve("2-cut.xml"), 100, 2600);
    String whole = Files.readString(cut);
    Files.writeString(cut, whole.substring(0, whole.length() - 200));
    ClientRequestExport.write(in.resolve("3-after.xml"), 5000, 5020);
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("a")), true)) {
      List<FileOutcome> outcomes = new Importer(database, UTC).importAll(List.of(in), f -> {});
      assertEquals(
          List.of(
              "1-before.xml IMPORTED 30 stored 30",
              "2-cut.xml FAILED 2500 stored 0",
              "3-after.xml IMPORTED 21 stored 21"),
          outcomes.stream().map(FilesInOneSessionTest::summary).toList());
      assertEquals(51, queryLong(database.connection(), "SELECT COUNT(*) FROM client_request"));
      assertEquals(
          "failed",
          queryString(
              database.connection(), "SELECT status FROM import_file WHERE path LIKE '%2-cut.xml'"),
          "its first two batches were committed on the way, then deleted");
    }
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
}
