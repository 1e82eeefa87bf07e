package org.kmslog.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;
import org.kmslog.analyze.CountDay;
import org.kmslog.analyze.Finding;
import org.kmslog.analyze.HostSummary;

/**
 * The report as JSON: the run, its hosts with their count history, and its findings with exactly
 * the contract fields (README.md, "Report formats", gives the schema). Times are UTC ISO-8601.
 */
public final class JsonReport {
  /**
   * The version of the report's layout, its first field: raised when a field changes its meaning or
   * goes away, so that a program reading the report can tell; new fields leave it as it is.
   */
  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  /** Writes the report of this run. */
  public static void write(AnalysisRun data, Appendable out) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("formatVersion", FORMAT_VERSION);
    report.put("asOf", UtcTime.iso(data.asOf()));
    report.put("generatedAt", UtcTime.iso(data.generatedAt()));
    report.put("analysisId", data.id());
    List<Object> hosts = new ArrayList<>();
    for (HostSummary host : data.hosts()) {
      hosts.add(host(host, data.history(host)));
    }
    report.put("hosts", hosts);
    List<Object> findings = new ArrayList<>();
    for (Finding finding : data.findings()) {
      findings.add(finding(finding));
    }
    report.put("findings", findings);
    List<Object> clients = new ArrayList<>();
    for (ClientActivation client : data.clients()) {
      clients.add(client(client));
    }
    report.put("clients", clients);
    JsonText.write(report, out);
  }

  private static Map<String, Object> host(HostSummary host, List<CountDay> history) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("host", host.host());
    json.put("requests", host.requests());
    json.put("clients30d", host.clients30d());
    json.put("estimatedCount", host.estimatedCount());
    json.put("threshold", host.threshold());
    Map<String, Object> reported = new LinkedHashMap<>();
    reported.put("min", host.reportedMin());
    reported.put("max", host.reportedMax());
    json.put("reportedCounts", reported);
    json.put("firstRequest", UtcTime.iso(host.firstRequest()));
    json.put("lastRequest", UtcTime.iso(host.lastRequest()));
    json.put("dnsStatus", host.dnsStatus());
    List<Object> days = new ArrayList<>();
    for (CountDay day : history) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("day", day.day().toString());
      point.put("count", day.count());
      point.put("threshold", day.threshold());
      days.add(point);
    }
    json.put("countHistory", days);
    return json;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", f.kind());
    json.put("severity", f.severity());
    json.put("host", f.host());
    json.put("client", f.client());
    json.put("cmid", f.cmid() == null ? null : f.cmid().toString());
    json.put("code", f.code());
    json.put("firstSeen", UtcTime.iso(f.firstSeen()));
    json.put("lastSeen", UtcTime.iso(f.lastSeen()));
    json.put("count", f.count());
    json.put("daysLeft", f.daysLeft());
    json.put("detail", f.detail());
    json.put("advice", f.advice());
    json.put("id", f.id());
    json.put("cause", f.cause());
    return json;
  }

  private static Map<String, Object> client(ClientActivation c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("client", c.client());
    json.put("cmids", c.cmids() == null ? List.of() : List.of(c.cmids().split(", ")));
    json.put("activationId", c.activationId() == null ? null : c.activationId().toString());
    json.put("product", c.product());
    json.put("status", c.status());
    json.put("host", c.host());
    json.put("lastRequest", UtcTime.iso(c.lastRequest()));
    json.put("lastSuccess", UtcTime.iso(c.lastSuccess()));
    json.put("successHost", c.successHost());
    json.put("validUntil", UtcTime.iso(c.validUntil()));
    json.put("renewAt", UtcTime.iso(c.renewAt()));
    json.put("licenseState", c.licenseState());
    json.put("licenseStateWords", c.licenseStateWords());
    json.put("daysLeft", c.daysLeft());
    json.put("lastError", ClientsTable.error(c));
    json.put("lastErrorAt", UtcTime.iso(c.lastErrorAt()));
    json.put("errorMeaning", c.errorMeaning());
    return json;
  }
}
