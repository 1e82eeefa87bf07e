package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kmslog.kms.KmsDecoder;

/**
 * Brings a database from schema version 1 to 2: the event tables get their 64-bit ids (see
 * sql/schema/v2.sql and sql/store/upgrade-v2.sql). Each event keeps its columns, its import and its
 * identity: an event imported again after the upgrade is a duplicate of its upgraded self.
 *
 * <p>Events dated before 2000 or after 2099 are taken out into import_problem, as an import now
 * rejects them (they made the analysis fail).
 */
final class EventIdUpgrade {
  private static final SqlScript SQL = SqlScript.load("store/upgrade-v2.sql");
  private static final LocalDateTime EARLIEST = SqlValues.utc(KmsDecoder.EARLIEST);
  private static final LocalDateTime LATEST = SqlValues.utc(KmsDecoder.LATEST);
  private static final int BATCH = 1000;
  private static final int VERSION_1_KEY_LENGTH = 24;

  private final Database database;
  private final Connection connection;
  private final Map<Long, long[]> takenOut = new HashMap<>();
  private final Map<Long, LocalDateTime> newestKept = new HashMap<>();

  private EventIdUpgrade(Database database) {
    this.database = database;
    this.connection = database.connection();
  }

  /** Upgrades the database, or finishes an upgrade a crash cut short. */
  static void run(Database database) throws SQLException, StoreException {
    new EventIdUpgrade(database).run();
  }

  /** Drops what an upgrade left behind after it set the version (a crash just then). */
  static void dropLeftovers(Database database) throws SQLException {
    new EventIdUpgrade(database).dropOldTables();
  }

  private void dropOldTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (EventTable table : EventTable.values()) {
        if (exists(table.sqlName() + "_v1")) {
          statement.execute(SQL.get("drop_" + table.sqlName() + "_v1"));
        }
      }
    }
    connection.commit();
  }

  private void run() throws SQLException, StoreException {
    for (EventTable table : EventTable.values()) {
      checkShape(table);
    }
    database.upgrading = true;
    try (Statement statement = connection.createStatement()) {
      for (EventTable table : EventTable.values()) {
        setAside(statement, table);
      }
      statement.execute(SQL.get("drop_event_stream"));
      for (String create : SqlScript.load("schema/v2.sql").statements()) {
        statement.execute(create);
      }
    }
    connection.commit();
    // Statements of its own, closed after the copy: the tables change under them after it.
    try (PreparedStatements copying = new PreparedStatements(connection, database.statements())) {
      EventStreams streams = new EventStreams(database, copying);
      for (EventTable table : EventTable.values()) {
        copy(table, streams, copying);
      }
    }
    recordTakenOut();
    try (PreparedStatement version = connection.prepareStatement(SQL.get("set_version"))) {
      version.executeUpdate();
    }
    connection.commit();
    dropOldTables();
  }

  /** Refuses a database in a state no upgrade leaves behind, before anything is changed. */
  private void checkShape(EventTable eventTable) throws SQLException, StoreException {
    String table = eventTable.sqlName();
    boolean setAside = exists(table + "_v1");
    boolean present = exists(table);
    if (setAside
        ? present && !hasColumn(table, "ID")
        : !present || !hasColumn(table, "EVENT_KEY")) {
      throw new StoreException(
          database.named()
              + " says schema version 1, but its table "
              + table
              + (setAside ? " and " + table + "_v1 both hold" : " does not hold")
              + " events of version 1; refused, nothing changed. Import your exports into a new"
              + " database");
    }
  }

  /**
   * Renames a version-1 table to NAME_v1; if an upgrade cut short did that already, drops the new
   * table it had begun to fill instead.
   */
  private void setAside(Statement statement, EventTable eventTable) throws SQLException {
    String table = eventTable.sqlName();
    if (!exists(table + "_v1")) {
      statement.execute(SQL.get("rename_" + table));
    } else if (exists(table)) {
      statement.execute(SQL.get("drop_" + table));
    }
  }

  /**
   * Copies the events of imported files from NAME_v1 into NAME, with their new ids.
   *
   * @throws StoreException when two events would get one id: version 1's key told them apart, so
   *     the database was changed by hand or the upgrade has a bug; nothing is dropped, the database
   *     stays at version 1 with its events in NAME_v1
   */
  private void copy(EventTable table, EventStreams streams, PreparedStatements statements)
      throws SQLException, StoreException {
    EventBatch batch = new EventBatch(statements, table, streams, false);
    try (PreparedStatement page = connection.prepareStatement(SQL.get("page_" + table.sqlName()));
        PreparedStatement problem = connection.prepareStatement(SQL.get("insert_problem"))) {
      byte[] from = new byte[VERSION_1_KEY_LENGTH];
      long duplicates = 0;
      while (from != null) {
        page.setBytes(1, from);
        byte[] last = null;
        try (ResultSet rows = page.executeQuery()) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            last = rows.getBytes(1);
            Object[] row = new Object[columns.getColumnCount() + 1];
            for (int column = 2; column <= columns.getColumnCount(); column++) {
              row[column] =
                  columns.getColumnType(column) == Types.TIMESTAMP
                      ? rows.getObject(column, LocalDateTime.class)
                      : rows.getObject(column);
            }
            if (!keep(table, row, problem)) {
              continue;
            }
            Long recordId = (Long) row[5];
            batch.add(EventIds.ofVersion1Key(last, recordId), row);
            if (batch.pending() >= BATCH) {
              duplicates += batch.execute()[1];
            }
          }
        }
        duplicates += batch.execute()[1];
        if (duplicates > 0) {
          connection.rollback();
          throw new StoreException(
              database.named()
                  + ": upgrading "
                  + table.sqlName()
                  + " to schema version 2 found events that version 1 told apart and version 2"
                  + " would store as one (was the database changed by hand?); stopped with"
                  + " nothing lost: it stays at version 1, with the events in "
                  + table.sqlName()
                  + "_v1. Import your exports into a new database");
        }
        connection.commit();
        from = last == null ? null : after(last);
      }
    }
  }

  /**
   * Whether an event is kept: one dated outside 2000-2099 is recorded as a problem of its import
   * instead.
   */
  private boolean keep(EventTable table, Object[] row, PreparedStatement problem)
      throws SQLException {
    // A table of several event IDs has an event_id column, before time_utc.
    boolean idColumn = table.hasEventIdColumn();
    long importId = ((Number) row[2]).longValue();
    LocalDateTime time = (LocalDateTime) row[idColumn ? 7 : 6];
    if (!time.isBefore(EARLIEST) && time.isBefore(LATEST)) {
      newestKept.merge(importId, time, (a, b) -> a.isAfter(b) ? a : b);
      return true;
    }
    int eventId = idColumn ? ((Number) row[6]).intValue() : table.eventIds().get(0);
    problem.setLong(1, importId);
    problem.setObject(2, row[5]);
    problem.setString(
        3,
        "event "
            + eventId
            + " of "
            + row[3]
            + " is dated "
            + time.toInstant(ZoneOffset.UTC)
            + ", outside 2000-2099: the clock of the computer that logged it, or the export, is"
            + " wrong; taken out of the analysis when the database was upgraded to schema"
            + " version 2");
    problem.executeUpdate();
    takenOut.computeIfAbsent(importId, id -> new long[1])[0]++;
    return false;
  }

  /** The version-1 key after this one, or null after the last there can be. */
  private static byte[] after(byte[] key) {
    byte[] next = key.clone();
    for (int i = next.length - 1; i >= 0; i--) {
      if (++next[i] != 0) {
        return next;
      }
    }
    return null;
  }

  /**
   * Counts the events taken out as rejected in their files' ledger rows, and gives a file whose
   * newest event was out of range the newest of its events that stayed (or none).
   */
  private void recordTakenOut() throws SQLException {
    try (PreparedStatement discount = connection.prepareStatement(SQL.get("discount_events"))) {
      for (Map.Entry<Long, long[]> file : takenOut.entrySet()) {
        discount.setLong(1, file.getValue()[0]);
        discount.setLong(2, file.getValue()[0]);
        discount.setLong(3, file.getKey());
        discount.executeUpdate();
      }
    }
    List<Long> implausible = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(SQL.get("implausible_newest"))) {
      query.setObject(1, EARLIEST);
      query.setObject(2, LATEST);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          implausible.add(rows.getLong(1));
        }
      }
    }
    try (PreparedStatement set = connection.prepareStatement(SQL.get("set_newest"))) {
      for (long id : implausible) {
        set.setObject(1, newestKept.get(id));
        set.setLong(2, id);
        set.executeUpdate();
      }
    }
  }

  private boolean exists(String table) throws SQLException {
    return anyRow("table_exists", table.toUpperCase(Locale.ROOT));
  }

  private boolean hasColumn(String table, String column) throws SQLException {
    return anyRow("column_exists", table.toUpperCase(Locale.ROOT), column);
  }

  /** Whether the named counting query finds anything. */
  private boolean anyRow(String name, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SQL.get(name))) {
      SqlValues.bind(query, parameters);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getInt(1) > 0;
      }
    }
  }
}
