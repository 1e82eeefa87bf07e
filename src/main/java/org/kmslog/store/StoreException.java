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
  static StoreException inUse(
      String database, String holders, java.time.Duration waited, SQLException e) {
    return new StoreException(
        named(database)
            + ": it is in use by another "
            + holders
            + (waited.isZero() ? "" : " (waited " + waited.toSeconds() + " s)")
            + "; run again when it has finished, or give a longer --lock-wait",
        e);
  }

  /** Explains an H2 error in a user's words, naming the database. */
  static StoreException of(String database, SQLException e) {
    return new StoreException(named(database) + ": " + reason(e), e);
  }

  /**
   * The database file cannot be read as a database: shorter than its own header says (a copy or a
   * restore that stopped part-way), or damaged.
   */
  static StoreException damaged(String database, java.nio.file.Path file, Throwable e) {
    return new StoreException(named(database) + ": " + damagedReason(file.toString()), e);
  }

  /**
   * The file is cut short after its last whole state: it opens, but as an older state than the one
   * last written to it.
   */
  static StoreException olderThanSaved(
      String database, java.nio.file.Path file, long opened, long saved) {
    return new StoreException(
        named(database)
            + ": the file "
            + file
            + " is cut short: what is left of it holds an older state of the database than the one"
            + " last saved in it (H2 version "
            + opened
            + " of "
            + saved
            + "), so imports and analyses after that state are missing; restore it from a backup,"
            + " or move it aside and import all your exports again into a new database (kmslog"
            + " stores each event once, however often it is imported)",
        null);
  }

  private static String damagedReason(String file) {
    return "the file "
        + file
        + " is damaged or cut short; restore it from a backup, or move it aside and import all your"
        + " exports again into a new database (kmslog stores each event once, however often it is"
        + " imported)";
  }

  /** True when the database failed because the disk holding it is full. */
  public boolean diskFull() {
    return isDiskFull(getCause());
  }

  /**
   * The same failure told as an import's: the disk filled up while the file's events were being
   * stored. The file's transaction is never committed, so nothing of it is stored.
   */
  public StoreException whileImporting(String database, java.nio.file.Path file) {
    return toldIfDiskFull(
        named(database)
            + ": the disk holding it is full; nothing of "
            + file
            + " was stored; free some space and run kmslog again");
  }

  /**
   * The same failure told as the end of a run's: the disk filled up while what the run had stored
   * was being written to the file, which keeps its state from before. The next run imports the
   * files again that are missing from it.
   */
  StoreException whileSaving(String database) {
    return toldIfDiskFull(
        named(database)
            + ": the disk holding it is full, so what this run stored could not be saved (the next"
            + " run reads those files again); free some space and run kmslog again");
  }

  /** The same failure with this message when the disk is full; otherwise this one, as it is. */
  private StoreException toldIfDiskFull(String message) {
    return diskFull() ? new StoreException(message, getCause()) : this;
  }

  /** Whether the exception, or one it was caused by, is the operating system's "disk full". */
  private static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof java.io.IOException
          && message != null
          // Linux and macOS (ENOSPC), then Windows (ERROR_DISK_FULL).
          && (message.contains("No space left on device")
              || message.contains("There is not enough space on the disk"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether H2 failed reading its own file at open: the file ends before the data its header points
   * to, or it is empty and H2 could not write a header through a read-only connection.
   */
  static boolean isCutShort(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.channels.NonWritableChannelException
          || (t instanceof org.h2.mvstore.MVStoreException
              && t.getMessage() != null
              && t.getMessage().startsWith("Reading from file"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** How messages name a database. */
  static String named(String database) {
    return "database " + Passwords.hidden(database);
  }

  /** What an H2 error means, in a user's words where kmslog knows them. */
  static String reason(SQLException e) {
    if (isDiskFull(e)) {
      return "the disk holding it is full; free some space there, or choose another place with"
          + " --db";
    }
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
          "no database there yet; import some exports first";
      case ErrorCode.FILE_VERSION_ERROR_1 ->
          "it was written by another H2 version; rebuild it by importing your exports into a"
              + " new database";
      case ErrorCode.FILE_CORRUPTED_1 ->
          "the database file is damaged; restore a backup or rebuild it from your exports";
      case ErrorCode.WRONG_USER_OR_PASSWORD ->
          "it is protected by a password (another application's database?); refused";
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
