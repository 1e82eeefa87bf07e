package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Estate;
import org.kmslog.analyze.HostSummary;
import org.kmslog.testing.StoreUnderTest;

/**
 * Machine names from logs are attacker-controlled: a host named {@code <b>x</b>&"'} and one named
 * like an Excel DDE formula, clients named {@code @SUM(1+1)} and {@code -2+3}, imported through
 * real exports, must reach every report as plain text and nothing else.
 */
class HostileValuesTest {
  static final String MARKUP_HOST = "<b>x</b>&\"'";
  static final String FORMULA_HOST = "=cmd|' /C calc'!A0";
  static final String AT_CLIENT = "@SUM(1+1)";
  static final String MINUS_CLIENT = "-2+3";

  @TempDir static Path dir;
  private static AnalysisRun data;

  @BeforeAll
  static void analyzeAHostileEstate() {
    data = Reports.load(hostileDatabase(dir));
  }

  /** An estate with hostile machine names, imported and analyzed; returns the database. */
  static String hostileDatabase(Path dir) {
    Estate estate = new Estate(dir);
    estate.activation(estate.client("PC1.corp.example"), MARKUP_HOST, "2026-10-29T08:00:00Z");
    estate.refused(
        estate.client(MINUS_CLIENT), MARKUP_HOST, "2026-10-28T08:00:00Z", "0xC004F038", 2);
    estate.clientRequest(
        estate.client(AT_CLIENT),
        MARKUP_HOST + ":1688",
        Instant.parse("2026-10-29T09:00:00Z"),
        "0xC004F074",
        5,
        0);
    estate.hostRequest(
        FORMULA_HOST,
        estate.server("SRV1.corp.example"),
        Instant.parse("2026-10-29T10:00:00Z"),
        "0x0",
        1,
        200_000);
    estate.analyze("2026-10-30T00:00:00Z");
    return StoreUnderTest.location(dir);
  }

  @Test
  void theEstateHasFindingsAboutTheHostileMachines() {
    assertEquals(
        List.of(MARKUP_HOST, FORMULA_HOST), data.hosts().stream().map(HostSummary::host).toList());
    assertTrue(data.findings().stream().anyMatch(f -> MARKUP_HOST.equals(f.host())));
    assertTrue(data.findings().stream().anyMatch(f -> AT_CLIENT.equals(f.client())));
    assertTrue(data.findings().stream().anyMatch(f -> MINUS_CLIENT.equals(f.client())));
  }

  @Test
  void htmlShowsThemEscaped() {
    String html = Reports.render(ReportFormat.HTML, data);
    assertTrue(html.contains("\">&lt;b&gt;x&lt;/b&gt;&amp;&quot;&#39;</td>"), html);
    assertTrue(html.contains("<figcaption>&lt;b&gt;x&lt;/b&gt;&amp;&quot;&#39;</figcaption>"));
    assertTrue(html.contains("\">&lt;b&gt;x&lt;/b&gt;&amp;&quot;&#39;: count of distinct"), html);
    assertTrue(html.contains("<figcaption>=cmd|&#39; /C calc&#39;!A0</figcaption>"));
    assertFalse(html.contains("<b>"), "no markup from a log");
    assertFalse(html.contains("&\""), "no bare ampersand before a quote");
  }

  @Test
  void csvNeutralisesFormulas() throws IOException {
    String csv = Reports.render(ReportFormat.CSV, data);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
      rows = parser.getRecords();
    }
    assertFalse(rows.isEmpty());
    for (CSVRecord row : rows) {
      for (String value : row.values()) {
        assertFalse(value.matches("(?s)[=+\\-@\t\r].*"), "a formula reached the CSV: " + value);
      }
    }
    assertTrue(rows.stream().anyMatch(r -> r.get("host").equals("'" + FORMULA_HOST)));
    assertTrue(rows.stream().anyMatch(r -> r.get("host").equals(MARKUP_HOST)));
    assertTrue(rows.stream().anyMatch(r -> r.get("client").equals("'" + AT_CLIENT)));
    assertTrue(rows.stream().anyMatch(r -> r.get("client").equals("'" + MINUS_CLIENT)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonEscapesThem() {
    String json = Reports.render(ReportFormat.JSON, data);
    assertTrue(json.contains("\"host\": \"<b>x</b>&\\\"'\""), json);
    Map<String, Object> report = (Map<String, Object>) JsonReader.parse(json);
    List<Map<String, Object>> hosts = (List<Map<String, Object>>) report.get("hosts");
    assertEquals(
        List.of(MARKUP_HOST, FORMULA_HOST), hosts.stream().map(h -> h.get("host")).toList());
    List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
    assertTrue(findings.stream().anyMatch(f -> AT_CLIENT.equals(f.get("client"))));
    assertTrue(findings.stream().anyMatch(f -> MINUS_CLIENT.equals(f.get("client"))));
  }

  @Test
  void textKeepsThemOnOneLine() {
    String text = Reports.render(ReportFormat.TEXT, data);
    List<String> lines = text.lines().toList();
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith(MARKUP_HOST + "  ") && l.endsWith("no DNS events")),
        text);
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith(FORMULA_HOST + "  ") && l.endsWith("no DNS events")),
        text);
    assertTrue(lines.stream().anyMatch(l -> l.contains("  " + AT_CLIENT + "  ")), text);
    assertTrue(lines.stream().anyMatch(l -> l.contains("  " + MINUS_CLIENT + "  ")), text);
  }
}
