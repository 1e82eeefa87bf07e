package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;

/** The clients section of every report format on the bundled samples: 59 client products. */
class SampleClientsReportTest {
  @TempDir static Path dir;
  private static AnalysisRun data;

  @BeforeAll
  static void analyzeTheSamples() {
    data = Reports.load(Reports.samplesDatabase(dir));
  }

  @Test
  void theRunHoldsEveryClientAndProductThoseThatNeedAttentionFirst() {
    assertEquals(59, data.clients().size());
    assertEquals(
        List.of("failing", "never", "active"),
        data.clients().stream().map(ClientActivation::status).distinct().toList());
    assertEquals("PC-GRACE15.corp.example", data.clients().get(0).client());
  }

  @Test
  void textEndsWithTheClientsSection() {
    String text = Reports.render(ReportFormat.TEXT, data);
    int section = text.indexOf("\nClients: 59 client products (4 failing, 11 never activated,");
    assertTrue(section > 0, text);
    assertTrue(
        text.substring(section)
            .contains(
                "\n5 client products last activated by KMS03.corp.example, which is silent"
                    + " (HOST_SILENT); each stays\n"),
        text.substring(section));
  }

  @Test
  void jsonHasAClientsArrayWithTheCsvColumnsAsFields() {
    @SuppressWarnings("unchecked")
    Map<String, Object> report =
        (Map<String, Object>) JsonReader.parse(Reports.render(ReportFormat.JSON, data));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> clients = (List<Map<String, Object>>) report.get("clients");
    assertEquals(59, clients.size());
    Map<String, Object> srv =
        clients.stream()
            .filter(c -> c.get("client").equals("SRV-APP01.corp.example"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "client",
            "cmids",
            "activationId",
            "product",
            "status",
            "host",
            "lastRequest",
            "lastSuccess",
            "successHost",
            "validUntil",
            "renewAt",
            "licenseState",
            "licenseStateWords",
            "daysLeft",
            "lastError",
            "lastErrorAt",
            "errorMeaning"),
        List.copyOf(srv.keySet()));
    assertEquals(List.of("da93d67a-adbd-40a3-8ff1-58b66d59f140"), srv.get("cmids"));
    assertEquals("Windows Server 2019 Datacenter", srv.get("product"));
    assertEquals("failing", srv.get("status"));
    assertEquals("2026-10-05T06:12:", ((String) srv.get("lastSuccess")).substring(0, 17));
    assertEquals("KMS03.corp.example", srv.get("successHost"));
    assertEquals(1L, srv.get("licenseState"));
    assertEquals("licensed", srv.get("licenseStateWords"));
    assertEquals(154L, srv.get("daysLeft"));
    assertEquals("0xC004F074", srv.get("lastError"));
  }

  @Test
  void clientsCsvHasOneRowPerClientAndProduct() throws IOException {
    StringBuilder csv = new StringBuilder();
    ClientsCsv.write(data, csv, ',');
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertEquals(59, rows.size());
    List<CSVRecord> fin =
        rows.stream().filter(r -> r.get("client").startsWith("PC-FIN03")).toList();
    assertEquals(
        List.of("Office Professional Plus 2016", "Windows 10/11 Enterprise"),
        fin.stream().map(r -> r.get("product")).toList());
    assertEquals(
        "9752b621-fe4d-4040-bd2f-3cae95bf5cef", fin.get(0).get("cmids"), "one CMID, two products");
  }

  @Test
  void htmlHasTheClientsTableWithEveryRow() {
    String html = Reports.render(ReportFormat.HTML, data);
    int section = html.indexOf("<section id=\"clients\">");
    assertTrue(section > 0, "a clients section");
    String clients = html.substring(section, html.indexOf("</section>", section));
    assertEquals(59, clients.split("<tr class=\"", -1).length - 1);
    assertTrue(
        clients.contains(
            "<li>SRV-APP02.corp.example (Windows Server 2022 Standard): last activated"
                + " 2026-09-30 01:48 UTC, due to renew since 2026-10-07, must renew by 2027-03-29"
                + " (149 days left); active.</li>"),
        clients);
  }
}
