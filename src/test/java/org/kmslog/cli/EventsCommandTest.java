package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;

/** {@code kmslog events}: what it prints, what it refuses, and how bad files are named. */
class EventsCommandTest {
  private static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";
  private static final String BARE = "wevtutil-bare-crlf.xml";

  @TempDir Path dir;

  private Path fixture(String area, String name) {
    return Fixtures.copy(dir.resolve(area), area, name).resolve(name);
  }

  @Test
  void printsEachEventOnOneLineAsWevtutilWritesIt() {
    CliRun run = CliRun.of("events", fixture("xml", BARE).toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertEquals(
        "<Event xmlns='"
            + NS
            + "'><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID>12290</EventID>"
            + "<TimeCreated SystemTime='2026-10-01T08:15:02.1234567Z'/>"
            + "<EventRecordID>4711</EventRecordID><Channel>Key Management Service</Channel>"
            + "<Computer>KMS01.corp.example</Computer></System><EventData><Data></Data>"
            + "<Data>0x0</Data><Data>25</Data><Data>PC1.corp.example</Data>"
            + "<Data>6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11</Data><Data>2026/10/1 8:15</Data>"
            + "<Data>0</Data><Data>1</Data><Data>250123</Data>"
            + "<Data>73111121-5638-40f6-bc11-f1d7b0d64300</Data></EventData></Event>\n"
            + "<Event xmlns='"
            + NS
            + "'><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID>12290</EventID>"
            + "<TimeCreated SystemTime='2026-10-01T09:20:00.0000000Z'/>"
            + "<EventRecordID>4712</EventRecordID><Channel>Key Management Service</Channel>"
            + "<Computer>KMS01.corp.example</Computer></System><EventData>"
            + "<Data>0xC004F038,25,PC2,0A1B2C3D-1111-2222-3333-444455556666,2026/10/1 9:19,1,2,"
            + "43200,73111121-5638-40f6-bc11-f1d7b0d64300</Data></EventData></Event>\n",
        run.out());
  }

  @Test
  void csvHasAHeaderAndOneRowPerEventInTheDocumentedColumns() {
    Path file = fixture("xml", BARE);
    CliRun run = CliRun.of("events", "--format", "csv", "--id", "12290", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "file,location,recordId,timeCreated,eventId,provider,channel,computer,data,message\r\n"
            + file
            + ",\"line 1, column 1\",4711,2026-10-01T08:15:02.1234567Z,12290,"
            + "Microsoft-Windows-Security-SPP,Key Management Service,KMS01.corp.example,"
            + "\"[\"\"\"\",\"\"0x0\"\",\"\"25\"\",\"\"PC1.corp.example\"\","
            + "\"\"6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11\"\",\"\"2026/10/1 8:15\"\",\"\"0\"\","
            + "\"\"1\"\",\"\"250123\"\",\"\"73111121-5638-40f6-bc11-f1d7b0d64300\"\"]\",\r\n"
            + file
            + ",\"line 2, column 1\",4712,2026-10-01T09:20:00.0000000Z,12290,"
            + "Microsoft-Windows-Security-SPP,Key Management Service,KMS01.corp.example,"
            + "\"[\"\"0xC004F038,25,PC2,0A1B2C3D-1111-2222-3333-444455556666,2026/10/1 9:19,"
            + "1,2,43200,73111121-5638-40f6-bc11-f1d7b0d64300\"\"]\",\r\n",
        run.out());
  }

  @Test
  void csvValuesASpreadsheetWouldRunAsFormulasGetAnApostrophe() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("odd.xml"),
            "<Event xmlns='"
                + NS
                + "'><System><Provider Name='@SUM(A1)'/><EventID>1</EventID>"
                + "<TimeCreated SystemTime='2026-10-01T08:00:00Z'/>"
                + "<Computer>=HYPERLINK(\"x\")</Computer></System><EventData>"
                + "<Data>=1+1</Data></EventData><RenderingInfo><Message>-2</Message>"
                + "</RenderingInfo></Event>");
    CliRun run = CliRun.of("events", "--format", "csv", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        file
            + ",\"line 1, column 1\",,2026-10-01T08:00:00.0000000Z,1,'@SUM(A1),,"
            + "\"'=HYPERLINK(\"\"x\"\")\",\"[\"\"=1+1\"\"]\",'-2\r\n",
        run.out().lines().skip(1).findFirst().orElseThrow() + "\r\n");
  }

  @Test
  void xmlEscapesMarkupLineEndsAndEveryNonAsciiCharacter() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("odd.xml"),
            "<Event xmlns='"
                + NS
                + "'><System><Provider Name=\"it's &lt;SPP&gt;\"/><EventID>1</EventID>"
                + "<TimeCreated SystemTime='2026-10-01T08:00:00.123456789Z'/>"
                + "<Computer>PC-M\u00dcLLER</Computer></System><EventData>"
                + "<Data>a &amp; b&#13;&#10;\tc \ud83d\ude00</Data></EventData></Event>",
            java.nio.charset.StandardCharsets.UTF_8);
    CliRun run = CliRun.of("events", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "<Event xmlns='"
            + NS
            + "'><System><Provider Name='it&apos;s &lt;SPP&gt;'/><EventID>1</EventID>"
            + "<TimeCreated SystemTime='2026-10-01T08:00:00.1234567Z'/>"
            + "<Computer>PC-M&#xDC;LLER</Computer></System><EventData>"
            + "<Data>a &amp; b&#13;&#10;\tc &#x1F600;</Data></EventData></Event>\n",
        run.out());
  }

  @Test
  void idKeepsOnlyTheEventsWithTheNamedIds() {
    CliRun all = CliRun.of("events", "--timezone", "Europe/Berlin", "samples");
    CliRun dns =
        CliRun.of("events", "--timezone", "Europe/Berlin", "--id", "12293, 12294", "samples");
    assertEquals(0, dns.status(), dns.err());
    List<String> expected =
        all.out()
            .lines()
            .filter(l -> l.contains("<EventID>12293<") || l.contains("<EventID>12294<"))
            .toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, dns.out().lines().toList());
  }

  @Test
  void anIdThatIsNotAnEventIdIsAUsageError() {
    CliRun run = CliRun.of("events", "--id", "12290,KMS", "samples");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: events: --id 'KMS' is not an event ID (a number from 0 to 65535, such as"
            + " 12290)\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void anIdAboveTheLargestEventIdIsAUsageError() {
    CliRun run = CliRun.of("events", "--id", "65536", "samples");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--id '65536' is not an event ID"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("events", "--format", "json", "samples");
    assertEquals(2, run.status());
    assertEquals("kmslog: events: --format 'json' is not xml or csv\n", run.err());
  }

  @Test
  void withoutAPathItSaysWhatItNeeds() {
    CliRun run = CliRun.of("events");
    assertEquals(2, run.status());
    assertEquals("kmslog: events: name at least one file or folder to read\n", run.err());
  }

  @Test
  void itTakesNoDatabaseOption() {
    CliRun run = CliRun.of("events", "--db", StoreUnderTest.location(dir), "samples");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog events: Unrecognized option: --db; run 'kmslog events --help'\n", run.err());
    assertFalse(Files.exists(dir.resolve("kmslog.mv.db")));
  }

  @Test
  void helpNamesTheFormatsAndTheCsvColumns() {
    CliRun run = CliRun.of("events", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: kmslog events [OPTIONS] PATH...\n"), run.out());
    assertTrue(
        run.out()
            .replaceAll("\\s+", " ")
            .contains(
                "csv: one row an event, columns file, location, recordId, timeCreated, eventId,"
                    + " provider, channel, computer, data, message"),
        run.out());
    assertTrue(CliRun.of("--help").out().contains("  events "));
  }

  @Test
  void aMissingPathIsNamedAndTheOthersArePrinted() {
    Path file = fixture("xml", BARE);
    Path missing = dir.resolve("nope.xml");
    CliRun run = CliRun.of("events", missing.toString(), file.toString());
    assertEquals(2, run.status());
    assertEquals("kmslog: " + missing + ": no such file or directory\n", run.err());
    assertEquals(CliRun.of("events", file.toString()).out(), run.out());
  }

  @Test
  void badFilesInAFolderAreNamedOneLineEachAndTheGoodOnesArePrinted() {
    Path folder = dir.resolve("in");
    Fixtures.copy(folder, "xml", BARE);
    Fixtures.copy(
        folder, "hostile", "empty.xml", "random-bytes.bin", "xxe-file.xml", "exports.zip");
    CliRun run = CliRun.of("events", folder.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: "
            + folder.resolve("empty.xml")
            + ": empty file\n"
            + "kmslog: "
            + folder.resolve("exports.zip")
            + ": ZIP archive; extract it and import the exported files inside\n"
            + "kmslog: "
            + folder.resolve("random-bytes.bin")
            + " (byte 271): a NUL byte: binary data or a damaged copy, not a text export of an"
            + " event log\n"
            + "kmslog: "
            + folder.resolve("xxe-file.xml")
            + " (line 2, column 1): a DTD (<!DOCTYPE>) is not allowed in an event export;"
            + " refused to protect against XXE and entity-expansion attacks\n",
        run.err());
    assertEquals(CliRun.of("events", folder.resolve(BARE).toString()).out(), run.out());
  }

  @Test
  void aFileCutShortPrintsTheEventsBeforeTheCutThenNamesWhere() {
    Path file = fixture("hostile", "truncated-mid-event.xml");
    CliRun run = CliRun.of("events", file.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: "
            + file
            + " (line 2, column 366): XML: Unexpected EOF; was expecting a close tag for element"
            + " <Data>\n",
        run.err());
    assertEquals(1, run.out().lines().count(), run.out());
    assertTrue(run.out().contains("<EventRecordID>1</EventRecordID>"), run.out());
  }

  @Test
  void anUnusableEventIsAWarningAndTheOthersArePrinted() {
    Path file = fixture("xml", "event-level-problems.xml");
    CliRun run = CliRun.of("events", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "kmslog: warning: "
            + file
            + " (line 2, column 1): event 12290 has SystemTime 'yesterday', not a time; skipped\n"
            + "kmslog: warning: "
            + file
            + " (line 3, column 1): event without an <EventID>; skipped\n",
        run.err());
    List<String> records = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      records.add(line.replaceAll(".*<EventRecordID>(\\d+)<.*", "$1"));
    }
    assertEquals(List.of("4711", "4714", "4712"), records);
  }

  @Test
  void readmesAndOtherNotesInAFolderAreLeftOutAsImportLeavesThemOut() throws Exception {
    Path folder = Fixtures.copy(dir.resolve("in"), "xml", BARE, "README.md");
    Files.writeString(folder.resolve("desktop.ini"), "[.ShellClassInfo]");
    CliRun run = CliRun.of("events", folder.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertEquals(2, run.out().lines().count());
  }

  @Test
  void aFileIsSniffedAndReadAsImportReadsIt() {
    // Today import refuses an .evtx; once a reader takes it, events prints what it reads.
    Path evtx = fixture("hostile", "Application.evtx");
    CliRun imported = CliRun.of("import", "--db", StoreUnderTest.location(dir), evtx.toString());
    CliRun printed = CliRun.of("events", evtx.toString());
    assertEquals(imported.status(), printed.status());
    List<String> importProblems =
        imported.err().lines().filter(l -> l.startsWith("kmslog: " + evtx)).toList();
    assertFalse(importProblems.isEmpty(), imported.err());
    assertEquals(importProblems, printed.err().lines().toList());
  }

  @Test
  void itStopsReadingWhenNobodyReadsItsOutputAnyMore() {
    long[] attempted = {0};
    OutputStream closedPipe =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            attempted[0] += len;
            throw new IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Kmslog(new PrintStream(closedPipe), new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute("events", "samples", "samples");
    assertEquals(0, status);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    // One piece of output was tried, not the megabytes of both folders.
    long whole = CliRun.of("events", "samples", "samples").out().length();
    assertTrue(attempted[0] > 0 && attempted[0] < whole / 10, attempted[0] + " of " + whole);
  }
}
