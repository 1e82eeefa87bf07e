package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.DateOrder;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;

/** CSV exports through the real importer and H2: keys, dedup against XML, ledger notes. */
class CsvImportTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;
  private Database database;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dir.resolve("db").toString(), true);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private FileOutcome importFile(Path file, ReadSettings settings) throws Exception {
    return new Importer(database, settings).importFile(file);
  }

  @Test
  void xmlAndPowerShellCsvOfOneLogStoreEachEventOnce() throws Exception {
    ReadSettings settings = new ReadSettings(BERLIN, null, null);
    Path xml =
        copy(dir.resolve("a"), "xml", "wevtutil-bare-crlf.xml").resolve("wevtutil-bare-crlf.xml");
    Path csv =
        copy(dir.resolve("b"), "csv", "powershell-51-all-columns.csv")
            .resolve("powershell-51-all-columns.csv");
    Path utf16 =
        copy(dir.resolve("c"), "csv", "powershell-utf16le-bom.csv")
            .resolve("powershell-utf16le-bom.csv");
    assertEquals(new ImportCounts(2, 2, 2, 0, 0, 0), importFile(xml, settings).counts());
    assertEquals(
        new ImportCounts(3, 3, 1, 2, 0, 0),
        importFile(csv, settings).counts(),
        "records 4711 and 4712 came with the XML; 5020 is new");
    assertEquals(new ImportCounts(3, 3, 0, 3, 0, 0), importFile(utf16, settings).counts());
    assertEquals(3, queryLong(database.connection(), "SELECT COUNT(*) FROM host_request"));
    assertEquals(
        "2026-10-01 08:15:02.1234567",
        queryString("SELECT CAST(time_utc AS VARCHAR) FROM host_request WHERE record_id = 4711"),
        "the first import of an event is kept: here the XML's precise time");
  }

  @Test
  void xmlAndGetEventLogCsvOfOneLogStoreEachEventOnce() throws Exception {
    ReadSettings settings = new ReadSettings(BERLIN, null, null);
    Path xml =
        copy(dir.resolve("a"), "xml", "wevtutil-bare-crlf.xml").resolve("wevtutil-bare-crlf.xml");
    Path named =
        copy(dir.resolve("b"), "csv", "getEventLog-51-all-columns.csv")
            .resolve("getEventLog-51-all-columns.csv");
    Path unnamed =
        copy(dir.resolve("c"), "csv", "getEventLog-instanceid-subset.csv")
            .resolve("getEventLog-instanceid-subset.csv");
    assertEquals(new ImportCounts(2, 2, 2, 0, 0, 0), importFile(xml, settings).counts());
    FileOutcome csv = importFile(named, settings);
    assertEquals(
        new ImportCounts(3, 3, 1, 2, 0, 0),
        csv.counts(),
        "Index 4711 and 4712 of the log its #TYPE line names came with the XML; 5021 is new");
    assertEquals("PowerShell CSV", csv.format());
    assertEquals(
        "Get-EventLog, all 16 columns, delimiter ',', log 'Key Management Service' (#TYPE)",
        csv.notes().layout());
    assertEquals(
        new ImportCounts(3, 2, 1, 1, 0, 1),
        importFile(unnamed, settings).counts(),
        "no log named: a 12290 is in Key Management Service, so 5021 is known, 5023 new");
    assertEquals(4, queryLong(database.connection(), "SELECT COUNT(*) FROM host_request"));
    assertEquals(
        "2026-10-01 08:15:02.1234567",
        queryString("SELECT CAST(time_utc AS VARCHAR) FROM host_request WHERE record_id = 4711"),
        "the XML's precise time is kept");
  }

  @Test
  void getEventLogSourceIsTheProvider() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "getEventLog-application-no-type-line.csv")
            .resolve("getEventLog-application-no-type-line.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(new ImportCounts(3, 2, 2, 0, 1, 0), outcome.counts(), "the VSS 12289 is not KMS");
    assertEquals(
        List.of("0x00000000 10 2012-12-04 07:06:00"),
        queryStrings(
            "SELECT hresult || ' ' || host_count || ' ' || client_time FROM client_response"));
    assertEquals("kms01.corp.example", queryString("SELECT kms_host FROM client_request"));
  }

  @Test
  void eventViewerCsvFallsBackToTheEventsContentForItsKey() throws Exception {
    ReadSettings settings = new ReadSettings(BERLIN, null, null);
    Path original =
        copy(dir.resolve("a"), "csv", "KMS02_eventviewer-en-us.csv")
            .resolve("KMS02_eventviewer-en-us.csv");
    // The same events saved again in another encoding: new bytes, same events.
    Path again = dir.resolve("b/KMS02_again.csv");
    Files.createDirectories(again.getParent());
    String text = Files.readString(original, StandardCharsets.UTF_8).substring(1);
    Files.write(again, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    assertEquals(new ImportCounts(4, 3, 3, 0, 1, 0), importFile(original, settings).counts());
    FileOutcome second = importFile(again, settings);
    assertEquals("UTF-16LE (BOM)", second.encoding());
    assertEquals(new ImportCounts(4, 3, 0, 3, 1, 0), second.counts());
  }

  @Test
  void ledgerSaysHowDatesZoneAndComputerWereRead() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS03_eventviewer-de-de.csv")
            .resolve("KMS03_eventviewer-de-de.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(Status.IMPORTED, outcome.status());
    try (Statement s = database.connection().createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT format, encoding, layout, date_pattern, time_zone, default_computer"
                    + " FROM import_file")) {
      r.next();
      assertEquals("Event Viewer CSV", r.getString(1));
      assertEquals("UTF-8 (BOM)", r.getString(2));
      assertEquals(
          "header Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie", r.getString(3));
      assertEquals("d.M.yyyy H:mm:ss", r.getString(4));
      assertEquals("Europe/Berlin", r.getString(5));
      assertEquals("KMS03", r.getString(6));
    }
    assertEquals(
        "2026-10-25 00:30:00",
        queryString(
            "SELECT CAST(time_utc AS VARCHAR) FROM host_request WHERE hresult = '0x00000000'"),
        "02:30 on the night clocks go back is read with the earlier offset, +02:00");
    assertEquals(
        "corp.example", queryString("SELECT domain FROM dns_publish WHERE computer = 'KMS03'"));
  }

  @Test
  void theZoneTheUserGivesConvertsLocalTimes() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS06_eventviewer-zh-cn.csv")
            .resolve("KMS06_eventviewer-zh-cn.csv");
    importFile(file, new ReadSettings(ZoneId.of("Asia/Shanghai"), null, null));
    assertEquals(
        "2026-10-13 01:20:00", queryString("SELECT CAST(time_utc AS VARCHAR) FROM host_request"));
  }

  @Test
  void computerOptionOverridesTheFileName() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS05_eventviewer-es-es.csv")
            .resolve("KMS05_eventviewer-es-es.csv");
    importFile(file, new ReadSettings(BERLIN, "kms05.corp.example", null));
    assertEquals("kms05.corp.example", queryString("SELECT computer FROM host_request"));
  }

  @Test
  void theClientTimesInTheTuplesSettleDatesThatReadEitherWay() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS12_eventviewer-en-gb-one-day.csv")
            .resolve("KMS12_eventviewer-en-gb-one-day.csv");
    FileOutcome outcome =
        importFile(file, new ReadSettings(ZoneId.of("Europe/London"), null, null));
    assertEquals(Status.IMPORTED, outcome.status(), outcome.error());
    assertEquals("d/M/yyyy H:mm:ss (order from message times)", outcome.notes().datePattern());
    assertEquals(
        List.of("2026-10-01 13:05:33", "2026-10-01 13:07:12", "2026-10-01 13:09:15"),
        queryStrings("SELECT CAST(time_utc AS VARCHAR) FROM host_request ORDER BY time_utc"));
    assertEquals(
        "d/M/yyyy H:mm:ss (order from message times)",
        queryString("SELECT date_pattern FROM import_file"));
  }

  @Test
  void theDateOrderTheUserGivesWinsOverTheClientTimes() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS12_eventviewer-en-gb-one-day.csv")
            .resolve("KMS12_eventviewer-en-gb-one-day.csv");
    FileOutcome outcome =
        importFile(file, new ReadSettings(ZoneId.of("Europe/London"), null, DateOrder.MDY));
    assertEquals("M/d/yyyy H:mm:ss", outcome.notes().datePattern());
    assertEquals(
        "2026-01-10 14:05:33",
        queryString("SELECT CAST(MIN(time_utc) AS VARCHAR) FROM host_request"),
        "January 10th, as told, though the tuples say October 1st");
  }

  @Test
  void bothBundledAmbiguousFixturesAreSettledByTheirTuples() throws Exception {
    Path eventViewer =
        copy(dir.resolve("a"), "csv", "KMS08_eventviewer-ambiguous-dates.csv")
            .resolve("KMS08_eventviewer-ambiguous-dates.csv");
    Path powerShell =
        copy(dir.resolve("b"), "csv", "powershell-ambiguous-dates.csv")
            .resolve("powershell-ambiguous-dates.csv");
    assertEquals(
        "d/M/yyyy H:mm:ss (order from message times)",
        importFile(eventViewer, new ReadSettings(BERLIN, null, null)).notes().datePattern());
    assertEquals(
        "M/d/yyyy h:mm:ss AM/PM (order from message times)",
        importFile(powerShell, new ReadSettings(BERLIN, null, null)).notes().datePattern());
    assertEquals(
        List.of(
            "2026-10-01 06:15:03",
            "2026-10-01 08:15:02",
            "2026-10-01 09:20:00",
            "2026-10-02 07:20:00"),
        queryStrings("SELECT CAST(time_utc AS VARCHAR) FROM host_request ORDER BY time_utc"));
  }

  @Test
  void clientTimesThatDisagreeLeaveTheFileRefused() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS13_eventviewer-client-times-disagree.csv")
            .resolve("KMS13_eventviewer-client-times-disagree.csv");
    FileOutcome refused = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(Status.FAILED, refused.status());
    assertEquals(
        file
            + ": dates such as '02/10/2026 09:12:40' can be day/month or month/day and the times in"
            + " the events' messages disagree on which (line 5 fits day/month, line 2 month/day);"
            + " say which with --date-order DMY or --date-order MDY",
        refused.error());
    assertEquals(
        Status.IMPORTED, importFile(file, new ReadSettings(BERLIN, null, DateOrder.DMY)).status());
  }

  @Test
  void ambiguousDatesWithoutClientTimesFailUnlessTheOrderIsGiven() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS14_eventviewer-dns-only.csv")
            .resolve("KMS14_eventviewer-dns-only.csv");
    FileOutcome refused = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(Status.FAILED, refused.status());
    assertEquals(
        file
            + ": dates such as '02/10/2026 00:00:07' can be day/month or month/day and no date in"
            + " the file settles which; say which with --date-order DMY or --date-order MDY",
        refused.error());
    FileOutcome dayFirst = importFile(file, new ReadSettings(BERLIN, null, DateOrder.DMY));
    assertEquals(Status.IMPORTED, dayFirst.status());
    assertEquals("d/M/yyyy H:mm:ss", dayFirst.notes().datePattern());
    assertEquals(
        List.of("2026-09-30 22:00:05", "2026-10-01 22:00:07"),
        queryStrings("SELECT CAST(time_utc AS VARCHAR) FROM dns_publish ORDER BY time_utc"));
  }

  @Test
  void isoTimesAreLocalWithoutAnOffsetAndThatInstantWithOne() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "powershell-iso-8601-times.csv")
            .resolve("powershell-iso-8601-times.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(Status.IMPORTED, outcome.status());
    assertEquals(new ImportCounts(5, 4, 4, 0, 0, 1), outcome.counts());
    assertEquals(
        List.of(
            "2010-09-29 19:46:05",
            "2010-09-29 19:48:10.1234567",
            "2010-09-29 19:50:15.1234567",
            "2010-09-29 19:52:20.1234567"),
        queryStrings("SELECT CAST(time_utc AS VARCHAR) FROM host_request ORDER BY record_id"));
    assertEquals(
        List.of(
            file
                + " (line 14): TimeCreated '2010-09-29T21:54:25.1234567+25:00' has the UTC offset"
                + " +25:00, which no clock has; row skipped"),
        outcome.problems());
  }

  @Test
  void aTruncatedCsvLeavesNothing() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS09_unbalanced-quote.csv")
            .resolve("KMS09_unbalanced-quote.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(
        file + " (line 5): CSV: the file ends inside a quoted value; it is probably cut off",
        outcome.error());
    assertEquals(0, queryLong(database.connection(), "SELECT COUNT(*) FROM host_request"));
  }

  @Test
  void aRowWithTheWrongFieldCountIsSkippedAndReported() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "KMS10_wrong-column-count.csv")
            .resolve("KMS10_wrong-column-count.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(new ImportCounts(3, 2, 2, 0, 0, 1), outcome.counts());
    assertEquals(
        List.of(
            file
                + " (line 5): row has 4 fields, expected 6 (level, date and time, source, event"
                + " ID, task category, message); skipped"),
        outcome.problems());
  }

  @Test
  void subsetWithoutProviderStillSkipsVss() throws Exception {
    Path file =
        copy(dir.resolve("a"), "csv", "powershell-7-de-de-semicolon.csv")
            .resolve("powershell-7-de-de-semicolon.csv");
    FileOutcome outcome = importFile(file, new ReadSettings(BERLIN, null, null));
    assertEquals(new ImportCounts(3, 2, 2, 0, 1, 0), outcome.counts());
    assertNull(outcome.error());
    assertEquals("KMS01.corp.example", queryString("SELECT kms_host FROM client_request"));
  }

  private List<String> queryStrings(String sql) throws Exception {
    List<String> values = new java.util.ArrayList<>();
    try (Statement s = database.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private String queryString(String sql) throws Exception {
    try (Statement s = database.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
