package org.kmslog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes the event tables out as CSV, the yardstick the benchmark measures the database by. */
public final class EventDump {
  private static final SqlScript SQL = SqlScript.load("store/dump.sql");

  private final Database database;

  public EventDump(Database database) {
    this.database = database;
  }

  /** Writes one CSV file per event table into the folder; returns their size in all. */
  public long toCsv(Path folder) throws StoreException, IOException {
    long total = 0;
    for (EventTable table : EventTable.values()) {
      Path file = folder.resolve(table.sqlName() + ".csv").toAbsolutePath();
      try (PreparedStatement write = database.connection().prepareStatement(SQL.get("csvwrite"))) {
        write.setString(1, file.toString());
        write.setString(2, SQL.get("all_" + table.sqlName()));
        write.execute();
      } catch (SQLException e) {
        throw StoreException.of(database.location(), e);
      }
      total += Files.size(file);
      Files.delete(file);
    }
    return total;
  }
}
