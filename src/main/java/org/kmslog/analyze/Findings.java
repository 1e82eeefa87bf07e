package org.kmslog.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kmslog.store.SqlScript;

/** Reads the findings of an analysis run. */
final class Findings {
  private static final SqlScript RUNNER = SqlScript.load("analyzers/runner.sql");

  private Findings() {}

  /** The findings of one run, most severe first. */
  static List<Finding> ofRun(Connection connection, long runId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(RUNNER.get("findings_of_run"))) {
      query.setLong(1, runId);
      try (ResultSet row = query.executeQuery()) {
        List<Finding> findings = new ArrayList<>();
        while (row.next()) {
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
                  row.getString(10),
                  row.getString(11)));
        }
        return findings;
      }
    }
  }
}
