package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Inserts one row and reads the key the database generated for it. */
public final class GeneratedKey {
  private GeneratedKey() {}

  /** Runs the insert with the values bound in order; returns the new row's generated key. */
  public static long insert(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      SqlValues.bind(insert, values);
      return insert(insert);
    }
  }

  /**
   * Runs an insert already bound, prepared with {@link Statement#RETURN_GENERATED_KEYS}; returns
   * the new row's generated key.
   */
  static long insert(PreparedStatement insert) throws SQLException {
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
