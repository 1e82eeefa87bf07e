package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;

/** Real .evtx files through the real importer into a real database. */
class EvtxImportTest {
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
  void importsAnEvtxFileLikeAnyOtherExport() throws Exception {
    Path in = copy(dir.resolve("in"), "evtx", "Application_no_crc32.evtx");
    List<FileOutcome> outcomes = importer.importAll(List.of(in), outcome -> {});
    FileOutcome outcome = outcomes.get(0);
    assertEquals(Status.IMPORTED, outcome.status(), outcome.error());
    assertEquals("EVTX", outcome.format());
    assertEquals("binary", outcome.encoding());
    assertEquals(
        "EVTX 3.2, 1 chunk, header checksum does not match, invalid header flags 0x4",
        outcome.notes().layout());
    // Its SPP events are not KMS events: all 17 are read and skipped.
    assertEquals(new ImportCounts(17, 0, 0, 0, 17, 0), outcome.counts());
    assertEquals(
        1,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM import_file WHERE status = 'imported' AND format = 'EVTX'"));
  }

  @Test
  void aDamagedEvtxFileWithoutKmsEventsFailsAndNamesItsDamage() throws Exception {
    Path in = copy(dir.resolve("in"), "evtx", "sample_with_a_bad_chunk_magic.evtx");
    FileOutcome outcome = importer.importAll(List.of(in), o -> {}).get(0);
    // Its damage counts as rejected events, and it has no KMS event to use: as for an XML file
    // whose every candidate event is rejected, it is not marked imported and is read again.
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(
        in.resolve("sample_with_a_bad_chunk_magic.evtx")
            + ": no event could be used (6 rejected, 269 not KMS); nothing is stored and the file"
            + " is not marked imported; the first rejected (chunk 0 at byte 4096): the checksum of"
            + " its records does not match: some of its events may hold damaged values",
        outcome.error());
  }
}
