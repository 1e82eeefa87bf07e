package org.kmslog.store;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The record of every file kmslog was given: what it held, how it fared, and when. */
public final class ImportLedger {
  private final Database database;

  public ImportLedger(Database database) {
    this.database = database;
  }

  /** A file whose content was imported before. */
  public record PriorImport(long id, String path, java.time.Instant at) {}

  /**
   * Whether a file of this size was imported: only then can a file have been imported before, and
   * is it worth hashing before reading it.
   */
  public boolean hasImportedOfSize(long size) throws StoreException {
    try {
      PreparedStatement query = database.prepared().get("imported_of_size");
      query.setLong(1, size);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * A file that failed before with the same content at the same path, and has not been imported or
   * changed since.
   *
   * @param id its newest ledger row
   * @param since when this content first failed at this path
   * @param error why it failed
   */
  public record PriorFailure(long id, Instant since, String error) {}

  /**
   * Whether the newest ledger row of this path is a failure of a file of this size: only then can
   * it be a file that failed and has not changed, worth hashing before reading it.
   */
  public boolean hasFailedAt(String path, long size) throws StoreException {
    try {
      PreparedStatement query = database.prepared().get("failed_of_path_and_size");
      SqlValues.bind(query, path, size);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * The failure of this path with this content, read with these options, that is its newest ledger
   * row, if there is one; finding it counts as meeting the file again (it is a standing problem
   * while imports meet it).
   */
  public Optional<PriorFailure> findStandingFailure(String path, String sha256, String readOptions)
      throws StoreException {
    Connection connection = database.connection();
    try {
      PreparedStatement query = database.prepared().get("find_standing_failure");
      SqlValues.bind(query, path, sha256, readOptions);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long id = row.getLong(1);
        if (row.getObject(3) != null) {
          PreparedStatement met = database.prepared().get("met_standing_failure");
          met.setLong(1, id);
          met.executeUpdate();
          connection.commit();
        }
        return Optional.of(
            new PriorFailure(
                id,
                row.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString(2)));
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Ends the standing problem of each failed file under these folders (or named by these paths)
   * that an import did not meet: it was deleted or moved away, so it is no longer a problem.
   *
   * @param roots the paths the import was given, as the ledger names their files
   * @param met the files the import met, as the ledger names them
   * @param now when the import ran
   */
  public void markAbsent(Collection<String> roots, Set<String> met, Instant now)
      throws StoreException {
    Connection connection = database.connection();
    try {
      List<Long> absent = new ArrayList<>();
      try (PreparedStatement query =
              connection.prepareStatement(database.statements().get("standing_failures"));
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String path = rows.getString(2);
          if (!met.contains(path) && roots.stream().anyMatch(root -> isUnder(path, root))) {
            absent.add(rows.getLong(1));
          }
        }
      }
      try (PreparedStatement mark =
          connection.prepareStatement(database.statements().get("mark_absent"))) {
        for (long id : absent) {
          SqlValues.bind(mark, SqlValues.utc(now), id);
          mark.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  private static boolean isUnder(String path, String root) {
    if (path.equals(root)) {
      return true;
    }
    String folder =
        root.endsWith(File.separator) || root.endsWith("/") ? root : root + File.separator;
    return path.startsWith(folder);
  }

  /**
   * How long after its last modification a file's size and time must have been read for them to
   * tell, later, that it has not changed: a file written again within the same tick of a coarse
   * clock (FAT keeps 2 s, some shares 1 s) keeps its size and time.
   */
  static final Duration SETTLED = Duration.ofSeconds(2);

  /**
   * The import that stored what this path holds, known by its size and last-modified time alone
   * (see sql/schema/v7.sql), if they are what they were when it was met and that was well after the
   * file was last written; else the file is to be hashed.
   */
  public Optional<PriorImport> findUnchanged(String path, long size, Instant modifiedAt)
      throws StoreException {
    Instant modified = kept(modifiedAt);
    try {
      PreparedStatement query = database.prepared().get("find_unchanged");
      SqlValues.bind(
          query, path, size, SqlValues.utc(modified), SqlValues.utc(modified.plus(SETTLED)));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(prior(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Remembers that this file holds what an import stored (a copy of a file imported elsewhere, or
   * one imported before its time was kept), so that the next import knows it by its size and time;
   * in a transaction of its own. Does nothing when the file's time is not known.
   */
  public void seen(FileInfo info, long importId) throws StoreException {
    try {
      remember(database, info, importId);
      database.connection().commit();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Keeps the file's size and time as those of the content this import stored (in the caller's
   * transaction, so that they are kept exactly when the import is); nothing when they are unknown.
   */
  static void remember(Database database, FileInfo info, long importId) throws SQLException {
    if (info.modifiedAt() == null || info.checkedAt() == null) {
      return;
    }
    PreparedStatement forget = database.prepared().get("forget_seen");
    forget.setString(1, info.path());
    forget.executeUpdate();
    PreparedStatement insert = database.prepared().get("insert_seen");
    SqlValues.bind(
        insert,
        info.path(),
        info.sizeBytes(),
        SqlValues.utc(kept(info.modifiedAt())),
        SqlValues.utc(info.checkedAt().truncatedTo(ChronoUnit.MILLIS)),
        importId);
    insert.executeUpdate();
  }

  /**
   * A last-modified time as the ledger keeps it: to the microsecond (both stores keep no finer).
   */
  private static Instant kept(Instant modifiedAt) {
    return modifiedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** The earlier successful import of a file with this content, if there was one. */
  public Optional<PriorImport> findImported(String sha256) throws StoreException {
    try {
      PreparedStatement query = database.prepared().get("find_imported_by_hash");
      query.setString(1, sha256);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(prior(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  private static PriorImport prior(ResultSet row) throws SQLException {
    return new PriorImport(
        row.getLong(1),
        row.getString(2),
        row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC));
  }

  /**
   * Records a file that could not be imported, in a transaction of its own (the file's own
   * transaction has been rolled back, so none of its events are stored).
   */
  public void recordFailure(FileInfo info, ReaderReport report, String error)
      throws StoreException {
    Connection connection = database.connection();
    try {
      connection.rollback();
      long id = insert(database, info, "failed");
      ImportCounts counts =
          new ImportCounts(report.eventsRead(), 0, 0, 0, report.skipped(), report.rejected());
      finish(database, id, "failed", report, counts, null, error, info.sha256());
      connection.commit();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Writes a file's ledger row, with its status, and returns its id (in the caller's transaction).
   */
  static long insert(Database database, FileInfo info, String status) throws SQLException {
    PreparedStatement insert = database.prepared().returningKeys("insert_import_file");
    SqlValues.bind(
        insert,
        info.path(),
        info.sha256(),
        info.sizeBytes(),
        status,
        info.format(),
        info.encoding(),
        info.timeZone(),
        SqlValues.utc(info.startedAt()),
        info.readOptions());
    return GeneratedKey.insert(insert);
  }

  /** The ids of the files still marked 'importing': their import was cut short by a crash. */
  static List<Long> interrupted(Database database) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
            database
                .connection()
                .prepareStatement(database.statements().get("interrupted_imports"));
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** Marks a file whose import was cut short as failed (in the caller's transaction). */
  static void markInterrupted(Database database, long id) throws SQLException {
    try (PreparedStatement fail =
        database.connection().prepareStatement(database.statements().get("fail_import_file"))) {
      SqlValues.bind(
          fail,
          "the import was interrupted (kmslog stopped while reading this file);"
              + " it is read again on the next import",
          id);
      fail.executeUpdate();
    }
  }

  /**
   * Forgets the newest event of the files whose newest event is before the time, which a prune
   * deletes (in the caller's transaction).
   */
  static void forgetNewestBefore(Database database, Instant before) throws SQLException {
    try (PreparedStatement forget =
        database.connection().prepareStatement(database.statements().get("forget_newest_events"))) {
      forget.setObject(1, SqlValues.utc(before));
      forget.executeUpdate();
    }
  }

  /** Writes a ledger row's outcome and the file's hash, if known (in the caller's transaction). */
  static void finish(
      Database database,
      long id,
      String status,
      ReaderReport report,
      ImportCounts counts,
      Instant newestEvent,
      String error,
      String sha256)
      throws SQLException {
    PreparedStatement update = database.prepared().get("finish_import_file");
    SqlValues.bind(
        update,
        status,
        report.layout(),
        report.datePattern(),
        report.defaultComputer(),
        counts.eventsRead(),
        counts.kmsEvents(),
        counts.stored(),
        counts.duplicates(),
        counts.skipped(),
        counts.rejected(),
        error == null ? null : SqlValues.truncate(error, 4000),
        newestEvent == null ? null : database.dialect().kept(SqlValues.utc(newestEvent)),
        report.durationMillis(),
        sha256,
        id);
    update.executeUpdate();
  }
}
