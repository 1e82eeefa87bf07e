package org.kmslog.store;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events waiting to go into one event table, and how they go in: each row's first two values
 * are its id and key_check, which this fills in from its {@link EventId}.
 *
 * <p>A batch goes in through the plain insert, where an event whose id is taken fails alone, unless
 * the previous batch was mostly duplicates: then through the insert that checks first (see
 * sql/store/statements.sql). An event with an exact id whose id is taken is a duplicate. A hashed
 * event whose first slot is taken is looked for in its block, and put in a free slot if it is not
 * there (see sql/schema/v2.sql).
 */
final class EventBatch {
  private final EventTable table;
  private final EventStreams streams;
  private final PreparedStatement plain;
  private final PreparedStatement unlessStored;
  private final PreparedStatement block;
  private final boolean oneInsert;
  private final ReusedRecordIds reusedRecordIds;
  private final boolean tellsReuse;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<EventId> ids = new ArrayList<>();
  private boolean mostlyDuplicates;
  private long placedStored;
  private long placedDuplicates;
  private long placedReused;

  /**
   * The batch of a table, numbering streams with streams, with statements that stay open after it.
   *
   * @param tellsReuse whether an event whose record id is taken by an event with other data or
   *     another time is stored (see {@link ReusedRecordIds}); if not, it is a duplicate, as it is
   *     when version 1's events are copied, which have no reused ids
   */
  EventBatch(
      PreparedStatements statements, EventTable table, EventStreams streams, boolean tellsReuse)
      throws SQLException {
    this.table = table;
    this.tellsReuse = tellsReuse;
    this.streams = streams;
    String insert = "insert_" + table.sqlName();
    String insertUnlessStored = "insert_" + table.sqlName() + "_unless_stored";
    // Where the plain insert skips a taken id itself (PostgreSQL's ON CONFLICT), both are one.
    oneInsert = statements.sql(insert).equals(statements.sql(insertUnlessStored));
    plain = statements.get(insert);
    unlessStored = oneInsert ? plain : statements.get(insertUnlessStored);
    block = statements.get("block_" + table.sqlName());
    reusedRecordIds = new ReusedRecordIds(streams, block, plain, table.hasEventIdColumn() ? 7 : 6);
  }

  /**
   * Adds a row, whose values from the third on are the table's columns after key_check. An event of
   * a stream some of whose record ids were reused is stored (or found) at once.
   */
  void add(EventId id, Object[] row) throws SQLException, StoreException {
    if (!id.hashed() && tellsReuse) {
      row[1] = ReusedRecordIds.dataHash(row, timeColumn(table));
    }
    if (!id.hashed() && tellsReuse && reusedRecordIds.hasGenerations(id.stream())) {
      switch (reusedRecordIds.placeChecked(id, row)) {
        case DUPLICATE -> placedDuplicates++;
        case STORED -> placedStored++;
        case REUSED -> {
          placedStored++;
          placedReused++;
        }
      }
      return;
    }
    if (id.hashed()) {
      row[0] = id.blockStart(streams.number(id.stream())) + id.firstSlot();
      row[1] = id.keyCheck();
    } else {
      row[0] = id.exactId(streams.number(id.stream()));
    }
    rows.add(row);
    ids.add(id);
  }

  int pending() {
    return rows.size();
  }

  /**
   * Stores the waiting rows; returns how many were stored, how many were duplicates, and how many
   * of the stored ones reused a record id another event holds.
   */
  long[] execute() throws SQLException, StoreException {
    long[] placed = {placedStored, placedDuplicates, placedReused};
    placedStored = 0;
    placedDuplicates = 0;
    placedReused = 0;
    int count = rows.size();
    if (count == 0) {
      return placed;
    }
    PreparedStatement insert = mostlyDuplicates ? unlessStored : plain;
    for (Object[] row : rows) {
      SqlValues.bind(insert, row);
      if (!oneInsert && insert == unlessStored) {
        insert.setObject(row.length + 1, row[0]);
      }
      insert.addBatch();
    }
    int[] counts;
    try {
      counts = insert.executeBatch();
    } catch (BatchUpdateException e) {
      counts = idsTakenOnly(e, count);
    }
    long stored = 0;
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (counts[i] > 0 || (ids.get(i).hashed() && placeInBlock(ids.get(i), rows.get(i)))) {
        stored++;
      } else if (!ids.get(i).hashed() && tellsReuse) {
        taken.add(i);
      }
    }
    long reused = taken.isEmpty() ? 0 : reusedRecordIds.place(taken, ids, rows);
    rows.clear();
    ids.clear();
    stored += reused;
    long duplicates = count - stored;
    mostlyDuplicates = duplicates * 2 > count;
    return new long[] {stored + placed[0], duplicates + placed[1], reused + placed[2]};
  }

  /** Where a row of the table holds its time: after the event ID where it has that column. */
  private static int timeColumn(EventTable table) {
    return table.hasEventIdColumn() ? 7 : 6;
  }

  /**
   * Finds a hashed event whose first slot was taken: looks for it in its block, level by level, and
   * puts it in the first free slot after its own when it is not there.
   *
   * @return true when it was stored, false when it was there already
   */
  private boolean placeInBlock(EventId id, Object[] row) throws SQLException, StoreException {
    for (int level = 0; ; level++) {
      EventId at = id.atLevel(level);
      long start = at.blockStart(streams.number(at.stream()));
      boolean[] taken = new boolean[EventId.SLOTS];
      int used = 0;
      block.setLong(1, start);
      block.setLong(2, start + EventId.SLOTS - 1);
      try (ResultSet stored = block.executeQuery()) {
        while (stored.next()) {
          if (stored.getLong(2) == id.keyCheck() && !stored.wasNull()) {
            return false;
          }
          taken[(int) (stored.getLong(1) - start)] = true;
          used++;
        }
      }
      if (used < EventId.SLOTS) {
        int slot = id.firstSlot();
        while (taken[slot]) {
          slot = (slot + 1) % EventId.SLOTS;
        }
        row[0] = start + slot;
        SqlValues.bind(plain, row);
        plain.executeUpdate();
        return true;
      }
    }
  }

  /**
   * The update counts of a plain batch in which some ids were taken; any other failure is thrown.
   */
  private int[] idsTakenOnly(BatchUpdateException e, int count) throws SQLException {
    int[] counts = e.getUpdateCounts();
    int failed = 0;
    for (int c : counts) {
      if (c == Statement.EXECUTE_FAILED) {
        failed++;
      }
    }
    // H2 chains each row's failure after the batch exception, which repeats the first one.
    int taken = 0;
    SQLException first = e.getNextException() != null ? e.getNextException() : e;
    for (SQLException cause = first; cause != null; cause = cause.getNextException()) {
      if (!isIdTaken(cause)) {
        throw cause == e ? e : withBatch(cause, e);
      }
      taken++;
    }
    if (counts.length != count || taken != failed) {
      throw e;
    }
    return counts;
  }

  private boolean isIdTaken(SQLException e) {
    return "23505".equals(e.getSQLState())
        && e.getMessage() != null
        && e.getMessage()
            .toUpperCase(Locale.ROOT)
            .contains(
                " PRIMARY KEY ON PUBLIC." + table.sqlName().toUpperCase(Locale.ROOT) + "(ID)");
  }

  private static SQLException withBatch(SQLException cause, BatchUpdateException batch) {
    cause.addSuppressed(batch);
    return cause;
  }
}
