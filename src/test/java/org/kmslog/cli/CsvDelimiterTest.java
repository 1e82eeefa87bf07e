package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** --csv-delimiter: the CSV report with semicolons for Excel in German and other regions. */
class CsvDelimiterTest {
  @TempDir Path dir;
  private String db;
  private Path drop;

  /** An analyzed export whose findings' details hold semicolons and commas. */
  @BeforeEach
  void analyzed() {
    db = dir.resolve("kmslog").toString();
    drop = copy(dir.resolve("drop"), "xml", "wevtutil-bare-crlf.xml");
    assertEquals(0, CliRun.of("import", "--db", db, drop.toString()).status());
    assertEquals(1, CliRun.of("analyze", "--db", db).status());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"';'|;", "'|'|'|'", "tab|'\t'", "'\t'|'\t'", "','|','"})
  void reportWritesTheSameRowsWithTheChosenDelimiter(String option, char delimiter)
      throws IOException {
    String comma = CliRun.of("report", "--db", db, "--format", "csv").out();
    CliRun run = CliRun.of("report", "--db", db, "--format", "csv", "--csv-delimiter", option);
    assertEquals(1, run.status(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "\uFEFF"
                    + String.join(
                        String.valueOf(delimiter),
                        "kind",
                        "severity",
                        "host",
                        "client",
                        "cmid",
                        "code",
                        "firstSeen",
                        "lastSeen",
                        "count",
                        "daysLeft",
                        "detail",
                        "advice",
                        "id",
                        "cause")
                    + "\r\n"),
        run.out());
    assertEquals(rows(comma, ','), rows(run.out(), delimiter));
    assertEquals(3, rows(run.out(), delimiter).size(), "the header and two findings");
  }

  @Test
  void aSemicolonInAValueIsQuoted() {
    CliRun run = CliRun.of("report", "--db", db, "--format", "csv", "--csv-delimiter", ";");
    assertTrue(
        run.out()
            .contains(
                "\r\nBELOW_THRESHOLD;error;KMS01.corp.example;;;0xC004F038;2026-10-01T08:15:02Z;"
                    + "2026-10-01T09:20:00Z;2;;\"KMS01.corp.example counted 2 distinct clients in"
                    + " the 30 days before 2026-10-01; client operating systems need 25,"),
        run.out());
  }

  @Test
  void runWritesFindingsCsvWithIt() throws IOException {
    Path reports = dir.resolve("reports");
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            db,
            "--report-dir",
            reports.toString(),
            "--csv-delimiter",
            ";",
            drop.toString());
    assertEquals(1, run.status(), run.err());
    String csv = Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFkind;severity;host;client;cmid;code;firstSeen;"), csv);
    String json = Files.readString(reports.resolve("findings.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"detail\": \"KMS01.corp.example counted 2"), "json is unchanged");
  }

  @ParameterizedTest
  @ValueSource(strings = {";;", "", "\"", "a", "\\t", "semicolon"})
  void anythingElseIsRefused(String value) {
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            db,
            "--report-dir",
            dir.resolve("reports").toString(),
            "--csv-delimiter",
            value,
            drop.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: run: --csv-delimiter '" + value + "' is not one of , ; | or tab\n", run.err());
    assertEquals("", run.out(), "refused before anything was imported");
    CliRun report = CliRun.of("report", "--db", db, "--format", "csv", "--csv-delimiter", value);
    assertEquals(2, report.status());
    assertEquals(
        "kmslog: report: --csv-delimiter '" + value + "' is not one of , ; | or tab\n",
        report.err());
    assertEquals("", report.out());
  }

  @Test
  void reportTakesItOnlyForCsv() {
    CliRun run = CliRun.of("report", "--db", db, "--format", "json", "--csv-delimiter", ";");
    assertEquals(2, run.status());
    assertEquals("kmslog: report: --csv-delimiter is for --format csv\n", run.err());
    assertEquals("", run.out());
  }

  private static List<List<String>> rows(String csv, char delimiter) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
      return parser.getRecords().stream().map(CSVRecord::toList).toList();
    }
  }
}
