package org.kmslog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads what the store holds, as counts, for the summary of an import. */
public final class StoredEvents {
  private static final SqlScript SQL = SqlScript.load("store/summary.sql");

  private final Database database;

  public StoredEvents(Database database) {
    this.database = database;
  }

  /** Stored events of one event ID on one computer. */
  public record ComputerEvents(
      String computer, int eventId, long events, LocalDateTime firstUtc, LocalDateTime lastUtc) {
    /** What its events are, such as "client request". */
    public String kind() {
      return EventTable.kindOf(eventId);
    }
  }

  /** Totals of the ledger and the event tables. */
  public record Totals(long filesImported, long filesFailed, long events) {}

  /** Counts by computer and event ID, computers in name order. */
  public List<ComputerEvents> byComputer() throws StoreException {
    try (PreparedStatement query =
            database.connection().prepareStatement(SQL.get("events_by_computer"));
        ResultSet rows = query.executeQuery()) {
      List<ComputerEvents> result = new ArrayList<>();
      while (rows.next()) {
        result.add(
            new ComputerEvents(
                rows.getString(1),
                rows.getInt(2),
                rows.getLong(3),
                rows.getObject(4, LocalDateTime.class),
                rows.getObject(5, LocalDateTime.class)));
      }
      return result;
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /** Files imported and failed, and events stored. */
  public Totals totals() throws StoreException {
    try (PreparedStatement query =
            database.connection().prepareStatement(SQL.get("ledger_totals"));
        ResultSet row = query.executeQuery()) {
      row.next();
      return new Totals(row.getLong(1), row.getLong(2), row.getLong(3));
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }
}
