package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's named statements, each prepared once on a connection and kept open for as long as it:
 * an import of thousands of small files runs the same eighteen statements for each, and preparing
 * them again for every file (H2 parses each anew) was an eighth of the importing thread's time
 * (BENCHMARKS.md). A statement outlives commits and rollbacks; whoever takes one must not close it.
 */
final class PreparedStatements implements AutoCloseable {
  private final Connection connection;
  private final SqlScript sql;
  private final Map<String, PreparedStatement> open = new HashMap<>();
  private final Map<String, PreparedStatement> returningKeys = new HashMap<>();

  PreparedStatements(Connection connection, SqlScript sql) {
    this.connection = connection;
    this.sql = sql;
  }

  /** The text of the statement of this name. */
  String sql(String name) {
    return sql.get(name);
  }

  /** The statement of this name, with no parameters bound and nothing batched. */
  PreparedStatement get(String name) throws SQLException {
    PreparedStatement statement = open.get(name);
    if (statement == null) {
      statement = connection.prepareStatement(sql.get(name));
      open.put(name, statement);
    }
    return clean(statement);
  }

  /** The insert of this name, prepared to return the key the database generates for its row. */
  PreparedStatement returningKeys(String name) throws SQLException {
    PreparedStatement statement = returningKeys.get(name);
    if (statement == null) {
      statement = connection.prepareStatement(sql.get(name), Statement.RETURN_GENERATED_KEYS);
      returningKeys.put(name, statement);
    }
    return clean(statement);
  }

  /**
   * The statement as it was prepared: a batch that failed part-way through its binding (a file that
   * failed) must not reach the next user, who would write another file's rows with it.
   */
  private static PreparedStatement clean(PreparedStatement statement) throws SQLException {
    statement.clearBatch();
    statement.clearParameters();
    return statement;
  }

  @Override
  public void close() {
    for (Map<String, PreparedStatement> statements : List.of(open, returningKeys)) {
      for (PreparedStatement statement : statements.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          // Closing only frees the statement; nothing it did is undone.
        }
      }
      statements.clear();
    }
  }
}
