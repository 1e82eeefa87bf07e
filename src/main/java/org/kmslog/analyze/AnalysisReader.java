package org.kmslog.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kmslog.store.Database;
import org.kmslog.store.SqlScript;

/** Reads finished analysis runs back from the database as they were stored, recomputing nothing. */
public final class AnalysisReader {
  private static final SqlScript RESULTS = SqlScript.load("analyzers/results.sql");

  private final Database database;
  private final Connection connection;

  public AnalysisReader(Database database) {
    this.database = database;
    this.connection = database.connection();
  }

  /**
   * The newest finished run with its hosts, findings and count histories.
   *
   * @return empty when the database has not been analyzed yet
   * @throws AnalysisException when the database cannot be read
   */
  public Optional<AnalysisRun> latest() throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("latest_run"));
        ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(read(row.getLong(1))) : Optional.empty();
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  /** The finished run with this id. */
  AnalysisRun read(long runId) throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new AnalysisException(database.describe("analysis #" + runId + " is not finished"));
        }
        return new AnalysisRun(
            runId,
            row.getObject(1, LocalDateTime.class),
            row.getObject(2, LocalDateTime.class),
            hosts(runId),
            findings(runId),
            countHistory(runId),
            clients(runId));
      }
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  private List<HostSummary> hosts(long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("hosts_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        List<HostSummary> hosts = new ArrayList<>();
        while (row.next()) {
          hosts.add(
              new HostSummary(
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

  /**
   * The findings of one run, most severe first, numbered in that order; a cause is named by its
   * number (the database's ids number the findings of every run together).
   */
  private List<Finding> findings(long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("findings_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        List<Finding> findings = new ArrayList<>();
        Map<Long, Integer> numbers = new HashMap<>();
        List<Long> causeIds = new ArrayList<>();
        while (row.next()) {
          numbers.put(row.getLong(13), findings.size() + 1);
          causeIds.add(row.getObject(14, Long.class));
          findings.add(
              new Finding(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getObject(5, UUID.class),
                  row.getString(6),
                  row.getObject(7, LocalDateTime.class),
                  row.getObject(8, LocalDateTime.class),
                  row.getLong(9),
                  row.getObject(10, Integer.class),
                  row.getString(11),
                  row.getString(12),
                  findings.size() + 1,
                  null));
        }
        List<Finding> numbered = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
          Finding f = findings.get(i);
          Integer cause = causeIds.get(i) == null ? null : numbers.get(causeIds.get(i));
          numbered.add(
              new Finding(
                  f.kind(),
                  f.severity(),
                  f.host(),
                  f.client(),
                  f.cmid(),
                  f.code(),
                  f.firstSeen(),
                  f.lastSeen(),
                  f.count(),
                  f.daysLeft(),
                  f.detail(),
                  f.advice(),
                  f.id(),
                  cause));
        }
        return numbered;
      }
    }
  }

  /** The clients table of one run, those that need attention first. */
  private List<ClientActivation> clients(long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("clients_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        List<ClientActivation> clients = new ArrayList<>();
        while (row.next()) {
          clients.add(
              new ClientActivation(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getObject(4, UUID.class),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7),
                  row.getObject(8, LocalDateTime.class),
                  row.getObject(9, LocalDateTime.class),
                  row.getString(10),
                  row.getObject(11, LocalDateTime.class),
                  row.getObject(12, LocalDateTime.class),
                  row.getObject(13, Integer.class),
                  row.getObject(14, Integer.class),
                  row.getString(15),
                  row.getObject(16, LocalDateTime.class),
                  row.getString(17)));
        }
        return clients;
      }
    }
  }

  private Map<String, List<CountDay>> countHistory(long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(RESULTS.get("count_days_of_run"))) {
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
