package org.kmslog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers event streams (table event_stream), remembering the numbers it has used. One lives as
 * long as one transaction's worth of work: a number it created is lost again when that work is
 * rolled back, so it must not be remembered past a rollback.
 */
final class EventStreams {
  private final Database database;
  private final PreparedStatement find;
  private final PreparedStatement add;
  private final Map<Long, Long> numbers = new HashMap<>();
  private long lastStream;
  private long lastNumber = -1;

  /** Streams of the database, looked up and numbered with statements that stay open after it. */
  EventStreams(Database database, PreparedStatements statements) throws SQLException {
    this.database = database;
    find = statements.get("find_event_stream");
    add = statements.returningKeys("insert_event_stream");
  }

  /** Whether the stream is numbered already, without numbering it. */
  boolean exists(long stream) throws SQLException {
    if (numbers.containsKey(stream)) {
      return true;
    }
    Long number = find(stream);
    if (number != null) {
      numbers.put(stream, number);
    }
    return number != null;
  }

  /** The number of a stream, numbering it now if it has none yet. */
  long number(long stream) throws SQLException, StoreException {
    if (lastNumber >= 0 && stream == lastStream) {
      return lastNumber;
    }
    Long number = numbers.get(stream);
    if (number == null) {
      number = lookUp(stream);
      numbers.put(stream, number);
    }
    lastStream = stream;
    lastNumber = number;
    return number;
  }

  private Long find(long stream) throws SQLException {
    find.setLong(1, stream);
    try (ResultSet row = find.executeQuery()) {
      return row.next() ? row.getLong(1) : null;
    }
  }

  private long lookUp(long stream) throws SQLException, StoreException {
    Long found = find(stream);
    if (found != null) {
      return found;
    }
    add.setLong(1, stream);
    long number = GeneratedKey.insert(add);
    if (number < 1 || number > EventId.MAX_STREAM) {
      throw new StoreException(
          database.named()
              + " has numbered "
              + EventId.MAX_STREAM
              + " event streams (a log of one computer each), as many as kmslog can; prune it, or"
              + " import into a new database");
    }
    return number;
  }
}
