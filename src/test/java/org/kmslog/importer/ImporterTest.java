package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;
import static org.kmslog.testing.Fixtures.queryString;
import static org.kmslog.testing.Fixtures.storedEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
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

class ImporterTest {
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

  private List<FileOutcome> importAll(Path... paths) throws Exception {
    List<FileOutcome> seen = new ArrayList<>();
    List<FileOutcome> outcomes = importer.importAll(List.of(paths), seen::add);
    assertEquals(outcomes, seen, "the listener hears of every file, in order");
    return outcomes;
  }

  private Connection db() {
    return database.connection();
  }

  @Test
  void importsAFolderRecursivelyAndCountsEachFile() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    copy(in.resolve("sub"), "xml", "wevtutil-bare-no-newlines.xml");
    List<FileOutcome> outcomes = importAll(in);
    assertEquals(2, outcomes.size());
    // Sorted by path: in/sub/... comes before in/wevtutil-...
    FileOutcome client = outcomes.get(0);
    FileOutcome host = outcomes.get(1);
    assertEquals(in.resolve("sub/wevtutil-bare-no-newlines.xml"), client.file());
    assertEquals(Status.IMPORTED, host.status());
    assertEquals(new ImportCounts(2, 2, 2, 0, 0, 0), host.counts());
    assertEquals("XML", host.format());
    assertEquals("UTF-8", host.encoding());
    assertEquals("no root", host.notes().layout());
    assertEquals(new ImportCounts(3, 2, 2, 0, 1, 0), client.counts(), "the VSS 12289 is skipped");
    assertEquals(2, queryLong(db(), "SELECT COUNT(*) FROM host_request"));
    assertEquals(1, queryLong(db(), "SELECT COUNT(*) FROM client_request"));
    assertEquals(1, queryLong(db(), "SELECT COUNT(*) FROM client_response"));
    assertEquals(2, queryLong(db(), "SELECT COUNT(*) FROM import_file WHERE status = 'imported'"));
  }

  @Test
  void storesTypedColumns() throws Exception {
    importAll(copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml"));
    try (Statement s = db().createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT computer, computer_key, record_id, time_utc, hresult, min_count, client_name,"
                    + " CAST(cmid AS VARCHAR), client_time, license_state, minutes_to_expiry"
                    + " FROM host_request ORDER BY record_id")) {
      r.next();
      assertEquals("KMS01.corp.example", r.getString(1));
      assertEquals("kms01", r.getString(2));
      assertEquals(4711, r.getLong(3));
      assertEquals("2026-10-01 08:15:02.1234567", r.getString(4));
      assertEquals("0x00000000", r.getString(5));
      assertEquals(25, r.getInt(6));
      assertEquals("PC1.corp.example", r.getString(7));
      assertEquals("6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11", r.getString(8));
      assertEquals("2026-10-01 08:15:00", r.getString(9));
      assertEquals(1, r.getInt(10));
      assertEquals(250123, r.getLong(11));
      r.next();
      assertEquals("0xC004F038", r.getString(5));
      assertEquals("0a1b2c3d-1111-2222-3333-444455556666", r.getString(8), "CMIDs in lower case");
    }
  }

  @Test
  void reimportingSkipsUnchangedFilesByContent() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml", "eventviewer-saved.xml");
    importAll(in);
    long events = storedEvents(db());
    List<FileOutcome> again = importAll(in);
    assertEquals(
        List.of(Status.UNCHANGED, Status.UNCHANGED),
        again.stream().map(FileOutcome::status).toList());
    assertEquals(events, storedEvents(db()));
    Path renamed = dir.resolve("renamed.xml");
    Files.copy(in.resolve("eventviewer-saved.xml"), renamed);
    FileOutcome copyOfKnown = importAll(renamed).get(0);
    assertEquals(Status.UNCHANGED, copyOfKnown.status(), "same content under another name");
    assertEquals(in.resolve("eventviewer-saved.xml").toString(), copyOfKnown.prior().path());
  }

  @Test
  void everyFileInTheLedgerHasItsContentHashWhetherImportedOrNot() throws Exception {
    // Files of sizes no imported file has are hashed beside their import, not before it.
    Path in =
        copy(
            dir.resolve("in"),
            "xml",
            "wevtutil-bare-crlf.xml",
            "truncated-mid-tag.xml",
            "not-an-event-export.xml");
    copy(in, "hostile", "random-bytes.bin");
    List<FileOutcome> outcomes = importAll(in);
    assertEquals(
        List.of(Status.FAILED, Status.FAILED, Status.FAILED, Status.IMPORTED),
        outcomes.stream().map(FileOutcome::status).toList(),
        "not-an-event-export, random-bytes, truncated-mid-tag, wevtutil-bare-crlf");
    for (FileOutcome outcome : outcomes) {
      assertEquals(
          sha256(outcome.file()),
          queryString(db(), "SELECT sha256 FROM import_file WHERE path = '" + outcome.file() + "'"),
          outcome.file().toString());
    }
    Path renamed = dir.resolve("renamed.xml");
    Files.copy(in.resolve("wevtutil-bare-crlf.xml"), renamed);
    assertEquals(Status.UNCHANGED, importAll(renamed).get(0).status(), "found by its hash");
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void overlappingExportsOfOneLogStoreEachEventOnce() throws Exception {
    // The same two 12290 events, once from wevtutil (no root) and once from Event Viewer
    // (newest first, tuple only in the message for one of them), in three encodings.
    importAll(copy(dir.resolve("a"), "xml", "wevtutil-bare-crlf.xml"));
    List<FileOutcome> others =
        importAll(
            copy(
                dir.resolve("b"),
                "xml",
                "eventviewer-saved.xml",
                "wevtutil-rendered-utf16le-bom.xml",
                "powershell-redirect-utf16le-declared-utf8.xml"));
    for (FileOutcome o : others) {
      assertEquals(new ImportCounts(2, 2, 0, 2, 0, 0), o.counts(), o.file().toString());
    }
    assertEquals(2, queryLong(db(), "SELECT COUNT(*) FROM host_request"));
  }

  @Test
  void aFileThatFailsPartWayLeavesNothingAndTheOthersImport() throws Exception {
    Path in =
        copy(dir.resolve("in"), "xml", "truncated-mid-event.xml", "wevtutil-bare-no-newlines.xml");
    List<FileOutcome> outcomes = importAll(in);
    FileOutcome truncated = outcomes.get(0);
    assertEquals(Status.FAILED, truncated.status());
    assertEquals(
        in.resolve("truncated-mid-event.xml")
            + " (line 2, column 628): XML: Unexpected EOF; was expecting a close tag for element"
            + " <Data>",
        truncated.error());
    assertEquals(1, truncated.counts().eventsRead(), "one good event was read before the cut");
    assertEquals(Status.IMPORTED, outcomes.get(1).status());
    assertEquals(0, queryLong(db(), "SELECT COUNT(*) FROM host_request"), "rolled back");
    assertEquals(2, storedEvents(db()));
    assertEquals(
        1,
        queryLong(
            db(),
            "SELECT COUNT(*) FROM import_file WHERE status = 'failed' AND error = ?",
            truncated.error()));
    assertEquals(
        0,
        queryLong(
            db(),
            "SELECT COUNT(*) FROM import_file WHERE status = 'imported' AND path LIKE '%truncated%'"),
        "the ledger never calls a failed file imported");
  }

  @Test
  void aFailedFileIsNotReadAgainUntilItChangesOrIsRetried() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "truncated-mid-tag.xml");
    assertEquals(Status.FAILED, importAll(in).get(0).status());
    assertEquals(Status.FAILED_BEFORE, importAll(in).get(0).status());
    Importer retrying =
        new Importer(
            database, new ReadSettings(ZoneOffset.UTC, null, null), true, Clock.systemUTC());
    assertEquals(Status.FAILED, retrying.importAll(List.of(in), o -> {}).get(0).status());
    assertEquals(2, queryLong(db(), "SELECT COUNT(*) FROM import_file WHERE status = 'failed'"));
  }

  @Test
  void aFileWhoseEveryEventIsRejectedFailsAndIsReadAgain() throws Exception {
    Path in = copy(dir.resolve("in"), "csv", "powershell-rfc1123-times.csv");
    Path file = in.resolve("powershell-rfc1123-times.csv");
    FileOutcome outcome = importAll(in).get(0);
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(
        file
            + ": no event could be used (2 rejected); nothing is stored and the file is not"
            + " marked imported; the first rejected (line 2): TimeCreated 'Tue, 04 Dec 2012"
            + " 06:06:12 GMT' is not a date and time (such as 10/7/2026 6:38:24 PM, 07.10.2026"
            + " 18:38:24 or 2026-10-07T18:38:24); row skipped",
        outcome.error());
    assertEquals(new ImportCounts(2, 0, 0, 0, 0, 2), outcome.counts());
    assertEquals(
        1,
        queryLong(
            db(),
            "SELECT COUNT(*) FROM import_file WHERE status = 'failed' AND error = ?",
            outcome.error()));
    assertEquals(0, queryLong(db(), "SELECT COUNT(*) FROM import_problem"), "rolled back");
    assertEquals(
        Status.FAILED_BEFORE, importAll(in).get(0).status(), "unchanged, it is not read again");
    // The same export with the times written the way Export-Csv writes them.
    String text = Files.readString(file);
    Files.writeString(
        file,
        text.replace("Tue, 04 Dec 2012 06:06:12 GMT", "2012-12-04T06:06:12Z")
            .replace("Wed, 29 Sep 2010 15:52:31 GMT", "2010-09-29T15:52:31Z"));
    FileOutcome fixed = importAll(in).get(0);
    assertEquals(Status.IMPORTED, fixed.status());
    assertEquals(new ImportCounts(2, 2, 2, 0, 0, 0), fixed.counts());
  }

  @Test
  void aFileWhoseOnlyKmsEventsTheDecoderRejectsFails() throws Exception {
    Path file = dir.resolve("KMS01_zero-clock.xml");
    Files.writeString(
        file,
        "<Event><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID>12290</EventID>"
            + "<TimeCreated SystemTime='1601-01-01T00:00:00Z'/><EventRecordID>4712</EventRecordID>"
            + "<Channel>Key Management Service</Channel><Computer>KMS01.corp.example</Computer>"
            + "</System><EventData><Data>0xC004F06C,5,SRV01.corp.example,"
            + "36f27b39-2fd5-440b-be67-a09996d27a38,2010/9/29 21:46,0,2,41520,"
            + "68531fb9-5511-4989-97be-d11a0f55633f</Data></EventData></Event>\n"
            + "<Event><System><Provider Name='VSS'/><EventID>12289</EventID>"
            + "<TimeCreated SystemTime='2010-09-29T21:40:00Z'/><EventRecordID>4711</EventRecordID>"
            + "<Channel>Application</Channel><Computer>KMS01.corp.example</Computer>"
            + "</System><EventData><Data>0x80042302</Data></EventData></Event>\n");
    FileOutcome outcome = importer.importFile(file);
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(
        file
            + ": no event could be used (1 rejected, 1 not KMS); nothing is stored and the file"
            + " is not marked imported; the first rejected (line 1, column 1, record 4712): event"
            + " 12290 is dated 1601-01-01T00:00:00Z, outside 2000-2099: the clock of the computer"
            + " that logged it, or the export, is wrong",
        outcome.error());
  }

  @Test
  void aFileWithoutKmsEventsIsStillImported() throws Exception {
    Path file = dir.resolve("KMS01_vss-only.xml");
    Files.writeString(
        file,
        "<Event><System><Provider Name='VSS'/><EventID>12289</EventID>"
            + "<TimeCreated SystemTime='2010-09-29T21:40:00Z'/><EventRecordID>4711</EventRecordID>"
            + "<Channel>Application</Channel><Computer>KMS01.corp.example</Computer>"
            + "</System><EventData><Data>0x80042302</Data></EventData></Event>\n");
    FileOutcome outcome = importer.importFile(file);
    assertEquals(Status.IMPORTED, outcome.status(), "nothing was rejected: nothing to fix");
    assertEquals(new ImportCounts(1, 0, 0, 0, 1, 0), outcome.counts());
  }

  @Test
  void anOddOptionalFieldIsStoredAsNullAndWarnedAboutOncePerFileAndField() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "vista-odd-client-times.xml");
    Path file = in.resolve("vista-odd-client-times.xml");
    List<String> warnings = new ArrayList<>();
    List<FileOutcome> outcomes =
        importer.importAll(
            List.of(in),
            new ImportListener() {
              @Override
              public void fileDone(FileOutcome outcome) {}

              @Override
              public void warning(String message) {
                warnings.add(message);
              }
            });
    FileOutcome outcome = outcomes.get(0);
    assertEquals(Status.IMPORTED, outcome.status());
    assertEquals(new ImportCounts(4, 3, 3, 0, 0, 1), outcome.counts());
    assertEquals(
        List.of(
            file
                + ": the client time of 2 events 12288 is not a time such as 2026/10/01 08:15 (the"
                + " first: '1/14/2006 2:30', line 1, column 1); the events are stored without it",
            file
                + ": the client time of 1 event 12289 is not a time such as 2026/10/01 08:15"
                + " ('1/14/2006 2:30', line 2, column 1); the event is stored without it"),
        warnings);
    assertEquals(
        List.of(
            file
                + " (line 4, column 1, record 1004): event 12289: Info tuple in the event data:"
                + " field 2 (status flags) is '1', expected a hex number such as 0x0"),
        outcome.problems(),
        "three odd fields are too many: that tuple is not read as a 12289's");
    assertEquals(
        2,
        queryLong(
            db(),
            "SELECT COUNT(*) FROM client_request WHERE client_time IS NULL"
                + " AND hresult = '0xC004F06C' AND min_count = 5"));
    assertEquals(
        10,
        queryLong(
            db(),
            "SELECT host_count FROM client_response WHERE record_id = 1002 AND client_time IS NULL"));
  }

  @Test
  void unusableEventsAreRecordedNotDropped() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "event-level-problems.xml");
    FileOutcome outcome = importAll(in).get(0);
    assertEquals(Status.IMPORTED, outcome.status());
    assertEquals(new ImportCounts(5, 2, 2, 0, 0, 3), outcome.counts());
    Path file = in.resolve("event-level-problems.xml");
    assertEquals(
        List.of(
            file
                + " (line 2, column 1): event 12290 has SystemTime 'yesterday', not a time; skipped",
            file + " (line 3, column 1): event without an <EventID>; skipped",
            file
                + " (line 4, column 1, record 4714): event 12290: Info tuple in the event data:"
                + " field 4 (CMID) is '6c1a3b0e-2d4f-4c7e-9a51', expected a GUID"),
        outcome.problems());
    assertEquals(3, queryLong(db(), "SELECT COUNT(*) FROM import_problem"));
    assertEquals(
        1,
        queryLong(
            db(),
            "SELECT COUNT(*) FROM import_problem WHERE record_id = 4714 AND location = 'line 4, column 1'"));
    assertEquals(3, queryLong(db(), "SELECT rejected FROM import_file"));
  }

  @Test
  void eventsDatedBefore2000OrAfter2099AreRejected() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "implausible-dates.xml");
    FileOutcome outcome = importAll(in).get(0);
    assertEquals(Status.IMPORTED, outcome.status());
    assertEquals(new ImportCounts(3, 1, 1, 0, 0, 2), outcome.counts());
    Path file = in.resolve("implausible-dates.xml");
    assertEquals(
        List.of(
            file
                + " (line 2, column 1, record 4712): event 12290 is dated 1601-01-01T00:00:00Z,"
                + " outside 2000-2099: the clock of the computer that logged it, or the export, is"
                + " wrong",
            file
                + " (line 3, column 1, record 4713): event 12290 is dated 2107-02-07T06:28:16Z,"
                + " outside 2000-2099: the clock of the computer that logged it, or the export, is"
                + " wrong"),
        outcome.problems());
    assertEquals(4711, queryLong(db(), "SELECT record_id FROM host_request"));
    assertEquals(2, queryLong(db(), "SELECT COUNT(*) FROM import_problem"));
  }

  @Test
  void refusedFilesAreNamedWithTheirReason() throws Exception {
    Path in =
        copy(
            dir.resolve("in"),
            "xml",
            "xxe-file.xml",
            "billion-laughs.xml",
            "not-an-event-export.xml");
    Files.writeString(in.resolve("empty.xml"), "");
    Files.write(
        in.resolve("log.evtx"),
        "ElfFile\0\0\0\0\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    List<FileOutcome> outcomes = importAll(in, dir.resolve("missing.xml"));
    List<String> errors = outcomes.stream().map(FileOutcome::error).toList();
    assertEquals(
        List.of(
            in.resolve("billion-laughs.xml")
                + " (line 2, column 1): a DTD (<!DOCTYPE>) is not allowed in an event export;"
                + " refused to protect against XXE and entity-expansion attacks",
            in.resolve("empty.xml") + ": empty file",
            in.resolve("log.evtx") + ": an .evtx file cut short inside its file header (15 bytes)",
            in.resolve("not-an-event-export.xml")
                + " (line 2, column 10): element <modelVersion> where an <Event> was expected;"
                + " not an event log export",
            in.resolve("xxe-file.xml")
                + " (line 2, column 1): a DTD (<!DOCTYPE>) is not allowed in an event export;"
                + " refused to protect against XXE and entity-expansion attacks",
            dir.resolve("missing.xml") + ": no such file or directory"),
        errors);
    assertEquals(0, storedEvents(db()));
  }

  @Test
  void computerOptionFillsEventsThatNameNone() throws Exception {
    Path file = dir.resolve("nocomputer.xml");
    Files.writeString(
        file,
        "<Event><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID>12294</EventID>"
            + "<TimeCreated SystemTime='2026-10-02T00:00:00Z'/><Channel>Application</Channel>"
            + "</System><EventData><Data>corp.example</Data></EventData></Event>");
    FileOutcome without = importer.importFile(file);
    assertEquals(Status.FAILED, without.status(), "its only event was rejected");
    assertEquals(1, without.counts().rejected());
    assertEquals(
        file
            + ": no event could be used (1 rejected); nothing is stored and the file is not marked"
            + " imported; the first rejected (line 1, column 1): event 12294 does not name its"
            + " computer; give it with --computer",
        without.error());
    try (Database other = Database.open(dir.resolve("other").toString(), true)) {
      FileOutcome with =
          new Importer(other, new ReadSettings(ZoneOffset.UTC, "KMS09", null)).importFile(file);
      assertEquals(1, with.counts().stored());
      assertEquals(
          1,
          queryLong(
              other.connection(), "SELECT COUNT(*) FROM dns_publish WHERE computer = 'KMS09'"));
      assertEquals(List.of(), with.problems());
      assertNull(with.error());
    }
  }
}
