package org.kmslog.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the rows an analysis wrote in the fixed layout of the analyzer scripts: one block per row,
 * the table's name and then one column a line, in the table's column order.
 */
final class ScriptRows {
  private static final String HOST_SUMMARY =
      "SELECT host, host_key, requests, clients_30d, estimated_count, threshold, reported_min,"
          + " reported_max, first_request, last_request, dns_status"
          + " FROM host_summary WHERE run_id = ? ORDER BY host_key";

  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter(Locale.ROOT);

  private ScriptRows() {}

  /** The rows of the tables the script expects, as its expected part must read. */
  static String of(AnalyzerScript script, AnalysisRun run, Connection connection)
      throws SQLException {
    boolean causes = script.tables().contains(AnalyzerScript.CAUSE);
    List<String> blocks = new ArrayList<>(findings(run.findings(), causes));
    if (blocks.isEmpty()) {
      blocks.add("(no finding rows)\n");
    }
    if (script.tables().contains(AnalyzerScript.HOST_SUMMARY)) {
      List<String> hosts = hostSummaries(connection, run.id());
      blocks.addAll(hosts.isEmpty() ? List.of("(no host_summary rows)\n") : hosts);
    }
    return String.join("\n", blocks);
  }

  /**
   * The findings in the order the Analyzer API gives them; findings it ranks equal (one host's
   * failures in two DNS domains) are put in the order of their text, so the layout is stable.
   */
  static List<String> findings(List<Finding> findings, boolean causes) {
    Map<Integer, Finding> byId = new LinkedHashMap<>();
    findings.forEach(f -> byId.put(f.id(), f));
    List<String> blocks = new ArrayList<>();
    int start = 0;
    while (start < findings.size()) {
      int end = start + 1;
      while (end < findings.size() && rankedEqual(findings.get(start), findings.get(end))) {
        end++;
      }
      List<String> group = new ArrayList<>();
      for (Finding f : findings.subList(start, end)) {
        Map<String, Object> columns = finding(f);
        if (causes) {
          columns.put("cause", f.cause() == null ? null : named(byId.get(f.cause())));
        }
        group.add(block(AnalyzerScript.FINDING, columns));
      }
      group.sort(null);
      blocks.addAll(group);
      start = end;
    }
    return blocks;
  }

  /**
   * A cause named as the reports list it, by its kind, host and client (or, having neither, the
   * start of its detail), not by its number.
   */
  private static String named(Finding cause) {
    StringBuilder name = new StringBuilder(cause.kind());
    if (cause.host() == null && cause.client() == null) {
      String detail = cause.detail();
      return name.append(": ").append(detail, 0, Math.min(detail.length(), 60)).toString();
    }
    if (cause.host() != null) {
      name.append(" host ").append(cause.host());
    }
    if (cause.client() != null) {
      name.append(" client ").append(cause.client());
    }
    return name.toString();
  }

  private static boolean rankedEqual(Finding a, Finding b) {
    return a.severity().equals(b.severity())
        && a.kind().equals(b.kind())
        && Objects.equals(lower(a.host()), lower(b.host()))
        && Objects.equals(lower(a.client()), lower(b.client()));
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("kind", f.kind());
    columns.put("severity", f.severity());
    columns.put("host", f.host());
    columns.put("client", f.client());
    columns.put("cmid", f.cmid());
    columns.put("code", f.code());
    columns.put("first_seen", f.firstSeen());
    columns.put("last_seen", f.lastSeen());
    columns.put("count", f.count());
    columns.put("days_left", f.daysLeft());
    columns.put("detail", f.detail());
    columns.put("advice", f.advice());
    return columns;
  }

  private static List<String> hostSummaries(Connection connection, long runId) throws SQLException {
    List<String> blocks = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(HOST_SUMMARY)) {
      query.setLong(1, runId);
      try (ResultSet rows = query.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          Map<String, Object> columns = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rows.getObject(i);
            if (value instanceof java.sql.Timestamp) {
              value = rows.getObject(i, LocalDateTime.class);
            }
            columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
          }
          blocks.add(block(AnalyzerScript.HOST_SUMMARY, columns));
        }
      }
    }
    return blocks;
  }

  private static String block(String table, Map<String, Object> columns) {
    int width = columns.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder text = new StringBuilder(table).append('\n');
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      text.append("  ")
          .append(String.format(Locale.ROOT, "%-" + width + "s", column.getKey()))
          .append(' ')
          .append(value(column.getValue()))
          .append('\n');
    }
    return text.toString();
  }

  /** A value as the layout writes it: null as null, times in UTC without a T, breaks escaped. */
  static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof LocalDateTime time) {
      return TIME.format(time);
    }
    return value.toString().replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }
}
