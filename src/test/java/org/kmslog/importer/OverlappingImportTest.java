package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.ClientRequestExport;

/**
 * Exports that overlap by thousands of events, so that batches of new events, of stored ones and of
 * both go through the store's two ways in (a plain insert, and an insert that checks first).
 */
class OverlappingImportTest {
  @TempDir Path dir;
  private Database database;
  private Importer importer;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dir.resolve("db").toString(), true);
    importer = new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aFileNamingMoreMachinesThanTheImportRemembersKeepsEveryNameAndKey() throws Exception {
    // Each event comes from its own machine: 12,000 names, more than the 10,000 whose keys one
    // import remembers, and a new event key stream for every event.
    FileOutcome outcome =
        importer.importFile(ClientRequestExport.write(file("many.xml"), 1, 12000));
    assertEquals(List.of(12000L, 0L), storedAndDuplicates(outcome));
    assertEquals(
        12001, queryLong(database.connection(), "SELECT COUNT(*) FROM machine_name"), "and KMS01");
    assertEquals(
        12000,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM machine_name n JOIN client_request r"
                + " ON n.machine_key = r.computer_key AND n.name = r.computer"
                + " WHERE r.computer_key = 'pc' || r.record_id"
                + " AND r.computer = 'PC' || r.record_id || '.corp.example'"
                + " AND r.kms_host_key = 'kms01'"));
    FileOutcome again = importer.importFile(ClientRequestExport.write(file("again.xml"), 1, 12001));
    assertEquals(List.of(1L, 12000L), storedAndDuplicates(again), "every key the same again");
  }

  @Test
  void eachEventIsStoredOnceHoweverTheExportsOverlap() throws Exception {
    FileOutcome first = importer.importFile(ClientRequestExport.write(file("a.xml"), 1, 2500));
    assertEquals(List.of(2500L, 0L), storedAndDuplicates(first));

    // All stored, then half and half, then all new.
    FileOutcome longer = importer.importFile(ClientRequestExport.write(file("b.xml"), 1, 4000));
    assertEquals(List.of(1500L, 2500L), storedAndDuplicates(longer));

    // New, then a batch of new and stored events together, then stored ones.
    Path mixed = ClientRequestExport.write(file("c.xml"), 4001, 5500);
    append(mixed, ClientRequestExport.write(file("part.xml"), 1, 3000));
    assertEquals(List.of(1500L, 3000L), storedAndDuplicates(importer.importFile(mixed)));

    // The same events twice in one file.
    Path twice = ClientRequestExport.write(file("d.xml"), 5501, 6000);
    append(twice, ClientRequestExport.write(file("again.xml"), 5501, 6000));
    assertEquals(List.of(500L, 500L), storedAndDuplicates(importer.importFile(twice)));

    assertEquals(6000, queryLong(database.connection(), "SELECT COUNT(*) FROM client_request"));
    assertEquals(
        6000,
        queryLong(database.connection(), "SELECT COUNT(DISTINCT computer) FROM client_request"));
    assertEquals(
        2500,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM client_request r JOIN import_file f ON f.id = r.import_id"
                + " WHERE f.path LIKE '%a.xml'"),
        "a stored event keeps the import that stored it first");
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  private static void append(Path file, Path more) throws Exception {
    Files.write(file, Files.readAllBytes(more), StandardOpenOption.APPEND);
  }

  private static List<Long> storedAndDuplicates(FileOutcome outcome) {
    assertEquals(Status.IMPORTED, outcome.status(), String.valueOf(outcome.error()));
    return List.of(outcome.counts().stored(), outcome.counts().duplicates());
  }
}
