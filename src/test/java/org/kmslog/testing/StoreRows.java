package org.kmslog.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rows an import writes, as text, for comparing what two imports stored. */
public final class StoreRows {
  private static final List<String> TABLES =
      List.of(
          "import_file",
          "client_request",
          "client_response",
          "host_request",
          "dns_publish",
          "import_problem",
          "machine_name",
          "event_stream");

  /** Columns that differ between two imports of the same files: ids of rows and times of runs. */
  private static final Set<String> RUN_COLUMNS = Set.of("import_id", "started_at", "duration_ms");

  private StoreRows() {}

  /**
   * Every row of the tables an import writes, in id order, the import a row belongs to named by its
   * file's path, without ledger and problem ids (a failed file's may differ), and without the
   * columns named in leftOut.
   */
  public static List<String> all(Connection connection, Set<String> leftOut) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : TABLES) {
      boolean ownRows = List.of("import_file", "machine_name", "event_stream").contains(table);
      String query =
          ownRows
              ? "SELECT t.* FROM " + table + " t ORDER BY 1"
              : "SELECT f.path, t.* FROM "
                  + table
                  + " t JOIN import_file f ON f.id = t.import_id ORDER BY f.path, 2, 3";
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(query)) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          StringBuilder row = new StringBuilder(table);
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
            boolean ledgerId =
                name.equals("id")
                    && (table.equals("import_file") || table.equals("import_problem"));
            if (!RUN_COLUMNS.contains(name) && !leftOut.contains(name) && !ledgerId) {
              row.append(' ').append(name).append('=').append(result.getString(i));
            }
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }
}
