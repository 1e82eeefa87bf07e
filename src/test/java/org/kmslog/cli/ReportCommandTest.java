package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.DnsPublishEvent;
import org.kmslog.testing.StoreUnderTest;

class ReportCommandTest {
  @TempDir Path dir;

  private String db() {
    return StoreUnderTest.location(dir);
  }

  /**
   * Imports a small export with two error findings: KMS01 below threshold, and PC2 expiring in
   * out-of-box grace (never activated).
   */
  private void importWithAnError() {
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    assertEquals(0, CliRun.of("import", "--db", db(), in.toString()).status());
  }

  private CliRun analyzed() {
    importWithAnError();
    CliRun analyze = CliRun.of("analyze", "--db", db());
    assertEquals(1, analyze.status(), analyze.err());
    return analyze;
  }

  @Test
  void helpListsTheCommand() {
    CliRun run = CliRun.of("--help");
    assertTrue(run.out().contains("\n  report     show the newest analysis as text,"), run.out());
    CliRun help = CliRun.of("report", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("Usage: kmslog report [OPTIONS] \n"), help.out());
    assertTrue(help.out().contains("--format FORMAT"), help.out());
    assertTrue(help.out().contains("--output PATH"), help.out());
  }

  @Test
  void reportBeforeAnalyzeIsAnError() {
    importWithAnError();
    CliRun run = CliRun.of("report", "--db", db());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: database " + db() + " has not been analyzed yet; run kmslog analyze first\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void reportWithoutADatabaseIsAnError() {
    CliRun run = CliRun.of("report", "--db", db());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: database " + db() + ": no database there yet; import some exports first\n",
        run.err());
  }

  @Test
  void unknownFormatIsBadUsage() {
    analyzed();
    CliRun run = CliRun.of("report", "--db", db(), "--format", "xml");
    assertEquals(2, run.status());
    assertEquals("kmslog: report: --format 'xml' is not text, csv, json or html\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void argumentsAreBadUsage() {
    CliRun run = CliRun.of("report", "--db", db(), "report.html");
    assertEquals(2, run.status());
    assertEquals("kmslog: report: takes no arguments, got 'report.html'\n", run.err());
  }

  @Test
  void exitsOneWhenTheRunHasAnError() {
    analyzed();
    CliRun run = CliRun.of("report", "--db", db());
    assertEquals(1, run.status(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Analysis #1 as of 2026-10-01 09:20:00 UTC: 2 findings (2 errors, 0 warnings, 0"
                    + " info).\nThe 2 findings are 1 problem: each comes first below, with the"
                    + " findings it explains.\n\nKMS hosts\n\n"),
        run.out());
    assertTrue(run.out().contains("\nBELOW_THRESHOLD: 1 error\n"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void exitsZeroWithoutErrors() throws IOException {
    Path file = dir.resolve("dns.xml");
    Files.writeString(
        file,
        DnsPublishEvent.xml(
                12293,
                1,
                "2026-10-12T04:00:00Z",
                "<Data>0x8007232A</Data><Data>corp.example</Data>")
            + DnsPublishEvent.xml(12294, 2, "2026-10-13T04:00:00Z", "<Data>corp.example</Data>"));
    CliRun.of("import", "--db", db(), file.toString());
    assertEquals(0, CliRun.of("analyze", "--db", db()).status());
    for (String format : List.of("text", "csv", "json", "html")) {
      CliRun run = CliRun.of("report", "--db", db(), "--format", format);
      assertEquals(0, run.status(), format + ": " + run.err());
    }
  }

  @Test
  void formatsGoToStandardOutputAsUtf8() {
    analyzed();
    CliRun csv = CliRun.of("report", "--db", db(), "--format", "CSV");
    assertEquals(1, csv.status());
    assertTrue(
        csv.out()
            .startsWith(
                "\uFEFFkind,severity,host,client,cmid,code,firstSeen,lastSeen,count,daysLeft,detail,"
                    + "advice,id,cause\r\n"
                    + "BELOW_THRESHOLD,error,KMS01.corp.example,,,"),
        csv.out());
    CliRun json = CliRun.of("report", "--db", db(), "--format", "json");
    assertTrue(
        json.out()
            .startsWith("{\n  \"formatVersion\": 1,\n  \"asOf\": \"2026-10-01T09:20:00Z\",\n"),
        json.out());
    CliRun html = CliRun.of("report", "--db", db(), "--format", "html");
    assertTrue(html.out().startsWith("<!DOCTYPE html>\n"), html.out());
    assertTrue(html.out().endsWith("</html>\n"), html.out());
  }

  @Test
  void outputWritesTheWholeFileAndNothingElse() throws IOException {
    analyzed();
    Path target = dir.resolve("www/reports/kms.json");
    CliRun run =
        CliRun.of("report", "--db", db(), "--format", "json", "--output", target.toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(
        "Wrote the json report of analysis #1 (2 findings: 2 errors, 0 warnings, 0 info) to "
            + target
            + ".\n",
        run.out());
    String expected = CliRun.of("report", "--db", db(), "--format", "json").out();
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    assertEquals(List.of(target), list(target.getParent()), "no temporary file left behind");
  }

  @Test
  void outputReplacesAnOlderReport() throws IOException {
    analyzed();
    Path target = dir.resolve("report.html");
    Files.writeString(target, "an older report");
    CliRun run =
        CliRun.of("report", "--db", db(), "--format", "html", "--output", target.toString());
    assertEquals(1, run.status(), run.err());
    String html = Files.readString(target);
    assertTrue(html.startsWith("<!DOCTYPE html>\n") && html.endsWith("</html>\n"), html);
    assertEquals(
        List.of(target),
        list(dir).stream().filter(p -> p.getFileName().toString().contains("report")).toList());
  }

  @Test
  void outputThatCannotBeWrittenIsAnError() throws IOException {
    analyzed();
    Path file = dir.resolve("file");
    Files.writeString(file, "not a folder");
    Path target = file.resolve("report.txt");
    CliRun run = CliRun.of("report", "--db", db(), "--output", target.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: report: cannot write " + target + ": " + file + " is a file, not a folder\n",
        run.err());
    assertEquals("not a folder", Files.readString(file));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
