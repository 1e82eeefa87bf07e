package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;
import org.kmslog.testing.Fixtures;

/** Every report format on the bundled samples: 27 findings and 4 KMS hosts. */
class SampleReportsTest {
  private static final List<String> FINDING_KEYS =
      List.of(
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
          "cause");
  private static final List<String> HOST_KEYS =
      List.of(
          "host",
          "requests",
          "clients30d",
          "estimatedCount",
          "threshold",
          "reportedCounts",
          "firstRequest",
          "lastRequest",
          "dnsStatus",
          "countHistory");
  private static final List<String> HOSTS =
      List.of(
          "KMS01.corp.example",
          "KMS02.corp.example",
          "KMS03.corp.example",
          "WS-DEV07.corp.example");

  @TempDir static Path dir;
  private static AnalysisRun data;

  @BeforeAll
  static void analyzeTheSamples() {
    data = Reports.load(Reports.samplesDatabase(dir));
  }

  @Test
  void textIsTheGoldenReport() {
    String text = Reports.render(ReportFormat.TEXT, data);
    Fixtures.assertGolden("report/samples.txt", text);
  }

  @Test
  void textWrapsDetailsAndFixesAt100Columns() {
    String text = Reports.render(ReportFormat.TEXT, data);
    List<String> wrapped =
        text.lines().filter(l -> l.startsWith("    ") || l.matches(" ?\\d+\\. .*")).toList();
    // Each of the 11 problems' fix twice (first among the problems, then under its kind); the 16
    // findings they explain say so before their fix.
    assertEquals(22, wrapped.stream().filter(l -> l.startsWith("    Fix: ")).count());
    assertEquals(16, wrapped.stream().filter(l -> l.startsWith("    Explained by #")).count());
    for (String line : wrapped) {
      assertTrue(line.length() <= 100, line);
    }
  }

  @Test
  void csvHasOneRowPerFindingWithTheContractColumns() throws IOException {
    String csv = Reports.render(ReportFormat.CSV, data);
    assertTrue(
        csv.startsWith("\uFEFFkind,severity,host,client,cmid,code,firstSeen,lastSeen,"), csv);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
      assertEquals(FINDING_KEYS, parser.getHeaderNames());
      rows = parser.getRecords();
    }
    assertEquals(27, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Finding f = data.findings().get(i);
      CSVRecord row = rows.get(i);
      assertEquals(f.kind(), row.get("kind"));
      assertEquals(f.severity(), row.get("severity"));
      assertEquals(nullToEmpty(f.host()), row.get("host"));
      assertEquals(nullToEmpty(f.client()), row.get("client"));
      assertEquals(f.cmid() == null ? "" : f.cmid().toString(), row.get("cmid"));
      assertEquals(nullToEmpty(f.code()), row.get("code"));
      assertEquals(UtcTime.iso(f.firstSeen()), row.get("firstSeen"));
      assertEquals(UtcTime.iso(f.lastSeen()), row.get("lastSeen"));
      assertEquals(String.valueOf(f.count()), row.get("count"));
      assertEquals(f.daysLeft() == null ? "" : f.daysLeft().toString(), row.get("daysLeft"));
      assertEquals(f.detail(), row.get("detail"));
      assertEquals(f.advice(), row.get("advice"));
      assertEquals(String.valueOf(i + 1), row.get("id"));
      assertEquals(f.cause() == null ? "" : f.cause().toString(), row.get("cause"));
    }
    CSVRecord first = rows.get(0);
    assertEquals("UNREACHED_HOST", first.get("kind"));
    assertEquals("kms-old.corp.example:1688", first.get("host"));
    assertEquals("PC-BRANCH-NEW.corp.example", first.get("client"));
    assertEquals("43875900-71d0-48e4-951b-378cd4ea0e13", first.get("cmid"));
    assertEquals("2026-10-14T09:34:47Z", first.get("firstSeen"));
    assertEquals("2026-10-29T10:21:36Z", first.get("lastSeen"));
    assertEquals("9", first.get("count"));
    assertEquals("24", first.get("cause"), "kms-old.corp.example's UNEXPECTED_HOST explains it");
  }

  @Test
  void textLeadsWithTheElevenProblemsTheFindingsAre() {
    String text = Reports.render(ReportFormat.TEXT, data);
    assertTrue(
        text.contains(
            "\nThe 27 findings are 11 problems: each comes first below, with the findings it"
                + " explains.\n"),
        text);
    int problems = text.indexOf("\nProblems, each with what it explains\n");
    assertTrue(problems > 0 && problems < text.indexOf("\nUNREACHED_HOST: "), text);
    assertTrue(
        text.contains(
            "\n 1. error BELOW_THRESHOLD KMS02.corp.example (#7): KMS02.corp.example counted 7"),
        "the problem that explains most comes first: " + text);
    assertTrue(
        text.contains(
            "\n    It explains 7 findings:\n"
                + "      #14 error EXPIRING BR-PC01.branch.corp.example (host KMS02.corp.example)\n"),
        text);
  }

  @Test
  void csvLinesEndInCrLf() {
    String csv = Reports.render(ReportFormat.CSV, data);
    assertEquals(28, csv.split("\r\n", -1).length - 1, "a header and 27 rows, each ending CRLF");
    assertEquals(csv.split("\r\n", -1).length - 1, csv.split("\n", -1).length - 1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasTheRunItsHostsAndItsFindings() {
    String json = Reports.render(ReportFormat.JSON, data);
    Map<String, Object> report = (Map<String, Object>) JsonReader.parse(json);
    assertEquals(
        List.of(
            "formatVersion", "asOf", "generatedAt", "analysisId", "hosts", "findings", "clients"),
        List.copyOf(report.keySet()));
    assertEquals(1L, report.get("formatVersion"));
    assertEquals("2026-10-30T23:03:47Z", report.get("asOf"));
    assertTrue(
        ((String) report.get("generatedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        report.get("generatedAt").toString());
    assertEquals(1L, report.get("analysisId"));
    List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
    assertEquals(27, findings.size());
    for (Map<String, Object> finding : findings) {
      assertEquals(FINDING_KEYS, List.copyOf(finding.keySet()));
    }
    assertEquals(1L, findings.get(0).get("id"));
    assertEquals(24L, findings.get(0).get("cause"));
    Map<String, Object> duplicate = findings.get(5);
    assertEquals("DUPLICATE_CMID", duplicate.get("kind"));
    assertEquals(null, duplicate.get("code"));
    assertEquals("570d762b-c0a6-4cac-bd28-8e48749576ac", duplicate.get("cmid"));
    assertEquals(2L, duplicate.get("count"));
    assertEquals(null, duplicate.get("cause"), "cloned machines are a problem of their own");
    List<Map<String, Object>> hosts = (List<Map<String, Object>>) report.get("hosts");
    assertEquals(HOSTS, hosts.stream().map(h -> h.get("host")).toList());
    for (Map<String, Object> host : hosts) {
      assertEquals(HOST_KEYS, List.copyOf(host.keySet()));
      List<Map<String, Object>> history = (List<Map<String, Object>>) host.get("countHistory");
      assertFalse(history.isEmpty(), host.get("host") + " has a count history");
      assertEquals(List.of("day", "count", "threshold"), List.copyOf(history.get(0).keySet()));
      assertEquals("2026-10-30", history.get(history.size() - 1).get("day"));
    }
    Map<String, Object> kms02 = hosts.get(1);
    assertEquals(7L, kms02.get("estimatedCount"));
    assertEquals(25L, kms02.get("threshold"));
    assertEquals(Map.of("min", 7L, "max", 7L), kms02.get("reportedCounts"));
    assertEquals("failing since 2026-09-01 (0x80070005)", kms02.get("dnsStatus"));
    Map<String, Object> reported = (Map<String, Object>) hosts.get(3).get("reportedCounts");
    assertTrue(reported.containsKey("min") && reported.get("min") == null, reported.toString());
  }

  @Test
  void jsonIsPrettyPrintedWithTwoSpaces() {
    String json = Reports.render(ReportFormat.JSON, data);
    assertTrue(
        json.startsWith(
            "{\n  \"formatVersion\": 1,\n  \"asOf\": \"2026-10-30T23:03:47Z\",\n  \"generatedAt\": "),
        json);
    assertTrue(json.contains("\n  \"analysisId\": 1,\n  \"hosts\": [\n    {\n      \"host\": "));
    assertTrue(json.endsWith("\n  ]\n}\n"));
  }

  @Test
  void htmlHasOneChartPerHostAndNoScript() {
    String html = Reports.render(ReportFormat.HTML, data);
    assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
    assertTrue(
        html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; img-src data:;"),
        html);
    assertTrue(html.contains("<title>KMS activation report as of 2026-10-30 23:03 UTC</title>"));
    assertEquals(4, count(html, "<svg "));
    assertEquals(4, count(html, "<figcaption>"));
    for (String host : HOSTS) {
      assertTrue(html.contains("<figcaption>" + host + "</figcaption>"), host);
    }
    assertEquals(27, count(html, "<article class=\"finding "));
    assertFalse(html.toLowerCase().contains("<script"), "no script");
    assertFalse(Pattern.compile("(src|href)=", Pattern.CASE_INSENSITIVE).matcher(html).find());
    assertFalse(html.contains("url("), "nothing fetched from CSS");
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
