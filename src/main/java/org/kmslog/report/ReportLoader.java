package org.kmslog.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.store.Database;
import org.kmslog.store.SqlScript;

/** Reads the newest finished analysis run for the reports, without recomputing anything. */
public final class ReportLoader {
  private static final SqlScript REPORT = SqlScript.load("report/report.sql");

  private ReportLoader() {}

  /**
   * The newest finished analysis run with its hosts, findings and count histories.
   *
   * @return empty when the database has not been analyzed yet
   * @throws ReportException when the database cannot be read
   */
  public static Optional<ReportData> latest(Database database) throws ReportException {
    try {
      Optional<AnalysisRun> latest = new Analyzer(database).latest();
      if (latest.isEmpty()) {
        return Optional.empty();
      }
      AnalysisRun run = latest.get();
      Connection connection = database.connection();
      return Optional.of(
          new ReportData(
              run.id(),
              run.asOf(),
              startedAt(connection, run.id()),
              hosts(connection, run.id()),
              run.findings(),
              countHistory(connection, run.id())));
    } catch (AnalysisException e) {
      throw new ReportException(e.getMessage(), e);
    } catch (SQLException e) {
      throw new ReportException("database " + database.location() + ": " + e.getMessage(), e);
    }
  }

  private static LocalDateTime startedAt(Connection connection, long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(REPORT.get("run_started"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getObject(1, LocalDateTime.class) : null;
      }
    }
  }

  private static List<HostRow> hosts(Connection connection, long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(REPORT.get("hosts_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        List<HostRow> hosts = new ArrayList<>();
        while (row.next()) {
          hosts.add(
              new HostRow(
                  row.getString(1),
                  row.getString(2),
                  row.getLong(3),
                  row.getLong(4),
                  row.getInt(5),
                  row.getInt(6),
                  row.getObject(7, Integer.class),
                  row.getObject(8, Integer.class),
                  row.getObject(9, LocalDateTime.class),
                  row.getObject(10, LocalDateTime.class),
                  row.getString(11)));
        }
        return hosts;
      }
    }
  }

  private static Map<String, List<CountDay>> countHistory(Connection connection, long runId)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(REPORT.get("count_days_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        Map<String, List<CountDay>> history = new LinkedHashMap<>();
        while (row.next()) {
          history
              .computeIfAbsent(row.getString(1), key -> new ArrayList<>())
              .add(new CountDay(row.getObject(2, LocalDate.class), row.getInt(3), row.getInt(4)));
        }
        return history;
      }
    }
  }
}
