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
import java.util.List;
import java.util.Optional;
import org.kmslog.kms.MachineKey;
import org.kmslog.store.ActivationCodes;
import org.kmslog.store.Database;
import org.kmslog.store.GeneratedKey;
import org.kmslog.store.SqlScript;

/**
 * Runs the SQL analyzers of sql/analyzers over the store and keeps what they find as one analysis
 * run. The reference time defaults to the newest imported event, so the same archive always gives
 * the same findings.
 */
public final class Analyzer {
  private static final SqlScript RUNNER = SqlScript.load("analyzers/runner.sql");

  private final Database database;
  private final Connection connection;
  private final List<ScriptTime> timings = new ArrayList<>();

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

  public Analyzer(Database database) {
    this.database = database;
    this.connection = database.connection();
  }

  /**
   * Analyzes everything imported up to the reference time.
   *
   * @param asOf the reference time, or null for the newest imported event
   * @param sanctionedHosts the hosts that may answer KMS requests, or an empty list for "any"
   * @throws AnalysisException when there is nothing to analyze or an analyzer fails
   */
  public AnalysisRun run(Instant asOf, List<String> sanctionedHosts) throws AnalysisException {
    long started = System.nanoTime();
    timings.clear();
    LocalDateTime reference = asOf != null ? utc(asOf) : newestEvent();
    long runId = startRun(reference, sanctionedHosts);
    try {
      runScripts(ActivationCodes.SCRIPTS);
      runScripts(analyzers());
      try (PreparedStatement finish = connection.prepareStatement(RUNNER.get("finish_run"))) {
        finish.setLong(1, (System.nanoTime() - started) / 1_000_000);
        finish.setLong(2, runId);
        finish.executeUpdate();
      }
      connection.commit();
      return new AnalysisRun(runId, reference, Findings.ofRun(connection, runId));
    } catch (SQLException | AnalysisException | RuntimeException e) {
      discard(runId);
      if (e instanceof AnalysisException analysis) {
        throw analysis;
      }
      throw new AnalysisException(
          "database " + database.location() + ": analysis failed: " + e.getMessage(), e);
    }
  }

  /** The newest finished run, if the database has been analyzed. */
  public Optional<AnalysisRun> latest() throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(RUNNER.get("latest_run"));
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      long id = row.getLong(1);
      return Optional.of(
          new AnalysisRun(
              id, row.getObject(2, LocalDateTime.class), Findings.ofRun(connection, id)));
    } catch (SQLException e) {
      throw new AnalysisException("database " + database.location() + ": " + e.getMessage(), e);
    }
  }

  private LocalDateTime newestEvent() throws AnalysisException {
    LocalDateTime newest = queryTime("newest_event");
    if (newest == null) {
      newest = queryTime("newest_stored_event");
    }
    if (newest == null) {
      throw new AnalysisException(
          "database " + database.location() + " holds no KMS events; import some exports first");
    }
    return newest;
  }

  private LocalDateTime queryTime(String name) throws AnalysisException {
    try (PreparedStatement query = connection.prepareStatement(RUNNER.get(name));
        ResultSet row = query.executeQuery()) {
      return row.next() ? row.getObject(1, LocalDateTime.class) : null;
    } catch (SQLException e) {
      throw new AnalysisException("database " + database.location() + ": " + e.getMessage(), e);
    }
  }

  private long startRun(LocalDateTime asOf, List<String> sanctionedHosts) throws AnalysisException {
    try {
      connection.rollback();
      long runId =
          GeneratedKey.insert(
              connection,
              RUNNER.get("insert_run"),
              asOf,
              sanctionedHosts.isEmpty() ? null : String.join(",", sanctionedHosts),
              utc(Instant.now()));
      execute(RUNNER.get("clear_current"));
      try (PreparedStatement current = connection.prepareStatement(RUNNER.get("set_current"))) {
        current.setLong(1, runId);
        current.setObject(2, asOf);
        current.executeUpdate();
      }
      execute(RUNNER.get("clear_sanctioned"));
      try (PreparedStatement add = connection.prepareStatement(RUNNER.get("add_sanctioned"))) {
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
      throw new AnalysisException("database " + database.location() + ": " + e.getMessage(), e);
    }
  }

  private void runScripts(List<String> scripts) throws AnalysisException {
    for (String script : scripts) {
      try {
        long start = System.nanoTime();
        List<StatementTime> statements = new ArrayList<>();
        for (String sql : SqlScript.load(script).statements()) {
          long begun = System.nanoTime();
          execute(sql);
          statements.add(new StatementTime(opening(sql), (System.nanoTime() - begun) / 1_000_000));
        }
        timings.add(
            new ScriptTime("sql/" + script, (System.nanoTime() - start) / 1_000_000, statements));
      } catch (SQLException e) {
        throw new AnalysisException(
            "database "
                + database.location()
                + ": sql/"
                + script
                + " failed: "
                + firstLine(e.getMessage()),
            e);
      }
    }
  }

  /** A statement's first three words after its comments: enough to find it in its script. */
  static String opening(String sql) {
    String[] words = sql.replaceAll("(?m)^\\s*--.*$", "").strip().split("\\s+", 4);
    return String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
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

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void discard(long runId) {
    try {
      connection.rollback();
      try (PreparedStatement delete = connection.prepareStatement(RUNNER.get("delete_run"))) {
        delete.setLong(1, runId);
        delete.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      // The run stays marked 'running'; reports only read finished runs.
    }
  }

  /** H2's message without the statement it quotes in full (--verbose shows the trace). */
  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int statement = message.indexOf("; SQL statement:");
    String text = statement < 0 ? message : message.substring(0, statement);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
