package org.kmslog.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens a kmslog store kept in a schema on a PostgreSQL server: the first schema of the
 * connection's search path (the URL's currentSchema, or the user's own schema).
 *
 * <p>One kmslog at a time works in a schema, as with an H2 file: each holds a session advisory lock
 * on it from open to close, and a second one waits for it up to --lock-wait. That keeps two
 * analyses from overwriting each other's work tables and two imports from racing to number a new
 * event stream; readers that only query the finding tables (a BI tool) need no lock.
 */
final class ServerStore {
  private static final SqlScript SQL = SqlScript.load("store/server.pg.sql");
  private static final long LOCK_POLL_MILLIS = 500;

  /** The libc collations that compare text by code point, as H2 and kmslog's SQL expect. */
  private static final Set<String> CODE_POINT_ORDER = Set.of("C", "POSIX", "C.UTF-8", "C.utf8");

  private ServerStore() {}

  static Database open(
      String location, String user, boolean create, Duration lockWait, Consumer<String> notices)
      throws StoreException {
    Connection connection = connect(location, user);
    Database database = new Database(location, connection);
    try {
      connection.setAutoCommit(false);
      requireSchema(database);
      requireCodePointOrder(database);
      lock(database, lockWait, notices);
      int version = database.readSchemaVersion();
      if (version == 0 && !create) {
        throw new StoreException(
            database.named() + ": no database there yet; import some exports first");
      }
      database.refuseNewerSchema(version);
      try (Statement statement = connection.createStatement()) {
        // No JIT compilation for this session: the analyzers' statements are planned on work
        // tables just built, whose costs pass the JIT's thresholds, and compiling them costs more
        // than it saves (work_pair_kind at 1M events: 2.7 s of which 2.9 s compiling, spread over
        // three processes, against 1.8 s without; a nightly run's analysis 20-26 s against
        // 28-29 s, BENCHMARKS.md). The server's own setting is left as it is for everyone else.
        statement.execute("SET jit = off");
        for (String sql : SqlScript.load("store/functions.pg.sql").statements()) {
          statement.execute(sql);
        }
      }
      connection.commit();
      database.upgradeSchema(notices);
      database.recoverInterruptedImports();
      connection.commit();
      return database;
    } catch (SQLException e) {
      database.close();
      throw StoreException.of(location, e);
    } catch (StoreException e) {
      database.close();
      throw e;
    }
  }

  /**
   * Connects as the user given, else PGUSER, with the password in KMSLOG_DB_PASSWORD, else
   * PGPASSWORD, else the one ~/.pgpass (or PGPASSFILE) holds, which the driver reads itself.
   */
  private static Connection connect(String location, String user) throws StoreException {
    Properties login = new Properties();
    String name = user != null ? user : System.getenv("PGUSER");
    if (name != null && !name.isEmpty()) {
      login.setProperty("user", name);
    }
    String password = System.getenv("KMSLOG_DB_PASSWORD");
    if (password == null) {
      password = System.getenv("PGPASSWORD");
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    try {
      return DriverManager.getConnection(location, login);
    } catch (SQLException e) {
      throw StoreException.of(location, e);
    }
  }

  /** Refuses a connection whose search path names no schema it may create tables in. */
  private static void requireSchema(Database database) throws SQLException, StoreException {
    try (PreparedStatement query =
            database.connection().prepareStatement(SQL.get("current_schema"));
        ResultSet row = query.executeQuery()) {
      if (!row.next() || row.getString(1) == null) {
        throw new StoreException(
            database.named()
                + ": no schema to work in (none of the search path exists); create one the"
                + " kmslog user owns (CREATE SCHEMA kmslog AUTHORIZATION its_role) and name it"
                + " in the URL (?currentSchema=kmslog)");
      }
    }
  }

  /**
   * Refuses a database that compares text by a language's rules (its collation, libc or ICU):
   * kmslog compares and sorts names by code point, as H2 does, and only the C collation does that.
   */
  private static void requireCodePointOrder(Database database) throws SQLException, StoreException {
    try (PreparedStatement query = database.connection().prepareStatement(SQL.get("collation"));
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return;
      }
      boolean icu = "i".equals(row.getString(1));
      String collation = icu ? row.getString(3) : row.getString(2);
      if (icu || !CODE_POINT_ORDER.contains(collation)) {
        throw new StoreException(
            database.named()
                + ": its database sorts text by the collation "
                + (icu ? "ICU " : "")
                + collation
                + ", not by code point as kmslog does; create the database with LOCALE 'C'"
                + " (CREATE DATABASE kms LOCALE 'C' TEMPLATE template0) and give kmslog a schema"
                + " there");
      }
    }
  }

  /**
   * Takes the schema's advisory lock, waiting up to lockWait while another kmslog holds it, and
   * telling notices once that it waits, as soon as it finds the schema in use.
   */
  private static void lock(Database database, Duration lockWait, Consumer<String> notices)
      throws SQLException, StoreException {
    boolean waiting = false;
    long deadline = 0;
    while (!tryLock(database)) {
      if (!waiting) {
        if (lockWait.isZero()) {
          throw StoreException.inUse(database.location(), "kmslog", lockWait, null);
        }
        notices.accept(
            database.named()
                + " is in use by another kmslog; waiting up to "
                + lockWait.toSeconds()
                + " s");
        deadline = System.nanoTime() + lockWait.toNanos();
        waiting = true;
      } else if (System.nanoTime() - deadline >= 0) {
        throw StoreException.inUse(database.location(), "kmslog", lockWait, null);
      }
      sleep(Math.min(LOCK_POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
    }
  }

  private static boolean tryLock(Database database) throws SQLException {
    Connection connection = database.connection();
    try (PreparedStatement query = connection.prepareStatement(SQL.get("try_lock"));
        ResultSet row = query.executeQuery()) {
      boolean locked = row.next() && row.getBoolean(1);
      connection.commit();
      return locked;
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
}
