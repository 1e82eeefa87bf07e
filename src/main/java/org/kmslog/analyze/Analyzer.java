package org.kmslog.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslog.kms.MachineKey;
import org.kmslog.store.ActivationCodes;
import org.kmslog.store.Database;
import org.kmslog.store.Dialect;
import org.kmslog.store.GeneratedKey;
import org.kmslog.store.SqlScript;

/**
 * Runs the SQL analyzers of sql/analyzers over the store and keeps what they find as one analysis
 * run. The reference time defaults to the newest imported event, so the same archive always gives
 * the same findings.
 */
public final class Analyzer {
  /**
   * How far back from its reference time an analysis looks, in days: the longest look-back of any
   * finding (an activation is valid 180 days). Older events are not read (see 00-prepare.sql).
   */
  static final int WINDOW_DAYS = 180;

  /**
   * How far after the time an analysis runs an event may be dated and still be taken as it is, in
   * hours: kmslog's own clock may be a little behind, and a CSV export's local times read with the
   * wrong zone are up to 14 hours off. A later event came from a clock that runs ahead.
   */
  static final int FUTURE_TOLERANCE_HOURS = 24;

  /**
   * A work table a script builds ("CREATE TABLE work_x AS ..."), which PostgreSQL must ANALYZE and
   * {@link #dropWorkTables()} lets go of.
   */
  private static final Pattern WORK_TABLE =
      Pattern.compile("^CREATE TABLE (work_[a-z0-9_]+) AS\\b", Pattern.CASE_INSENSITIVE);

  /** The scripts that create and fill the product table the clients table names products from. */
  private static final List<String> PRODUCT_SCRIPTS =
      List.of("reference/product-table.sql", "reference/products.sql");

  private final Database database;
  private final Connection connection;
  private final SqlScript runner;
  private final int windowDays;
  private final List<ScriptTime> timings = new ArrayList<>();
  private final Set<String> workTables = new LinkedHashSet<>();
  private LocalDateTime staleAgainst;

  /**
   * How long one script took in the last run.
   *
   * @param script the script, such as sql/analyzers/00-prepare.sql
   * @param millis how long it ran
   * @param statements how long each of its statements ran, in order
   */
  public record ScriptTime(String script, long millis, List<StatementTime> statements) {
    /** Statements that took at least this long are worth naming to whoever waits for them. */
    public static final long SLOW_MILLIS = 1000;

    public ScriptTime {
      statements = List.copyOf(statements);
    }

    /** Its statements that took {@link #SLOW_MILLIS} or more, in order. */
    public List<StatementTime> slowStatements() {
      return statements.stream().filter(s -> s.millis() >= SLOW_MILLIS).toList();
    }
  }

  /**
   * How long one statement of a script took.
   *
   * @param statement the statement's first words, such as "CREATE TABLE work_pair"
   * @param millis how long it ran
   */
  public record StatementTime(String statement, long millis) {}

  /**
   * What the last run concluded about the base one host writes its 12290 client times in.
   *
   * @param host the host's name
   * @param minutes the base, in minutes east of UTC (0: UTC)
   * @param learnedFrom "votes" (12288/12290 pairs of one request) or "offsets" (its own requests)
   * @param evidence how many votes or client-days it rests on
   */
  public record HostBase(String host, int minutes, String learnedFrom, long evidence) {}

  public Analyzer(Database database) {
    this(database, WINDOW_DAYS);
  }

  /**
   * An analyzer that looks back {@code windowDays} from the reference time: for tests that compare
   * the analysis of the window with one of the whole history (a window of a century).
   */
  Analyzer(Database database, int windowDays) {
    this.database = database;
    this.connection = database.connection();
    this.runner = SqlScript.load("analyzers/runner.sql", database.dialect());
    this.windowDays = windowDays;
  }

  /**
   * The oldest and newest imported event.
   *
   * @param oldest the oldest event, UTC
   * @param newest the newest event, UTC
   */
  public record EventRange(Instant oldest, Instant newest) {}

  /**
   * Analyzes everything imported up to the reference time, without telling whether exports stopped
   * arriving (no time of day is given to compare them with).
   *
   * @param asOf the reference time, or null for the newest imported event
   * @param sanctionedHosts the hosts that may answer KMS requests, or an empty list for "any"
   * @throws AnalysisException when there is nothing to analyze or an analyzer fails
   */
  public AnalysisRun run(Instant asOf, List<String> sanctionedHosts) throws AnalysisException {
    return run(asOf, sanctionedHosts, null);
  }

  /**
   * Analyzes everything imported up to the reference time, and reports each host whose newest event
   * is more than 2 days older than {@code now} (EXPORTS_STALE). With an explicit reference time the
   * hosts are judged against it instead: as of then, had their exports stopped?
   *
   * @param asOf the reference time, or null for the newest imported event
   * @param sanctionedHosts the hosts that may answer KMS requests, or an empty list for "any"
   * @param now the run's time of day, or null for none (no EXPORTS_STALE without an {@code asOf})
   * @throws AnalysisException when there is nothing to analyze or an analyzer fails
   */
  public AnalysisRun run(Instant asOf, List<String> sanctionedHosts, Instant now)
      throws AnalysisException {
    long started = System.nanoTime();
    timings.clear();
    LocalDateTime reference = asOf != null ? utc(asOf) : newestEvent();
    staleAgainst = asOf != null || now == null ? null : utc(now);
    LocalDateTime future =
        staleAgainst == null ? null : staleAgainst.plusHours(FUTURE_TOLERANCE_HOURS);
    boolean fromTheFuture = false;
    if (future != null && reference.isAfter(future)) {
      // The newest event is dated after this analysis runs: a clock runs ahead (here, no skew
      // can tell how far: a client-only store, a host's own clock, two clones of one wrong clock).
      // Judge as of the newest event dated before then; CLOCK_SKEW names the clocks. When every
      // event is dated later, it is kmslog's clock that is behind, and the events are taken as
      // they are.
      LocalDateTime before = queryTime("newest_event_until", future, future, future, future);
      if (before != null) {
        reference = before;
        fromTheFuture = true;
      }
    }
    long runId = startRun(reference, sanctionedHosts);
    try {
      runScripts(ActivationCodes.SCRIPTS);
      runScripts(PRODUCT_SCRIPTS);
      List<String> analyzers = analyzers();
      List<String> prepare = analyzers.subList(0, 1);
      runScripts(prepare);
      if (asOf == null) {
        LocalDateTime hosts = queryTime("newest_host_event_beyond_window");
        if (hosts != null) {
          // One client and no host's event in the window: the newest event came from a clock more
          // than the window ahead of every other machine's. Judge as of the newest event that a
          // window reaching back to the hosts' newest can hold, so that their records of that
          // clock show its skew (the hosts' newest itself is one such event).
          LocalDateTime until = hosts.plusDays(windowDays);
          reference = queryTime("newest_event_until", until, until, until, until);
          setReference(runId, reference);
          runScripts(prepare);
        }
        LocalDateTime unskewed = queryTime("reference_without_skew");
        if (unskewed != null && unskewed.isBefore(reference)) {
          // The newest event came from a client whose clock runs ahead: judge as of the newest
          // event on a true clock, and prepare the window's work tables again up to it. Only
          // 00-prepare.sql: what the reference is not learned from (01-reached.sql, and the
          // passes over the events before the window of 02-before-window.sql) runs once, after.
          reference = unskewed;
          setReference(runId, reference);
          runScripts(prepare);
        }
      }
      runScripts(analyzers.subList(1, analyzers.size()));
      if (fromTheFuture) {
        try (PreparedStatement ahead = connection.prepareStatement(runner.get("clocks_ahead"))) {
          for (int i = 1; i <= 4; i++) {
            ahead.setObject(i, future);
          }
          ahead.executeUpdate();
        }
      }
      try (PreparedStatement finish = connection.prepareStatement(runner.get("finish_run"))) {
        finish.setLong(1, (System.nanoTime() - started) / 1_000_000);
        finish.setLong(2, runId);
        finish.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | AnalysisException | RuntimeException e) {
      discard(runId);
      if (e instanceof AnalysisException analysis) {
        throw analysis;
      }
      throw new AnalysisException(database.describe("analysis failed: " + e.getMessage()), e);
    }
    return new AnalysisReader(database).read(runId);
  }

  /**
   * The oldest and newest imported event, or empty when none is stored. The oldest is found by
   * scanning the event tables (seconds for millions of events), so only an explicit reference time
   * asks for it.
   */
  public Optional<EventRange> importedRange() throws AnalysisException {
    LocalDateTime newest = queryTime("newest_event");
    if (newest == null) {
      newest = queryTime("newest_stored_event");
    }
    LocalDateTime oldest = queryTime("oldest_stored_event");
    if (newest == null || oldest == null) {
      return Optional.empty();
    }
    return Optional.of(
        new EventRange(oldest.toInstant(ZoneOffset.UTC), newest.toInstant(ZoneOffset.UTC)));
  }

  private LocalDateTime newestEvent() throws AnalysisException {
    LocalDateTime newest = queryTime("newest_event");
    if (newest == null) {
      newest = queryTime("newest_stored_event");
    }
    if (newest == null) {
      throw new AnalysisException(
          database.named() + " holds no KMS events; import some exports first");
    }
    return newest;
  }

  /** The time a named runner statement selects, with these values bound to its parameters. */
  private LocalDateTime queryTime(String name, Object... values) throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(runner.get(name))) {
      for (int i = 0; i < values.length; i++) {
        query.setObject(i + 1, values[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getObject(1, LocalDateTime.class) : null;
      }
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  private long startRun(LocalDateTime asOf, List<String> sanctionedHosts) throws AnalysisException {
    try {
      connection.rollback();
      long runId =
          GeneratedKey.insert(
              connection,
              runner.get("insert_run"),
              asOf,
              sanctionedHosts.isEmpty() ? null : String.join(",", sanctionedHosts),
              utc(Instant.now()),
              staleAgainst);
      setCurrent(runId, asOf);
      execute(runner.get("clear_sanctioned"));
      try (PreparedStatement add = connection.prepareStatement(runner.get("add_sanctioned"))) {
        for (String host : sanctionedHosts) {
          String key = MachineKey.of(host);
          if (key != null) {
            add.setString(1, key);
            add.executeUpdate();
          }
        }
      }
      connection.commit();
      return runId;
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  private void setReference(long runId, LocalDateTime reference) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(runner.get("set_reference"))) {
      update.setObject(1, reference);
      update.setLong(2, runId);
      update.executeUpdate();
    }
    setCurrent(runId, reference);
  }

  /** Makes this run the one the analyzers' SQL works for (the table analysis_current). */
  private void setCurrent(long runId, LocalDateTime asOf) throws SQLException {
    execute(runner.get("clear_current"));
    try (PreparedStatement current = connection.prepareStatement(runner.get("set_current"))) {
      current.setLong(1, runId);
      current.setObject(2, asOf);
      current.setObject(3, asOf.minusDays(windowDays));
      current.setObject(4, staleAgainst);
      current.executeUpdate();
    }
    if (database.dialect() == Dialect.POSTGRESQL) {
      // Its one row, as its statistics say, or PostgreSQL, never having looked, takes it for a
      // hundred or so and plans every join with it for that many.
      execute("ANALYZE analysis_current");
    }
  }

  private void runScripts(List<String> scripts) throws AnalysisException {
    for (String script : scripts) {
      try {
        long start = System.nanoTime();
        List<StatementTime> statements = new ArrayList<>();
        for (String sql : SqlScript.load(script, database.dialect()).statements()) {
          long begun = System.nanoTime();
          execute(unlogged(sql));
          workTableBuilt(sql);
          statements.add(new StatementTime(opening(sql), (System.nanoTime() - begun) / 1_000_000));
        }
        timings.add(
            new ScriptTime("sql/" + script, (System.nanoTime() - start) / 1_000_000, statements));
      } catch (SQLException e) {
        throw new AnalysisException(
            database.describe("sql/" + script + " failed: " + Database.reason(e)), e);
      }
    }
  }

  /**
   * A work table's statement as PostgreSQL is to run it: the table unlogged, since every analysis
   * builds it anew. Nothing of it goes to the write-ahead log, or from there to the server's
   * standbys and WAL archive (674 MB of WAL an analysis at 1M events, 8 MB unlogged); a crash of
   * the server empties it, and the next analysis builds it again. H2 has no such tables.
   */
  private String unlogged(String sql) {
    if (database.dialect() == Dialect.POSTGRESQL && WORK_TABLE.matcher(sql).find()) {
      return "CREATE UNLOGGED TABLE" + sql.substring("CREATE TABLE".length());
    }
    return sql;
  }

  /** A statement's first three words after its comments: enough to find it in its script. */
  static String opening(String sql) {
    String[] words = sql.replaceAll("(?m)^\\s*--.*$", "").strip().split("\\s+", 4);
    return String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
  }

  /** What the last run concluded about each host's time base, by host name. */
  public List<HostBase> hostBases() throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(runner.get("host_bases"));
        ResultSet row = query.executeQuery()) {
      List<HostBase> bases = new ArrayList<>();
      while (row.next()) {
        bases.add(new HostBase(row.getString(1), row.getInt(2), row.getString(3), row.getLong(4)));
      }
      return bases;
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  /** How long each script of the last run took, in the order they ran. */
  public List<ScriptTime> timings() {
    return List.copyOf(timings);
  }

  /** The analyzer scripts in the order sql/analyzers/ANALYZERS gives. */
  static List<String> analyzers() {
    return SqlScript.lines("analyzers/ANALYZERS").stream()
        .map(name -> "analyzers/" + name)
        .toList();
  }

  /**
   * Keeps the name of a work table the statement just built, for {@link #dropWorkTables()}, and has
   * PostgreSQL look at it: without statistics it plans the joins on it blind (one analyzer took 6.1
   * s before ANALYZE and 39 ms after). H2 needs none.
   */
  private void workTableBuilt(String sql) throws SQLException {
    Matcher table = WORK_TABLE.matcher(sql);
    if (!table.find()) {
      return;
    }
    workTables.add(table.group(1).toLowerCase(Locale.ROOT));
    if (database.dialect() == Dialect.POSTGRESQL) {
      execute("ANALYZE " + table.group(1));
    }
  }

  /**
   * Drops the work tables the last run built, once what reads them ({@link #hostBases()}) is done:
   * the next run builds them anew, and kept they are dead weight in the store, most of what an H2
   * file's compaction copies. Night after night on the nightly benchmark's 15,000-client estate the
   * file held 135 MB with them and 54 MB without at 1M events (337 and 256 MB at 5M), and each run
   * spent 2-3 s less beside its analysis (BENCHMARKS.md). The nightly run drops them; an analysis
   * by hand leaves them for tracing a finding with SQL.
   */
  public void dropWorkTables() throws AnalysisException {
    try {
      for (String table : workTables) {
        execute("DROP TABLE IF EXISTS " + table);
      }
      connection.commit();
      workTables.clear();
    } catch (SQLException e) {
      throw AnalysisException.of(database, e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void discard(long runId) {
    try {
      connection.rollback();
      try (PreparedStatement delete = connection.prepareStatement(runner.get("delete_run"))) {
        delete.setLong(1, runId);
        delete.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      // The run stays marked 'running'; reports only read finished runs.
    }
  }

  /** The instant as the store keeps times (to the microsecond on PostgreSQL, see Dialect). */
  private LocalDateTime utc(Instant instant) {
    return database.dialect().kept(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
