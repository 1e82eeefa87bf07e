package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
  void aDamagedEvtxFileWithoutKmsEventsIsImportedWithItsDamageAsWarnings() throws Exception {
    Path in = copy(dir.resolve("in"), "evtx", "sample_with_a_bad_chunk_magic.evtx");
    Path file = in.resolve("sample_with_a_bad_chunk_magic.evtx");
    List<String> warnings = new ArrayList<>();
    FileOutcome outcome = importer.importAll(List.of(in), listener(warnings)).get(0);
    // Nothing KMS was rejected: its damaged chunks and record are warnings, its 269 intact
    // events are read (none of them KMS), and the file is imported, not failed.
    assertEquals(Status.IMPORTED, outcome.status(), outcome.error());
    assertEquals(new ImportCounts(269, 0, 0, 0, 269, 0), outcome.counts());
    assertEquals(List.of(), outcome.problems());
    assertEquals(
        List.of(
            file
                + " (chunk 0 at byte 4096): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file + " (chunk 0, byte 12224): event 0 without TimeCreated SystemTime; skipped",
            file
                + " (chunk 6 at byte 397312): not a chunk of events (its signature ElfChnk is"
                + " damaged); its events are lost",
            file
                + " (chunk 7 at byte 462848): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file
                + " (chunk 9 at byte 593920): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file + ": 1 more damaged part skipped; see the table import_problem"),
        warnings);
    assertEquals(
        6,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM import_problem p JOIN import_file f ON f.id = p.import_id"
                + " WHERE f.status = 'imported'"));
  }

  @Test
  void anEvtxFileWithNoIntactRecordFails() throws Exception {
    Path in = copy(dir.resolve("in"), "evtx", "Security_short_selected.evtx");
    Path file = in.resolve("Security_short_selected.evtx");
    byte[] bytes = Files.readAllBytes(file);
    bytes[4096] = 'X'; // its only chunk's signature ElfChnk
    Files.write(file, bytes);
    FileOutcome outcome = importer.importAll(List.of(in), o -> {}).get(0);
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(
        file
            + ": no event could be read (1 damaged part); nothing is stored and the file is not"
            + " marked imported; the first damaged (chunk 0 at byte 4096): not a chunk of events"
            + " (its signature ElfChnk is damaged); its events are lost",
        outcome.error());
  }

  private static ImportListener listener(List<String> warnings) {
    return new ImportListener() {
      @Override
      public void fileDone(FileOutcome outcome) {}

      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }
}
