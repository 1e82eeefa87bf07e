package org.kmslog.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How the store's values go into its statements: bound in order, times in UTC, text cut short. */
final class SqlValues {
  private SqlValues() {}

  /** Binds the values to the statement's parameters, in order. */
  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** The instant as the database stores times: a timestamp without zone, in UTC. */
  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The text, or its first max - 1 characters and an ellipsis when it is longer than max. */
  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
