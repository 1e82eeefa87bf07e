package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.DnsPublishEvent;
import org.kmslog.testing.StoreUnderTest;

class KmslogTest {
  @TempDir Path dir;

  private String db() {
    return StoreUnderTest.location(dir);
  }

  @Test
  void versionIsTheBuiltVersion() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status());
    assertTrue(Pattern.matches("kmslog \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n", run.out()), run.out());
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("\n  import     import exported event logs"), run.out());
    assertTrue(run.out().contains("\n  summary    show what the database holds"), run.out());
  }

  @Test
  void commandHelpListsItsOptions() {
    CliRun run = CliRun.of("import", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: kmslog import [OPTIONS] PATH...\n"), run.out());
    assertTrue(run.out().contains("--timezone ZONE"), run.out());
    assertTrue(run.out().contains("--db PATH"), run.out());
  }

  @Test
  void noArgumentsIsBadUsage() {
    CliRun run = CliRun.of();
    assertEquals(2, run.status());
    assertTrue(run.err().contains("Usage: kmslog COMMAND"), run.err());
  }

  @Test
  void unknownCommandIsBadUsage() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: unknown command 'frobnicate'; run 'kmslog --help' for the commands\n", run.err());
  }

  @Test
  void unknownOptionIsBadUsage() {
    CliRun run = CliRun.of("import", "--bogus", "x");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog import: Unrecognized option: --bogus; run 'kmslog import --help'\n", run.err());
  }

  @Test
  void importNeedsAPath() {
    CliRun run = CliRun.of("import", "--db", db());
    assertEquals(2, run.status());
    assertEquals("kmslog: import: name at least one file or folder to import\n", run.err());
  }

  @Test
  void badTimeZoneIsBadUsage() {
    CliRun run = CliRun.of("import", "--db", db(), "--timezone", "Mars/Olympus", "x.xml");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: import: --timezone 'Mars/Olympus' is not a time zone (try Europe/Berlin, UTC,"
            + " +02:00)\n",
        run.err());
  }

  @Test
  void badDateOrderIsBadUsage() {
    CliRun run = CliRun.of("import", "--db", db(), "--date-order", "DDMM", "x.csv");
    assertEquals(2, run.status());
    assertEquals("kmslog: import: --date-order 'DDMM' is not DMY, MDY or YMD\n", run.err());
  }

  @Test
  void csvImportsWithTheGivenZoneAndDateOrder() {
    Path in = copy(dir.resolve("in"), "csv", "KMS14_eventviewer-dns-only.csv");
    CliRun refused = CliRun.of("import", "--db", db(), "--timezone", "UTC", in.toString());
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains("say which with --date-order DMY"), refused.err());
    CliRun run =
        CliRun.of(
            "import", "--db", db(), "--timezone", "UTC", "--date-order", "dmy", in.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .contains(
                ": 2 events, 2 stored, 0 duplicates, 0 not KMS, 0 rejected [Event Viewer CSV,"),
        run.out());
  }

  /** A clock on which another 31 s have gone by at every look: each progress report shows. */
  private static LongSupplier racingClock() {
    AtomicLong nanos = new AtomicLong();
    return () -> nanos.addAndGet(31_000_000_000L);
  }

  @Test
  void aLongImportShowsItsProgressOnStderr() {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    CliRun run = CliRun.timedBy(racingClock(), "import", "--db", db(), in.toString());
    assertEquals(0, run.status(), run.err());
    // The rate is measured by the importer on the real clock, so it is whatever it is.
    assertTrue(
        Pattern.matches(
            "kmslog: progress: 0/1 files, 2 KB of 2 KB, 2 events, [\\d,]+ events/s\n"
                + "kmslog: progress: 1/1 files, 2 KB of 2 KB, 2 events, [\\d,]+ events/s\n",
            run.err()),
        run.err());
  }

  @Test
  void aQuietImportShowsNoProgress() {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    CliRun run = CliRun.timedBy(racingClock(), "import", "--quiet", "--db", db(), in.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void aShortExportIsReadByItsClientTimesUnlessTheyDisagree() {
    Path in =
        copy(
            dir.resolve("in"),
            "csv",
            "KMS12_eventviewer-en-gb-one-day.csv",
            "KMS13_eventviewer-client-times-disagree.csv");
    CliRun run =
        CliRun.of("import", "--db", db(), "--timezone", "Europe/London", "--quiet", in.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: "
            + in.resolve("KMS13_eventviewer-client-times-disagree.csv")
            + ": dates such as '02/10/2026 09:12:40' can be day/month or month/day and the times in"
            + " the events' messages disagree on which (line 5 fits day/month, line 2 month/day);"
            + " say which with --date-order DMY or --date-order MDY\n",
        run.err(),
        "the one-day export is read day first without a word");
  }

  @Test
  void importReportsEachFileAndFailsOnlyTheBadOnes() {
    Path in =
        copy(
            dir.resolve("in"),
            "xml",
            "truncated-mid-tag.xml",
            "wevtutil-bare-crlf.xml",
            "xxe-file.xml");
    CliRun run = CliRun.of("import", "--db", db(), in.toString());
    assertEquals(2, run.status(), "bad input gives exit status 2");
    String[] out = run.out().split("\n");
    assertEquals(4, out.length, run.out());
    assertEquals(in.resolve("truncated-mid-tag.xml") + ": FAILED, nothing stored from it", out[0]);
    assertTrue(
        out[1].startsWith(
            in.resolve("wevtutil-bare-crlf.xml")
                + ": 2 events, 2 stored, 0 duplicates, 0 not KMS, 0 rejected [XML, UTF-8, no root, "),
        out[1]);
    assertEquals(in.resolve("xxe-file.xml") + ": FAILED, nothing stored from it", out[2]);
    assertEquals(
        "Total: 3 files (1 imported, 0 unchanged, 2 failed); 2 events read, 2 stored,"
            + " 0 duplicates, 0 not KMS, 0 rejected",
        out[3]);
    assertEquals(
        "kmslog: "
            + in.resolve("truncated-mid-tag.xml")
            + " (line 2, column 557): XML: Unexpected end of input block; expected an identifier\n"
            + "kmslog: "
            + in.resolve("xxe-file.xml")
            + " (line 2, column 1): a DTD (<!DOCTYPE>) is not allowed in an event export; refused"
            + " to protect against XXE and entity-expansion attacks\n",
        run.err());
  }

  @Test
  void reimportAddsNothingAndSaysSo() {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    assertEquals(0, CliRun.of("import", "--db", db(), in.toString()).status());
    CliRun again = CliRun.of("import", "--db", db(), in.toString());
    assertEquals(0, again.status());
    assertTrue(
        Pattern.compile(
                Pattern.quote(in.resolve("wevtutil-bare-crlf.xml").toString())
                    + ": unchanged since import #1 at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC;"
                    + " skipped\n")
            .matcher(again.out())
            .lookingAt(),
        again.out());
    assertTrue(
        again.out().endsWith(" 0 events read, 0 stored, 0 duplicates, 0 not KMS, 0 rejected\n"),
        again.out());
  }

  @Test
  void rehashReadsAFileWhoseContentChangedBehindItsOldTime() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path file = in.resolve("clients.xml");
    Files.writeString(file, org.kmslog.testing.ClientRequestExport.event(101) + "\n");
    FileTime lastNight = FileTime.from(Instant.now().minus(8, ChronoUnit.HOURS));
    Files.setLastModifiedTime(file, lastNight);
    assertEquals(0, CliRun.of("import", "--db", db(), "--quiet", in.toString()).status());
    // Another event of the same size, and the old time back, as a restore that keeps times does.
    Files.writeString(file, org.kmslog.testing.ClientRequestExport.event(102) + "\n");
    Files.setLastModifiedTime(file, lastNight);
    CliRun known = CliRun.of("import", "--db", db(), in.toString());
    assertTrue(known.out().contains(file + ": unchanged since import #1"), known.out());
    CliRun rehashed = CliRun.of("import", "--db", db(), "--rehash", in.toString());
    assertEquals(0, rehashed.status(), rehashed.err());
    assertTrue(rehashed.out().startsWith(file + ": 1 events, 1 stored"), rehashed.out());
    CliRun again = CliRun.of("import", "--db", db(), "--rehash", in.toString());
    assertTrue(again.out().contains(file + ": unchanged since import #2"), again.out());
  }

  @Test
  void aFileWhoseEveryEventIsRejectedFailsTheImport() {
    Path in = copy(dir.resolve("in"), "csv", "powershell-rfc1123-times.csv");
    Path file = in.resolve("powershell-rfc1123-times.csv");
    CliRun run = CliRun.of("import", "--db", db(), "--quiet", in.toString());
    assertEquals(2, run.status(), "nothing of it could be used: the admin must look");
    assertEquals("", run.out());
    assertEquals(
        "kmslog: "
            + file
            + ": no event could be used (2 rejected); nothing is stored and the file is not"
            + " marked imported; the first rejected (line 2): TimeCreated 'Tue, 04 Dec 2012"
            + " 06:06:12 GMT' is not a date and time (such as 10/7/2026 6:38:24 PM, 07.10.2026"
            + " 18:38:24 or 2026-10-07T18:38:24); row skipped\n",
        run.err());
    CliRun again = CliRun.of("import", "--db", db(), "--quiet", in.toString());
    assertEquals(0, again.status(), "unchanged, it is a standing problem, not a new one");
    assertEquals("", again.err());
    assertEquals(
        2,
        CliRun.of("import", "--db", db(), "--quiet", "--retry-failed", in.toString()).status(),
        "read again, it fails again");
  }

  @Test
  void oddOptionalFieldsAreWarnedAboutOncePerFieldAfterTheFilesLine() {
    Path in = copy(dir.resolve("in"), "xml", "vista-odd-client-times.xml");
    Path file = in.resolve("vista-odd-client-times.xml");
    CliRun run = CliRun.of("import", "--db", db(), "--quiet", in.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "kmslog: warning: "
            + file
            + " (line 4, column 1, record 1004): event 12289: Info tuple in the event data: field 2"
            + " (status flags) is '1', expected a hex number such as 0x0\n"
            + "kmslog: warning: "
            + file
            + ": the client time of 2 events 12288 is not a time such as 2026/10/01 08:15 (the"
            + " first: '1/14/2006 2:30', line 1, column 1); the events are stored without it\n"
            + "kmslog: warning: "
            + file
            + ": the client time of 1 event 12289 is not a time such as 2026/10/01 08:15"
            + " ('1/14/2006 2:30', line 2, column 1); the event is stored without it\n",
        run.err());
  }

  @Test
  void rejectedEventsAreWarnedAbout() {
    Path in = copy(dir.resolve("in"), "xml", "event-level-problems.xml");
    CliRun run = CliRun.of("import", "--db", db(), in.toString());
    assertEquals(0, run.status(), "the file itself was read");
    assertEquals(
        3, run.err().lines().filter(l -> l.startsWith("kmslog: warning: ")).count(), run.err());
  }

  @Test
  void summaryShowsEventsPerComputer() {
    Path in =
        copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml", "wevtutil-bare-no-newlines.xml");
    CliRun.of("import", "--db", db(), in.toString());
    CliRun run = CliRun.of("summary", "--db", db());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Database "
            + db()
            + ": 2 files imported, 0 failed, 4 KMS events stored.\n"
            + "\n"
            + "Computer            Event  Kind             Events  First (UTC)          Last (UTC)\n"
            + "------------------  -----  ---------------  ------  -------------------  -------------------\n"
            + "KMS01.corp.example  12290  host request          2  2026-10-01 08:15:02  2026-10-01 09:20:00\n"
            + "PC1.corp.example    12288  client request        1  2026-10-01 08:15:01  2026-10-01 08:15:01\n"
            + "PC1.corp.example    12289  client response       1  2026-10-01 08:15:03  2026-10-01 08:15:03\n",
        run.out());
  }

  @Test
  void analyzeExitsOneWhenAFindingIsAnError() {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    CliRun.of("import", "--db", db(), in.toString());
    CliRun run = CliRun.of("analyze", "--db", db());
    assertEquals(1, run.status(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Analysis #1 as of 2026-10-01 09:20:00 UTC: 2 findings (2 errors, 0 warnings, 0"
                    + " info)."),
        run.out());
    assertTrue(
        run.out().contains("\nerror   BELOW_THRESHOLD: KMS01.corp.example counted 2"), run.out());
    assertTrue(run.out().contains("\n        Fix: "), run.out());
  }

  @Test
  void analyzeVerboseSaysHowLongEachAnalyzerTook() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    CliRun.of("import", "--db", db(), in.toString());
    CliRun quiet = CliRun.of("analyze", "--db", db());
    assertEquals("", quiet.err(), "timings only with --verbose");
    CliRun run = CliRun.of("analyze", "--db", db(), "--verbose");
    assertEquals(1, run.status(), run.err());
    List<String> scripts =
        run.err()
            .lines()
            .map(l -> l.replaceFirst("^kmslog: (\\S+) took \\d+\\.\\d s$", "$1"))
            .filter(l -> l.startsWith("sql/analyzers/"))
            .toList();
    assertEquals(
        java.nio.file.Files.readAllLines(Path.of("sql/analyzers/ANALYZERS")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(n -> "sql/analyzers/" + n)
            .toList(),
        scripts,
        run.err());
    CliRun scheduled = CliRun.of("run", "--db", db(), "--verbose", in.toString());
    assertTrue(
        scheduled.err().contains("kmslog: sql/analyzers/90-host-summary.sql took "),
        scheduled.err());
  }

  @Test
  void analyzeExitsZeroWithOnlyWarnings() throws Exception {
    Path file = dir.resolve("dns.xml");
    java.nio.file.Files.writeString(
        file,
        DnsPublishEvent.xml(
                12293,
                1,
                "2026-10-12T04:00:00Z",
                "<Data>0x8007232A</Data><Data>corp.example</Data>")
            + DnsPublishEvent.xml(12294, 2, "2026-10-13T04:00:00Z", "<Data>corp.example</Data>"));
    CliRun.of("import", "--db", db(), file.toString());
    CliRun run = CliRun.of("analyze", "--db", db());
    assertEquals(0, run.status(), run.out());
    assertTrue(run.out().contains("1 finding (0 errors, 1 warning, 0 info)"), run.out());
  }

  @Test
  void analyzeNeedsADatabaseWithEvents() throws Exception {
    CliRun missing = CliRun.of("analyze", "--db", db());
    assertEquals(2, missing.status());
    assertEquals(
        "kmslog: database " + db() + ": no database there yet; import some exports first\n",
        missing.err());
    Path empty = dir.resolve("empty.xml");
    java.nio.file.Files.writeString(empty, "<Events></Events>");
    CliRun.of("import", "--db", db(), empty.toString());
    CliRun nothing = CliRun.of("analyze", "--db", db());
    assertEquals(2, nothing.status());
    assertEquals(
        "kmslog: database " + db() + " holds no KMS events; import some exports first\n",
        nothing.err());
  }

  @Test
  void analyzeOptionsAreChecked() throws Exception {
    CliRun badTime = CliRun.of("analyze", "--db", db(), "--as-of", "last tuesday");
    assertEquals(2, badTime.status());
    assertEquals(
        "kmslog: analyze: --as-of 'last tuesday' is not a time (try 2026-10-30 or"
            + " 2026-10-30T12:00)\n",
        badTime.err());
    Path hosts = dir.resolve("hosts.txt");
    java.nio.file.Files.writeString(hosts, "# only comments\n\n");
    CliRun emptyList = CliRun.of("analyze", "--db", db(), "--hosts-file", hosts.toString());
    assertEquals(2, emptyList.status());
    assertEquals("kmslog: analyze: the sanctioned host list is empty\n", emptyList.err());
    CliRun missingFile =
        CliRun.of("analyze", "--db", db(), "--hosts-file", dir.resolve("no.txt").toString());
    assertEquals(2, missingFile.status());
    assertTrue(
        missingFile.err().startsWith("kmslog: analyze: cannot read --hosts-file "),
        missingFile.err());
  }

  @Test
  void hostsFileSanctionsHosts() throws Exception {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    CliRun.of("import", "--db", db(), in.toString());
    Path hosts = dir.resolve("hosts.txt");
    java.nio.file.Files.writeString(hosts, "KMS02.corp.example  # the branch host\n");
    CliRun run = CliRun.of("analyze", "--db", db(), "--hosts-file", hosts.toString());
    assertTrue(
        run.out().contains("UNEXPECTED_HOST: KMS01.corp.example answers KMS requests"), run.out());
  }

  @Test
  void summaryOfAMissingDatabaseSaysSo() {
    CliRun run = CliRun.of("summary", "--db", db());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: database " + db() + ": no database there yet; import some exports first\n",
        run.err());
    assertFalse(dir.resolve("kmslog.mv.db").toFile().exists());
  }
}
