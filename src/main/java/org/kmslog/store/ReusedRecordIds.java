package org.kmslog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the events of a batch whose record id was taken apart: a duplicate (the same time and data
 * as the stored event) adds nothing; any other event is a new one that reused the record id (its
 * log was cleared, or its machine rebuilt under its old name) and is stored in the first generation
 * of its stream that has the id free (see {@link EventId#inGeneration}).
 *
 * <p>A batch's taken ids are read back in ranges (one query for a run of record ids, which is what
 * an overlapping export gives), so that an import of stored events costs one read of each of its
 * batches.
 */
final class ReusedRecordIds {
  /** Ids closer than this share a range query. */
  private static final long RANGE_GAP = 64;

  /**
   * How far apart one event's times in two exports may be, in whole quarter hours, when its data is
   * the same: a local-time export read with another offset (the hour clocks go back, or another
   * --time-zone) than the export it overlaps. UTC offsets span 26 hours.
   */
  private static final long MAX_OFFSET_SECONDS = 26 * 3600;

  private static final long QUARTER_HOUR = 900;

  /** The key_check of an event stored before kmslog kept its data's hash: NULL. */
  private static final long UNKNOWN_DATA = 0;

  private final EventStreams streams;
  private final PreparedStatement range;
  private final PreparedStatement insert;
  private final int timeColumn;
  private final Map<Long, Boolean> generations = new HashMap<>();
  private long lastStream;
  private Boolean lastHasGenerations;

  /**
   * @param range the table's block query: id, key_check and time_utc of the ids in a range
   * @param insert the table's plain insert
   * @param timeColumn where a row holds its time
   */
  ReusedRecordIds(
      EventStreams streams, PreparedStatement range, PreparedStatement insert, int timeColumn) {
    this.streams = streams;
    this.range = range;
    this.insert = insert;
    this.timeColumn = timeColumn;
  }

  /**
   * A hash of an event's data, its columns after its time, kept in key_check: what tells it from
   * another event with its record id. Built from the values' own hashes (cheap, and the same for a
   * CMID written in upper or lower case); a file that could fake it could as well hold the event
   * itself. Never {@link #UNKNOWN_DATA}.
   */
  static Long dataHash(Object[] row, int timeColumn) {
    long h = 0x2545f4914f6cdd1dL;
    for (int i = 6; i < row.length; i++) {
      if (i != timeColumn) {
        Object value = row[i];
        h = EventId.mix(h + (value == null ? 0x5bd1e995L : value.hashCode() + (1L << 32)));
      }
    }
    return h == UNKNOWN_DATA ? 1 : h;
  }

  /**
   * Whether the stream has a generation 1 (some of its record ids were reused) that existed before
   * this import: then an event whose id is free in generation 0 (the older events were pruned) may
   * still be stored in a later one, and must be looked for there before it is stored.
   */
  boolean hasGenerations(long stream) throws SQLException {
    if (stream != lastStream || lastHasGenerations == null) {
      Boolean has = generations.get(stream);
      if (has == null) {
        has = streams.exists(generationOne(stream));
        generations.put(stream, has);
      }
      lastStream = stream;
      lastHasGenerations = has;
    }
    return lastHasGenerations;
  }

  /**
   * Stores the events at the indexes taken (rows whose exact id was taken) that are not duplicates.
   *
   * @return how many were stored
   */
  long place(List<Integer> taken, List<EventId> ids, List<Object[]> rows)
      throws SQLException, StoreException {
    List<Long> wanted = new ArrayList<>(taken.size());
    for (int i : taken) {
      wanted.add((Long) rows.get(i)[0]);
    }
    Map<Long, Stored> stored = read(wanted);
    long placed = 0;
    for (int i : taken) {
      Object[] row = rows.get(i);
      Stored there = stored.get((Long) row[0]);
      if ((there == null || !there.holds(row[1], time(row)))
          && place(ids.get(i), row, 1) != Placed.DUPLICATE) {
        placed++;
      }
    }
    return placed;
  }

  /**
   * Stores an event of a stream with generations where it belongs: nowhere when a generation holds
   * it, else in the first generation that has its id free.
   */
  Placed placeChecked(EventId id, Object[] row) throws SQLException, StoreException {
    return place(id, row, 0);
  }

  /** How one event went in. */
  enum Placed {
    DUPLICATE,
    /** Stored in generation 0. */
    STORED,
    /** Stored in a later generation: another event had its record id. */
    REUSED
  }

  /**
   * Looks for the event in each generation from the first one on that exists, and stores it in the
   * first that has its id free (or a new one) when none holds it.
   */
  private Placed place(EventId id, Object[] row, int first) throws SQLException, StoreException {
    long freeId = -1;
    int freeGeneration = -1;
    int generation = first;
    for (; ; generation++) {
      EventId at = id.inGeneration(generation);
      if (generation > 0 && !streams.exists(at.stream())) {
        break;
      }
      long exact = at.exactId(streams.number(at.stream()));
      Stored there = read(List.of(exact)).get(exact);
      if (there == null) {
        if (freeGeneration < 0) {
          freeGeneration = generation;
          freeId = exact;
        }
      } else if (there.holds(row[1], time(row))) {
        return Placed.DUPLICATE;
      }
    }
    if (freeGeneration < 0) {
      EventId at = id.inGeneration(generation);
      freeGeneration = generation;
      freeId = at.exactId(streams.number(at.stream()));
    }
    row[0] = freeId;
    SqlValues.bind(insert, row);
    insert.executeUpdate();
    return freeGeneration == 0 ? Placed.STORED : Placed.REUSED;
  }

  /** The stored events of the ids, read in ranges of ids that lie close together. */
  private Map<Long, Stored> read(List<Long> wanted) throws SQLException {
    List<Long> sorted = new ArrayList<>(wanted);
    sorted.sort(null);
    Map<Long, Stored> found = new HashMap<>();
    int from = 0;
    while (from < sorted.size()) {
      int to = from;
      while (to + 1 < sorted.size() && sorted.get(to + 1) - sorted.get(to) < RANGE_GAP) {
        to++;
      }
      range.setLong(1, sorted.get(from));
      range.setLong(2, sorted.get(to));
      try (ResultSet rs = range.executeQuery()) {
        while (rs.next()) {
          long keyCheck = rs.getLong(2);
          boolean known = !rs.wasNull();
          found.put(
              rs.getLong(1),
              new Stored(known ? keyCheck : UNKNOWN_DATA, rs.getObject(3, LocalDateTime.class)));
        }
      }
      from = to + 1;
    }
    return found;
  }

  private static long generationOne(long stream) {
    return EventId.inGenerationOf(stream, 1);
  }

  private LocalDateTime time(Object[] row) {
    return (LocalDateTime) row[timeColumn];
  }

  /**
   * What tells a stored event from another with its record id.
   *
   * @param dataHash its data's hash, or {@link EventIds#UNKNOWN_DATA} for an event stored before
   *     kmslog kept it
   * @param time when it was logged, UTC
   */
  private record Stored(long dataHash, LocalDateTime time) {
    /**
     * Whether this is the event: the same data logged in the same second (exports differ in the
     * fractions they keep), or a whole number of quarter hours apart (a local time read with
     * another offset); an event whose data is not known must have the same second.
     */
    boolean holds(Object eventDataHash, LocalDateTime eventTime) {
      long apart =
          Math.abs(time.toEpochSecond(ZoneOffset.UTC) - eventTime.toEpochSecond(ZoneOffset.UTC));
      if (dataHash == UNKNOWN_DATA) {
        return apart == 0;
      }
      return eventDataHash.equals(dataHash)
          && apart % QUARTER_HOUR == 0
          && apart <= MAX_OFFSET_SECONDS;
    }
  }
}
