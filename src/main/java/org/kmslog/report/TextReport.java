package org.kmslog.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;
import org.kmslog.analyze.HostSummary;

/**
 * The report for a terminal: a headline, the per-host table, then one table per kind of finding
 * with each finding's detail and fix wrapped at 100 columns. No colour, and no control character
 * from a log reaches the terminal.
 */
public final class TextReport {
  /** The width details and fixes are wrapped at. */
  static final int WIDTH = 100;

  private static final String INDENT = "    ";

  private TextReport() {}

  /** Writes the report of this run. */
  public static void write(AnalysisRun data, Appendable out) throws IOException {
    out.append(
            String.format(
                "Analysis #%d as of %s UTC: %s (%s, %s, %s).\n",
                data.id(),
                UtcTime.seconds(data.asOf()),
                FindingGroups.plural(data.findings().size(), "finding"),
                FindingGroups.plural(data.count("error"), "error"),
                FindingGroups.plural(data.count("warning"), "warning"),
                FindingGroups.plural(data.count("info"), "info")))
        .append('\n');
    writeHosts(data, out);
    for (Map.Entry<String, List<Finding>> kind : FindingGroups.byKind(data.findings()).entrySet()) {
      out.append('\n');
      writeKind(kind.getKey(), kind.getValue(), out);
    }
    ClientsText.section(data, out);
  }

  private static void writeHosts(AnalysisRun data, Appendable out) throws IOException {
    if (data.hosts().isEmpty()) {
      out.append("KMS hosts: none logged a request.\n");
      return;
    }
    out.append("KMS hosts\n\n");
    TextTable table =
        new TextTable(
            "Host",
            "Requests>",
            "Clients 30d>",
            "Count>",
            "Threshold>",
            "Clients saw>",
            "Last request (UTC)",
            "DNS");
    for (HostSummary host : data.hosts()) {
      table.add(
          host.host(),
          host.requests(),
          host.clients30d(),
          host.estimatedCount(),
          host.threshold(),
          FindingGroups.reportedCounts(host),
          UtcTime.minutes(host.lastRequest()),
          host.dnsStatus());
    }
    out.append(table.render());
  }

  private static void writeKind(String kind, List<Finding> findings, Appendable out)
      throws IOException {
    out.append(kind).append(": ").append(FindingGroups.severities(findings)).append("\n\n");
    // Days left only where they mean something: a kind none of whose findings has them gets none.
    boolean daysLeft = findings.stream().anyMatch(f -> f.daysLeft() != null);
    List<String> headers =
        new ArrayList<>(List.of("#>", "Severity", "Host", "Client", "Code", "Count>"));
    if (daysLeft) {
      headers.add("Days left>");
    }
    headers.addAll(List.of("First seen", "Last seen"));
    TextTable table = new TextTable(headers.toArray(new String[0]));
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      List<Object> cells =
          new ArrayList<>(
              Arrays.asList(i + 1, f.severity(), f.host(), f.client(), f.code(), f.count()));
      if (daysLeft) {
        cells.add(f.daysLeft());
      }
      cells.add(UtcTime.day(f.firstSeen()));
      cells.add(UtcTime.day(f.lastSeen()));
      table.add(cells.toArray());
    }
    out.append(table.render()).append('\n');
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      String number = String.format("%" + (INDENT.length() - 2) + "d. ", i + 1);
      lines(PlainText.wrap(f.detail(), WIDTH, number, INDENT), out);
      lines(PlainText.wrap("Fix: " + f.advice(), WIDTH, INDENT, INDENT), out);
    }
  }

  private static void lines(List<String> lines, Appendable out) throws IOException {
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }
}
