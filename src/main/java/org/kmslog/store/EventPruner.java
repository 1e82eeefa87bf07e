package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Deletes events logged before a time, for databases kept for years. */
public final class EventPruner {
  private final Database database;
  private final SqlScript sql;

  public EventPruner(Database database) {
    this.database = database;
    this.sql = SqlScript.load("store/prune.sql", database.dialect());
  }

  /** How many events of each table were logged before the time, tables in their order. */
  public Map<EventTable, Long> count(Instant before) throws StoreException {
    Connection connection = database.connection();
    Map<EventTable, Long> counts = new EnumMap<>(EventTable.class);
    try {
      for (EventTable table : EventTable.values()) {
        try (PreparedStatement query =
            connection.prepareStatement(sql.get("count_" + table.sqlName()))) {
          query.setObject(1, database.dialect().kept(SqlValues.utc(before)));
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
   * @return how many events of each table were deleted, tables in their order
   */
  public Map<EventTable, Long> delete(Instant before) throws StoreException {
    Connection connection = database.connection();
    Map<EventTable, Long> deleted = new EnumMap<>(EventTable.class);
    try {
      ImportLedger.forgetNewestBefore(database, before);
      connection.commit();
      for (EventTable table : EventTable.values()) {
        long total = 0;
        try (PreparedStatement delete =
            connection.prepareStatement(sql.get("delete_" + table.sqlName()))) {
          delete.setObject(1, database.dialect().kept(SqlValues.utc(before)));
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
