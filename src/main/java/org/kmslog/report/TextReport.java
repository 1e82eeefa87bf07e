package org.kmslog.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            FindingGroups.plural(data.count("info"), "info")));
    Optional<String> stale = staleExports(data);
    if (stale.isPresent()) {
      lines(PlainText.wrap(stale.get(), WIDTH, "", ""), out);
    }
    List<Problems> problems = Problems.of(data.findings());
    if (problems.size() < data.findings().size()) {
      out.append(
          String.format(
              "The %s are %s: each comes first below, with the findings it explains.\n",
              FindingGroups.plural(data.findings().size(), "finding"),
              FindingGroups.plural(problems.size(), "problem")));
    }
    out.append('\n');
    writeHosts(data, out);
    if (problems.size() < data.findings().size()) {
      // Only when findings explain others: else each finding is a problem of its own, as below.
      out.append('\n');
      writeProblems(problems, out);
    }
    for (Map.Entry<String, List<Finding>> kind : FindingGroups.byKind(data.findings()).entrySet()) {
      out.append('\n');
      writeKind(kind.getKey(), kind.getValue(), out);
    }
    ClientsText.section(data, out);
  }

  /**
   * The headline's line about exports that stopped arriving (EXPORTS_STALE), such as "Exports
   * stopped arriving from KMS03 (no event after 2026-10-05 06:46 UTC)."; empty when none did.
   */
  public static Optional<String> staleExports(AnalysisRun data) {
    List<String> hosts = new ArrayList<>();
    for (Finding f : data.findings()) {
      if (f.kind().equals("EXPORTS_STALE")) {
        hosts.add(f.host() + " (no event after " + UtcTime.minutes(f.lastSeen()) + " UTC)");
      }
    }
    if (hosts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Exports stopped arriving from "
            + (hosts.size() == 1 ? "" : hosts.size() + " hosts: ")
            + String.join(", ", hosts)
            + "; what this report says of them is that old.");
  }

  private static void writeProblems(List<Problems> problems, Appendable out) throws IOException {
    out.append("Problems, each with what it explains\n\n");
    for (int i = 0; i < problems.size(); i++) {
      Problems problem = problems.get(i);
      Finding f = problem.cause();
      String number = String.format("%" + (INDENT.length() - 2) + "d. ", i + 1);
      lines(
          PlainText.wrap(
              f.severity() + " " + Problems.label(f) + " (#" + f.id() + "): " + f.detail(),
              WIDTH,
              number,
              INDENT),
          out);
      lines(PlainText.wrap("Fix: " + f.advice(), WIDTH, INDENT, INDENT), out);
      if (!problem.explained().isEmpty()) {
        out.append(INDENT)
            .append("It explains ")
            .append(FindingGroups.plural(problem.explained().size(), "finding"))
            .append(":\n");
        for (Finding e : problem.explained()) {
          lines(
              PlainText.wrap(
                  "#" + e.id() + " " + e.severity() + " " + Problems.label(e),
                  WIDTH,
                  INDENT + "  ",
                  INDENT + "    "),
              out);
        }
      }
    }
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
    boolean causes = findings.stream().anyMatch(f -> f.cause() != null);
    if (daysLeft) {
      headers.add("Days left>");
    }
    headers.addAll(List.of("First seen", "Last seen"));
    if (causes) {
      headers.add("Cause");
    }
    TextTable table = new TextTable(headers.toArray(new String[0]));
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      List<Object> cells =
          new ArrayList<>(
              Arrays.asList(f.id(), f.severity(), f.host(), f.client(), f.code(), f.count()));
      if (daysLeft) {
        cells.add(f.daysLeft());
      }
      cells.add(UtcTime.day(f.firstSeen()));
      cells.add(UtcTime.day(f.lastSeen()));
      if (causes) {
        cells.add(f.cause() == null ? null : "#" + f.cause());
      }
      table.add(cells.toArray());
    }
    out.append(table.render()).append('\n');
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      String number = String.format("%" + (INDENT.length() - 2) + "d. ", f.id());
      lines(PlainText.wrap(f.detail(), WIDTH, number, INDENT), out);
      if (f.cause() == null) {
        lines(PlainText.wrap("Fix: " + f.advice(), WIDTH, INDENT, INDENT), out);
      } else {
        lines(
            PlainText.wrap(
                "Explained by #" + f.cause() + "; fixing that fixes this. Fix: " + f.advice(),
                WIDTH,
                INDENT,
                INDENT),
            out);
      }
    }
  }

  private static void lines(List<String> lines, Appendable out) throws IOException {
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }
}
