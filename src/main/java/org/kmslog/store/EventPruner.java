package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deletes events logged before a time, for databases kept for years. */
public final class EventPruner {
  /** The event tables, in the order counts are reported. */
  public static final List<String> TABLES =
      List.of("client_request", "client_response", "host_request", "dns_publish");

  private static final SqlScript SQL = SqlScript.load("store/prune.sql");

  private final Database database;

  public EventPruner(Database database) {
    this.database = database;
  }

  /** How many events of each table were logged before the time. */
  public Map<String, Long> count(Instant before) throws StoreException {
    Connection connection = database.connection();
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      for (String table : TABLES) {
        try (PreparedStatement query = connection.prepareStatement(SQL.get("count_" + table))) {
          query.setObject(1, SqlValues.utc(before));
          try (ResultSet row = query.executeQuery()) {
            row.next();
            counts.put(table, row.getLong(1));
          }
        }
      }
      return counts;
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Deletes the events logged before the time, in batches each committed on its own (a run stopped
   * part-way leaves fewer old events, never a broken database).
   *
   * @return how many events of each table were deleted
   */
  public Map<String, Long> delete(Instant before) throws StoreException {
    Connection connection = database.connection();
    Map<String, Long> deleted = new LinkedHashMap<>();
    try {
      ImportLedger.forgetNewestBefore(database, before);
      connection.commit();
      for (String table : TABLES) {
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement(SQL.get("delete_" + table))) {
          delete.setObject(1, SqlValues.utc(before));
          for (int n = delete.executeUpdate(); n > 0; n = delete.executeUpdate()) {
            connection.commit();
            total += n;
          }
        }
        deleted.put(table, total);
      }
      return deleted;
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // The batch in hand is lost either way; committed batches stay deleted.
      }
      throw StoreException.of(database.location(), e);
    }
  }
}
