package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies every table of one H2 database into an empty one: the tables, indexes and constraints as
 * H2's {@code SCRIPT NODATA} writes them, then the rows, read by a plain scan of each table and
 * written in committed batches. The copy is built from scratch, so nothing of how the source's
 * files were left is carried over, only what its tables hold.
 */
final class DatabaseCopy {
  private static final int BATCH_ROWS = 1000;

  /** Rows per commit: few commits keep the new file small (each leaves old pages behind). */
  private static final int COMMIT_ROWS = 50_000;

  private DatabaseCopy() {}

  /**
   * Copies {@code source} into the empty {@code target}.
   *
   * @return the number of rows copied
   */
  static long copy(Connection source, Connection target) throws SQLException {
    target.setAutoCommit(false);
    List<String> later = new ArrayList<>();
    try (Statement ddl = target.createStatement()) {
      ddl.execute("SET REFERENTIAL_INTEGRITY FALSE");
      for (String statement : definitions(source)) {
        // Secondary indexes and checks are built once the rows are in, which is faster than
        // keeping them up to date row by row.
        if (statement.startsWith("CREATE TABLE")
            || statement.startsWith("CREATE CACHED TABLE")
            || statement.startsWith("CREATE MEMORY TABLE")
            || statement.contains(" PRIMARY KEY(")) {
          ddl.execute(statement);
        } else {
          later.add(statement);
        }
      }
    }
    long rows = 0;
    for (String table : tables(source)) {
      rows += copyRows(source, target, table);
    }
    try (Statement ddl = target.createStatement()) {
      for (String statement : later) {
        ddl.execute(statement);
      }
      ddl.execute("SET REFERENTIAL_INTEGRITY TRUE");
    }
    target.commit();
    return rows;
  }

  /** The statements that create the source's tables, indexes and constraints (no users). */
  private static List<String> definitions(Connection source) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Statement script = source.createStatement();
        ResultSet lines = script.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
      while (lines.next()) {
        String statement = lines.getString(1);
        if (!statement.startsWith("--") && !statement.startsWith("CREATE USER")) {
          statements.add(statement);
        }
      }
    }
    return statements;
  }

  private static List<String> tables(Connection source) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement query = source.createStatement();
        ResultSet names =
            query.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (names.next()) {
        tables.add(names.getString(1));
      }
    }
    return tables;
  }

  private static long copyRows(Connection source, Connection target, String table)
      throws SQLException {
    String quoted = '"' + table.replace("\"", "\"\"") + '"';
    long rows = 0;
    try (Statement scan = source.createStatement()) {
      scan.setFetchSize(BATCH_ROWS);
      try (ResultSet read = scan.executeQuery("SELECT * FROM " + quoted)) {
        ResultSetMetaData columns = read.getMetaData();
        int count = columns.getColumnCount();
        try (PreparedStatement write = target.prepareStatement(insert(quoted, columns))) {
          while (read.next()) {
            for (int i = 1; i <= count; i++) {
              write.setObject(i, value(read, i, columns.getColumnType(i)));
            }
            write.addBatch();
            if (++rows % BATCH_ROWS == 0) {
              write.executeBatch();
              if (rows % COMMIT_ROWS == 0) {
                target.commit();
              }
            }
          }
          write.executeBatch();
          target.commit();
        }
      }
    }
    return rows;
  }

  private static String insert(String quoted, ResultSetMetaData columns) throws SQLException {
    StringBuilder names = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      if (i > 1) {
        names.append(", ");
        marks.append(", ");
      }
      names.append('"').append(columns.getColumnName(i).replace("\"", "\"\"")).append('"');
      marks.append('?');
    }
    return "INSERT INTO " + quoted + " (" + names + ") VALUES (" + marks + ")";
  }

  /**
   * A column's value as a type that carries it exactly: times as java.time values, never through
   * java.sql.Timestamp, which would pass them through this JVM's time zone (and shift a local time
   * that falls in a daylight-saving gap).
   */
  private static Object value(ResultSet read, int column, int type) throws SQLException {
    return switch (type) {
      case Types.TIMESTAMP -> read.getObject(column, LocalDateTime.class);
      case Types.TIMESTAMP_WITH_TIMEZONE -> read.getObject(column, OffsetDateTime.class);
      case Types.DATE -> read.getObject(column, LocalDate.class);
      case Types.TIME -> read.getObject(column, LocalTime.class);
      default -> read.getObject(column);
    };
  }
}
