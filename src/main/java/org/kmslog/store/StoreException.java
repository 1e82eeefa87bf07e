package org.kmslog.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** The database could not be opened, read or written; the message says which and why. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The database stayed in use by another process for as long as we were willing to wait. */
  static StoreException inUse(String database, java.time.Duration waited, SQLException e) {
    return new StoreException(
        named(database)
            + ": it is in use by another kmslog or H2 process"
            + (waited.isZero() ? "" : " (waited " + waited.toSeconds() + " s)")
            + "; run again when it has finished, or give a longer --lock-wait",
        e);
  }

  /** Explains an H2 error in a user's words, naming the database. */
  static StoreException of(String database, SQLException e) {
    return new StoreException(named(database) + ": " + reason(e), e);
  }

  /** How messages name a database. */
  static String named(String database) {
    return "database " + database;
  }

  /** What an H2 error means, in a user's words where kmslog knows them. */
  static String reason(SQLException e) {
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
          "no database there yet; import some exports first";
      case ErrorCode.FILE_VERSION_ERROR_1 ->
          "it was written by another H2 version; rebuild it by importing your exports into a"
              + " new database";
      case ErrorCode.FILE_CORRUPTED_1 ->
          "the database file is damaged; restore a backup or rebuild it from your exports";
      case ErrorCode.DATABASE_IS_READ_ONLY ->
          "the database is read-only; check the file permissions";
      case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
          "cannot create or write the database file there (a read-only location, a full"
              + " disk or no permission); choose another place with --db";
      default -> firstLine(e.getMessage());
    };
  }

  /**
   * H2's message without the statement it quotes in full and without its trace (--verbose shows the
   * trace).
   */
  private static String firstLine(String message) {
    if (message == null) {
      return "unknown database error";
    }
    int end = message.indexOf('\n');
    int statement = message.indexOf("; SQL statement:");
    if (statement >= 0 && (end < 0 || statement < end)) {
      end = statement;
    }
    String text = end < 0 ? message : message.substring(0, end);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
