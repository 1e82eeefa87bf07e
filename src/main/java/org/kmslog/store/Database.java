package org.kmslog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStore;

/**
 * The kmslog database, an H2 file or a schema on a PostgreSQL server: opens it, creates or upgrades
 * its schema, and refuses one it does not understand.
 */
public final class Database implements AutoCloseable {
  /** The user H2's own tools use by default, so that its Shell and Console open our files. */
  static final String USER = "sa";

  private static final String SCHEMA_SCRIPT = "schema/v%d.sql";
  private static final long LOCK_POLL_MILLIS = 500;

  static {
    // H2 interns the values it reads and writes in a shared cache; for an import's millions of
    // distinct values that only costs time (about a tenth of the insert rate, measured here).
    if (System.getProperty("h2.objectCache") == null) {
      System.setProperty("h2.objectCache", "false");
    }
  }

  private final String location;
  private final Dialect dialect;
  private final Connection connection;
  private final SqlScript statements;
  private final PreparedStatements prepared;

  /** Set once an upgrade begins to change the database, which must then be closed normally. */
  boolean upgrading;

  /** Set when a rebuild after a stop failed: the next open must try it again. */
  private boolean keepMarker;

  Database(String location, Connection connection) {
    this.location = location;
    this.dialect = Dialect.of(location);
    this.connection = connection;
    this.statements = SqlScript.load("store/statements.sql", dialect);
    this.prepared = new PreparedStatements(connection, statements);
  }

  /**
   * Opens the database, creating it when asked to, and brings its schema to this version.
   *
   * @param location a path as in {@code jdbc:h2:PATH} (the file is PATH.mv.db), or a JDBC URL
   * @param create whether a missing database may be created
   * @throws StoreException when it cannot be opened, is newer than this kmslog, or is not ours
   */
  public static Database open(String location, boolean create) throws StoreException {
    return open(location, create, Duration.ZERO, message -> {});
  }

  /**
   * Opens the database, waiting up to {@code lockWait} while another process has it open (H2 allows
   * one process at a time), and telling {@code notices} once that it waits (as soon as it finds the
   * database in use, before it waits), and when it upgrades the database's schema.
   */
  public static Database open(
      String location, boolean create, Duration lockWait, Consumer<String> notices)
      throws StoreException {
    return open(location, null, create, lockWait, notices);
  }

  /**
   * Opens the database as {@link #open(String, boolean, Duration, Consumer)} does; a
   * jdbc:postgresql: URL opens a schema on a PostgreSQL server as this user, with the password in
   * KMSLOG_DB_PASSWORD, else PGPASSWORD, else ~/.pgpass, and waits for another kmslog's advisory
   * lock on it instead of a file's.
   *
   * @param user the user on a server; null for PGUSER or the driver's default (the login name)
   */
  public static Database open(
      String location, String user, boolean create, Duration lockWait, Consumer<String> notices)
      throws StoreException {
    if (Dialect.of(location) == Dialect.POSTGRESQL) {
      return ServerStore.open(location, user, create, lockWait, notices);
    }
    refuseIfNotOurs(location, lockWait, notices);
    Connection connection = connect(location, url(location, create), lockWait, notices);
    Database database = new Database(location, connection);
    try {
      connection.setAutoCommit(false);
      String stopped = database.stoppedWhileOpen();
      if (stopped != null) {
        database = database.rebuilt(stopped, lockWait, notices);
      }
      database.marker().ifPresent(OpenMarker::set);
      if (database.upgradeSchema(notices)) {
        // The old tables' pages are dead now: half the file or more. Compact it while at it.
        try (Statement statement = database.connection.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
        }
        database.close();
        return open(location, false, lockWait, notices);
      }
      database.recoverInterruptedImports();
      return database;
    } catch (SQLException e) {
      database.close();
      throw StoreException.of(location, e);
    } catch (StoreException e) {
      if (database.upgrading) {
        // An upgrade stopped part-way: keep what it committed, which the next open carries on.
        database.close();
      } else {
        database.closeUntouched();
      }
      throw e;
    }
  }

  /** The open-marker beside an H2 file database; none for a JDBC URL. */
  private Optional<OpenMarker> marker() {
    return location.startsWith("jdbc:")
        ? Optional.empty()
        : Optional.of(OpenMarker.of(file(location)));
  }

  /**
   * Why the database must be rebuilt before it is used, or null: the kmslog before this one was
   * stopped while it had the database open (its marker is still there), or an import was cut short
   * (a database written by a kmslog that kept no marker).
   */
  private String stoppedWhileOpen() throws SQLException, StoreException {
    if (marker().isEmpty()) {
      return null;
    }
    String marked = marker().get().leftBehind();
    if (marked != null) {
      return "was still open in a kmslog that was stopped before it closed it (" + marked + ")";
    }
    if (queryInt(statements.get("kmslog_schema_exists")) > 0
        && !ImportLedger.interrupted(this).isEmpty()) {
      return "holds an import that was cut short";
    }
    return null;
  }

  /**
   * Rebuilds the database from what its tables hold, into a new file that replaces it; the file as
   * it was is kept beside it as NAME.crashed.mv.db. H2 2.5 does not always survive a process killed
   * while it writes: the file it leaves can hold rows that one index has and another lacks, and H2
   * then spins forever on the first write that touches them (found with a loop of kill -9 during
   * imports: see BENCHMARKS.md). Reading such a file is safe; a copy rebuilt from its rows holds
   * every committed row, with its indexes made anew.
   */
  private Database rebuilt(String why, Duration lockWait, Consumer<String> notices)
      throws SQLException, StoreException {
    Path file = file(location);
    Path fresh = beside(file, ".rebuild.mv.db");
    Path kept = beside(file, ".crashed.mv.db");
    notices.accept(
        named()
            + " "
            + why
            + "; kmslog first copies its tables into a new file, because H2 can hang on what such a"
            + " stop leaves behind (the file as it was is kept as "
            + kept
            + ")");
    long started = System.nanoTime();
    long rows;
    try {
      Files.deleteIfExists(fresh);
      try (Connection target = DriverManager.getConnection(url(fresh.toString(), true), USER, "")) {
        rows = DatabaseCopy.copy(connection, target);
        // Writing the copy leaves old page versions behind (the file grew to 4x its data in a
        // test); compacting now costs seconds and saves the next run from a bloated file.
        try (Statement statement = target.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
        }
      }
      shutDownImmediately();
      Files.deleteIfExists(kept);
      try {
        Files.createLink(kept, file);
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      // The marker stays, so the next open tries again; the file is as the stopped kmslog left it.
      keepMarker = true;
      try {
        Files.deleteIfExists(fresh);
      } catch (IOException ignored) {
        // Only a half-built copy; the next try replaces it.
      }
      String reason =
          e instanceof SQLException sql
              ? StoreException.of(location, sql).getMessage()
              : e.toString();
      throw new StoreException(
          named()
              + " could not be rebuilt after the stop ("
              + reason
              + "); it was left as it was. Free disk space and run kmslog again, or restore the"
              + " database from a backup, or move it aside and import the exports again",
          e);
    }
    notices.accept(
        named()
            + " rebuilt: "
            + rows
            + " rows copied in "
            + (System.nanoTime() - started) / 1_000_000_000
            + " s");
    Connection reopened = connect(location, url(location, false), lockWait, notices);
    Database database = new Database(location, reopened);
    reopened.setAutoCommit(false);
    return database;
  }

  /**
   * Closes a database we refuse to use without writing anything to it (a normal close stores its
   * state): the file of a newer or a foreign database stays exactly as it was.
   */
  private void closeUntouched() {
    shutDownImmediately();
    close();
  }

  private void shutDownImmediately() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN IMMEDIATELY");
    } catch (SQLException e) {
      // SHUTDOWN IMMEDIATELY closes the connection under us; that is all we want of it.
    }
  }

  /**
   * Looks at an existing database file through a connection that cannot write, and refuses it there
   * when it is newer than this kmslog or holds tables kmslog did not make: a database kmslog
   * refuses is never written to, not even by opening it.
   */
  private static void refuseIfNotOurs(String location, Duration lockWait, Consumer<String> notices)
      throws StoreException {
    if (location.startsWith("jdbc:") || !Files.exists(file(location))) {
      return;
    }
    if (Files.isDirectory(file(location))) {
      throw new StoreException(
          named(location)
              + ": "
              + file(location)
              + " is a folder, not a database file; give --db another name");
    }
    Connection look;
    try {
      look = connect(location, url(location, false) + ";ACCESS_MODE_DATA=r", lockWait, notices);
    } catch (StoreException e) {
      // A whole file opens through a connection that cannot write; one cut short does not (H2
      // wants to write to it to open it), fails reading where its data should be, or finds a
      // page it cannot read.
      if (e.getCause() instanceof SQLException cause
          && (cause.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY
              || cause.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
              || StoreException.isCutShort(cause))) {
        throw StoreException.damaged(location, file(location), cause);
      }
      throw e;
    }
    try {
      Database database = new Database(location, look);
      database.refuseNewerSchema(database.readSchemaVersion());
    } catch (SQLException e) {
      throw StoreException.of(location, e);
    } finally {
      try {
        look.close();
      } catch (SQLException e) {
        // A read-only connection has nothing to lose.
      }
    }
    refuseOlderThanSaved(location);
  }

  /**
   * Refuses a file cut short after its last whole state: H2 then opens the newest state whose pages
   * are all still in the file, older than what was saved, and would go on from there as if the rest
   * had never been (imports, analyses and their findings gone without a word). The file's header,
   * at its start, names the version of the last state written, and is written only after that
   * state; a store that opens at an older version has lost what came after it. A file left by a
   * stopped process has an older header, never a newer one, so it is not refused here. The look
   * reads the file without writing to it; when it cannot (another process has the file), the
   * database is not judged here.
   */
  private static void refuseOlderThanSaved(String location) throws StoreException {
    long opened;
    long saved;
    try {
      MVStore store = new MVStore.Builder().fileName(file(location).toString()).readOnly().open();
      try {
        opened = store.getCurrentVersion();
        saved = Long.parseLong(String.valueOf(store.getStoreHeader().get("version")), 16);
      } finally {
        store.closeImmediately();
      }
    } catch (RuntimeException e) {
      return;
    }
    if (opened < saved) {
      throw StoreException.olderThanSaved(location, file(location), opened, saved);
    }
  }

  /** The file beside an H2 database file NAME.mv.db that is named NAME followed by the suffix. */
  static Path beside(Path databaseFile, String suffix) {
    String name = databaseFile.getFileName().toString();
    return databaseFile.resolveSibling(
        name.substring(0, name.length() - ".mv.db".length()) + suffix);
  }

  /** The file of an H2 location. */
  private static Path file(String location) {
    String path = location.endsWith(".mv.db") ? location : location + ".mv.db";
    return Path.of(path).toAbsolutePath().normalize();
  }

  void refuseNewerSchema(int current) throws StoreException {
    int latest = latestSchemaVersion();
    if (current > latest) {
      throw new StoreException(
          named()
              + " has schema version "
              + current
              + ", newer than this kmslog understands (up to "
              + latest
              + "); use a newer kmslog, or import your exports into a new database");
    }
  }

  private static Connection connect(
      String location, String url, Duration lockWait, Consumer<String> notices)
      throws StoreException {
    // The wait is counted from the first refusal, and the notice comes with it: what the user
    // reads, and a test waits for, never depends on how long that first try took.
    boolean waiting = false;
    long deadline = 0;
    while (true) {
      try {
        return DriverManager.getConnection(url, USER, "");
      } catch (SQLException e) {
        if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
          throw StoreException.of(location, e);
        }
        if (!waiting) {
          if (lockWait.isZero()) {
            throw StoreException.inUse(location, "kmslog or H2 process", lockWait, e);
          }
          notices.accept(
              StoreException.named(location)
                  + " is in use by another kmslog or H2 process; waiting up to "
                  + lockWait.toSeconds()
                  + " s");
          deadline = System.nanoTime() + lockWait.toNanos();
          waiting = true;
        } else if (System.nanoTime() - deadline >= 0) {
          throw StoreException.inUse(location, "kmslog or H2 process", lockWait, e);
        }
        sleep(Math.min(LOCK_POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      }
    }
  }

  private static void sleep(long millis) throws StoreException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the database", e);
    }
  }

  /** The JDBC URL for a location the user gave. */
  static String url(String location, boolean create) {
    if (location.startsWith("jdbc:")) {
      return location;
    }
    String path =
        location.endsWith(".mv.db") ? location.substring(0, location.length() - 6) : location;
    // H2 refuses paths implicitly relative to the working directory; make them explicit.
    // No .trace.db beside the database: kmslog reports errors itself, and H2 prints stack traces
    // to stderr when it cannot write that file (in a read-only folder, say).
    String url =
        "jdbc:h2:file:" + Path.of(path).toAbsolutePath().normalize() + ";TRACE_LEVEL_FILE=0";
    return create ? url : url + ";IFEXISTS=TRUE";
  }

  /** The location as the user gave it, for messages: without a password written into a URL. */
  public String location() {
    return Passwords.hidden(location);
  }

  /** How messages name this database: "database LOCATION". */
  public String named() {
    return StoreException.named(location);
  }

  private static String named(String location) {
    return StoreException.named(location);
  }

  /** A message about this database: "database LOCATION: " and what is wrong. */
  public String describe(String what) {
    return named() + ": " + what;
  }

  /** What a database error means, in a user's words where kmslog knows them. */
  public static String reason(SQLException e) {
    return StoreException.reason(e);
  }

  /** The connection; auto-commit is off, so writers commit what they mean to keep. */
  public Connection connection() {
    return connection;
  }

  /** The SQL database the store is kept in. */
  public Dialect dialect() {
    return dialect;
  }

  /** The store's named statements from sql/store/statements.sql. */
  SqlScript statements() {
    return statements;
  }

  /**
   * The store's named statements as prepared on the connection, kept open across files: only for
   * the statements of imports, which run after any change to the schema.
   */
  PreparedStatements prepared() {
    return prepared;
  }

  /** The newest schema version this kmslog knows. */
  public static int latestSchemaVersion() {
    int version = 0;
    while (SqlScript.exists(String.format(SCHEMA_SCRIPT, version + 1))) {
      version++;
    }
    return version;
  }

  /** The schema version of the open database. */
  public int schemaVersion() throws StoreException {
    try {
      return readSchemaVersion();
    } catch (SQLException e) {
      throw StoreException.of(location, e);
    }
  }

  /**
   * Brings the schema to this kmslog's version.
   *
   * @return true when a version-1 database was upgraded (its event tables were rewritten)
   */
  boolean upgradeSchema(Consumer<String> notices) throws SQLException, StoreException {
    int latest = latestSchemaVersion();
    int current = readSchemaVersion();
    refuseNewerSchema(current);
    for (int version = current + 1; version <= latest; version++) {
      if (version == 2) {
        if (current > 0) {
          notices.accept(
              named()
                  + " has schema version 1; upgrading it to version 2 (once: about 5 s for"
                  + " every million events, then the file is compacted)");
        }
        EventIdUpgrade.run(this);
      } else {
        try (Statement statement = connection.createStatement()) {
          for (String sql : SqlScript.load(String.format(SCHEMA_SCRIPT, version)).statements()) {
            statement.execute(sql);
          }
        }
      }
      if (readSchemaVersion() != version) {
        throw new IllegalStateException("schema script v" + version + " did not set its version");
      }
      connection.commit();
    }
    if (latest >= 2) {
      EventIdUpgrade.dropLeftovers(this);
    }
    // Only the move to version 2 rewrites the event tables (and leaves half the file dead);
    // later versions alter small tables, not worth compacting for.
    return current == 1 && latest >= 2;
  }

  /**
   * Removes what an import cut short by a crash left behind: the events of files still marked
   * 'importing', which then become 'failed' and are imported again next time.
   */
  void recoverInterruptedImports() throws SQLException {
    for (long id : ImportLedger.interrupted(this)) {
      FileImport.delete(this, id);
      ImportLedger.markInterrupted(this, id);
      connection.commit();
    }
  }

  /** 0 for an empty database; refuses one that holds tables but is not a kmslog database. */
  int readSchemaVersion() throws SQLException, StoreException {
    if (queryInt(statements.get("kmslog_schema_exists")) == 0) {
      if (queryInt(statements.get("count_tables")) > 0) {
        throw new StoreException(named() + " holds tables but is not a kmslog database; refused");
      }
      return 0;
    }
    return queryInt(statements.get("schema_version"));
  }

  private int queryInt(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /**
   * Commits and writes what this run changed to the file now, so that a failure to write it is this
   * run's error. H2 writes commits in the background and the last ones when the database closes,
   * and a failure then (a full disk) is only written to its trace file: the run would report its
   * files imported while the file kept an older state. After such a failure the marker stays beside
   * the file, so the next open rebuilds it as after a stop (its last write is incomplete).
   */
  public void save() throws StoreException {
    try {
      connection.commit();
      if (dialect == Dialect.H2) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CHECKPOINT");
        }
      }
    } catch (SQLException e) {
      keepMarker = true;
      close();
      throw StoreException.of(location, e).whileSaving(location);
    }
  }

  /**
   * Closes the database, first compacting its file when at least this many bytes are in it and less
   * than half of it holds live data. H2 leaves old page versions behind after large imports (a file
   * can grow to ten times its live data); compacting costs a few seconds per 100 MB of live data
   * and is skipped when it would not pay.
   *
   * @return true when the file was compacted
   */
  public boolean closeCompacting(long minFileBytes) throws StoreException {
    save();
    try {
      if (dialect == Dialect.POSTGRESQL) {
        // A server reclaims dead rows itself (autovacuum); there is no file to compact.
        close();
        return false;
      }
      long size = setting("info.FILE_SIZE");
      // While the store is open after a large write, H2 reports the waste in one of these two
      // rates and not the other; on a fresh open, the other way round.
      long fillRate = Math.min(setting("info.FILL_RATE"), setting("info.CHUNKS_FILL_RATE"));
      if (size < minFileBytes || fillRate >= 50) {
        close();
        return false;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      }
      close();
      return true;
    } catch (SQLException e) {
      close();
      throw StoreException.of(location, e);
    }
  }

  private long setting(String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(statements.get("setting"))) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Long.parseLong(row.getString(1).replace("%", "").strip()) : 0;
      }
    }
  }

  @Override
  public void close() {
    prepared.close();
    try {
      if (!connection.isClosed()) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        connection.close();
      }
    } catch (SQLException e) {
      // Closing after a failure: uncommitted work is rolled back by the database anyway.
    }
    if (!keepMarker) {
      marker().ifPresent(OpenMarker::clear);
    }
  }
}
