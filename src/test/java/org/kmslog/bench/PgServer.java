package org.kmslog.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL server of the benchmarks that measure the shared store: the one the PG* variables
 * name (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, as {@code pg_virtualenv} sets them), and a
 * copy of an H2 history into a database of its own there, so that the nightly run can be measured
 * on the same rows in both stores.
 */
final class PgServer {
  private static final int COPY_ROWS = 20_000;

  private PgServer() {}

  /** The database the PG* variables name, as a JDBC URL. */
  static String serverUrl() {
    return url(
        System.getenv().getOrDefault("PGDATABASE", System.getenv().getOrDefault("PGUSER", "")));
  }

  /** The JDBC URL of a database of the server the PG* variables name. */
  static String url(String database) {
    String host = System.getenv().getOrDefault("PGHOST", "localhost");
    String port = System.getenv().getOrDefault("PGPORT", "5432");
    if (host.startsWith("/")) {
      throw new IllegalArgumentException(
          "--postgresql needs PGHOST to name a host, not a socket folder (" + host + ")");
    }
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
  }

  /**
   * The process ID of the server's postmaster (the parent of a connection's server process), which
   * must run on this machine; -1 where /proc cannot tell.
   */
  static long postmasterPid() throws SQLException {
    try (Connection c = connect(serverUrl());
        Statement s = c.createStatement();
        ResultSet result = s.executeQuery("SELECT pg_backend_pid()")) {
      result.next();
      return ProcessHandle.of(result.getLong(1))
          .flatMap(ProcessHandle::parent)
          .map(ProcessHandle::pid)
          .orElse(-1L);
    }
  }

  /** The comment of a database of the server, or null when there is no such database. */
  static String databaseComment(String database) throws SQLException {
    try (Connection c = connect(serverUrl());
        PreparedStatement query =
            c.prepareStatement(
                "SELECT COALESCE(shobj_description(oid, 'pg_database'), '') FROM pg_database"
                    + " WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /**
   * Drops the database if it is there and creates it anew, empty or as a copy of {@code template}
   * (PostgreSQL copies a database's files: seconds for a history of millions of rows).
   */
  static void createDatabase(String database, String template) throws SQLException {
    try (Connection c = connect(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute("CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template));
    }
  }

  /** Sets a setting of the database, for the sessions that connect to it from now on. */
  static void setDatabase(String database, String setting) throws SQLException {
    int equals = setting.indexOf('=');
    try (Connection c = connect(serverUrl());
        Statement s = c.createStatement()) {
      s.execute(
          "ALTER DATABASE "
              + database
              + " SET "
              + setting.substring(0, equals)
              + " = '"
              + setting.substring(equals + 1).replace("'", "''")
              + "'");
    }
  }

  static void commentDatabase(String database, String comment) throws SQLException {
    try (Connection c = connect(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("COMMENT ON DATABASE " + database + " IS '" + comment.replace("'", "''") + "'");
    }
  }

  /**
   * Copies the rows of every table of the H2 database {@code h2} into the tables of the same name
   * in the current schema of {@code pg}, which kmslog has created at the same schema version: the
   * tables kmslog filled as it created them (its version, its reference data) are left as they are.
   * Foreign keys are not checked while copying (the copy is of a database that has them), identity
   * columns continue after the highest value copied, and the tables are analyzed, as a server's
   * autovacuum would have done by the night.
   *
   * @return the rows copied
   */
  static long copyTables(Connection h2, Connection pg) throws SQLException, IOException {
    pg.setAutoCommit(false);
    try (Statement s = pg.createStatement()) {
      s.execute("SET session_replication_role = replica");
    }
    CopyManager copy = pg.unwrap(PGConnection.class).getCopyAPI();
    long rows = 0;
    for (String table : tables(pg)) {
      if (NightlyEstate.queryLong(pg, "SELECT COUNT(*) FROM " + table) > 0) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      List<Boolean> binary = new ArrayList<>();
      try (PreparedStatement query =
          pg.prepareStatement(
              "SELECT column_name, data_type FROM information_schema.columns"
                  + " WHERE table_schema = CURRENT_SCHEMA AND table_name = ?"
                  + " ORDER BY ordinal_position")) {
        query.setString(1, table);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            columns.add(result.getString(1));
            binary.add(result.getString(2).equals("bytea"));
          }
        }
      }
      String list = String.join(", ", columns);
      String into = "COPY " + table + " (" + list + ") FROM STDIN";
      StringBuilder text = new StringBuilder();
      int pending = 0;
      try (Statement scan = h2.createStatement();
          ResultSet result = scan.executeQuery("SELECT " + list + " FROM " + table)) {
        while (result.next()) {
          for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
              text.append('\t');
            }
            if (binary.get(i)) {
              byte[] bytes = result.getBytes(i + 1);
              text.append(bytes == null ? "\\N" : "\\\\x" + HexFormat.of().formatHex(bytes));
            } else {
              appendText(text, result.getString(i + 1));
            }
          }
          text.append('\n');
          rows++;
          if (++pending == COPY_ROWS) {
            copy.copyIn(into, new StringReader(text.toString()));
            text.setLength(0);
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        copy.copyIn(into, new StringReader(text.toString()));
      }
    }
    try (Statement s = pg.createStatement()) {
      for (String[] identity : identities(pg)) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + identity[0]
                + "', '"
                + identity[1]
                + "'), GREATEST(1, COALESCE((SELECT MAX("
                + identity[1]
                + ") FROM "
                + identity[0]
                + "), 0)))");
      }
      s.execute("SET session_replication_role = DEFAULT");
    }
    pg.commit();
    pg.setAutoCommit(true);
    try (Statement s = pg.createStatement()) {
      s.execute("ANALYZE");
    }
    return rows;
  }

  /** A value in COPY's text format: \N for null, and backslash, tab and line breaks escaped. */
  private static void appendText(StringBuilder text, String value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }

  private static List<String> tables(Connection pg) throws SQLException {
    return rows(
            pg,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")
        .stream()
        .map(row -> row[0])
        .toList();
  }

  private static List<String[]> identities(Connection pg) throws SQLException {
    return rows(
        pg,
        "SELECT table_name, column_name FROM information_schema.columns WHERE"
            + " table_schema = CURRENT_SCHEMA AND is_identity = 'YES'");
  }

  /** The rows a query of text columns gives. */
  private static List<String[]> rows(Connection pg, String sql) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = pg.createStatement();
        ResultSet result = s.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        String[] row = new String[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = result.getString(c + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
