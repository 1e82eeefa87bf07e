package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.KmslogUnderTest;
import org.kmslog.testing.StoreUnderTest;

/** What --verbose and the benchmark print comes from these timings: each script and statement. */
class AnalyzerTimingsTest {
  @TempDir Path dir;

  @Test
  void everyStatementOfEveryScriptIsTimedAndNamedByItsFirstWords() throws Exception {
    String db = StoreUnderTest.location(dir);
    Path in = copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    assertEquals(
        0, KmslogUnderTest.create(discard, discard).execute("import", "--db", db, in.toString()));
    try (Database database = Database.open(db, false)) {
      Analyzer analyzer = new Analyzer(database);
      analyzer.run(null, List.of());
      List<Analyzer.ScriptTime> timings = analyzer.timings();
      List<String> statements = statements(timings, "sql/analyzers/00-prepare.sql");
      assertEquals("DROP TABLE IF", statements.get(0), statements.toString());
      assertTrue(statements.contains("CREATE TABLE work_pair_kind"), statements.toString());
      List<String> reached = statements(timings, "sql/analyzers/01-reached.sql");
      assertTrue(reached.contains("UPDATE work_attempt a"), reached.toString());
      for (Analyzer.ScriptTime script : timings) {
        assertTrue(!script.statements().isEmpty(), script.script());
        long sum = script.statements().stream().mapToLong(Analyzer.StatementTime::millis).sum();
        assertTrue(sum <= script.millis(), script.script() + ": " + sum + " > " + script.millis());
      }
    }
  }

  /**
   * When the newest event comes from a client whose clock runs ahead, the window is prepared twice
   * (the reference moves back to the newest event on a true clock), but what the reference is not
   * learned from only once, up to the settled reference: which requests reached a host, and the
   * passes over the events before the window, which read the event tables whole.
   */
  @Test
  void aClientWhoseClockRunsAheadPreparesTheWindowTwiceAndWhatLiesBeforeItOnce() throws Exception {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC-OLDER.corp.example"), "KMS01.corp.example", "2026-03-01T08:00:00Z");
    Estate.Client old = estate.client("PC-OLD.corp.example");
    estate.activation(old, "KMS01.corp.example", "2026-03-02T08:00:00Z");
    // 180 days and 2 hours before the fast client's newest event as its clock says (15:00:02),
    // 180 days and 3 hours after the settled reference's window start (10:00:02): in the window.
    estate.activation(old, "KMS01.corp.example", "2026-04-23T13:00:00Z");
    Estate.Client ahead = estate.client("PC-AHEAD.corp.example").skewed(Duration.ofHours(5));
    estate.refused(ahead, "KMS01.corp.example", "2026-10-20T10:00:00Z", "0xC004F06C", 30);
    assertEquals("2026-10-20T10:00:02", estate.analyze(null).asOf().toString());

    try (Database database = Database.open(StoreUnderTest.location(dir), false)) {
      Analyzer analyzer = new Analyzer(database);
      AnalysisRun run = analyzer.run(null, List.of());
      assertEquals("2026-10-20T10:00:02", run.asOf().toString());
      List<String> scripts = analyzer.timings().stream().map(Analyzer.ScriptTime::script).toList();
      int prepare = scripts.indexOf("sql/analyzers/00-prepare.sql");
      assertEquals(
          List.of(
              "sql/analyzers/00-prepare.sql",
              "sql/analyzers/00-prepare.sql",
              "sql/analyzers/01-reached.sql",
              "sql/analyzers/02-before-window.sql",
              "sql/analyzers/05-host-state.sql"),
          scripts.subList(prepare, prepare + 5));
      assertEquals(
          List.of("pc-old 2026-04-23 reached"),
          FixtureRules.rows(
              database.connection(),
              "SELECT client_key || ' ' || CAST(CAST(time_utc AS DATE) AS VARCHAR)"
                  + " || CASE WHEN reached THEN ' reached' ELSE ' not reached' END"
                  + " FROM work_attempt ORDER BY time_utc"));
      // Up to the settled reference: PC-OLD's success of 23 April is in its window, not before it.
      assertEquals(
          List.of("pc-old 2026-03-02", "pc-older 2026-03-01"),
          FixtureRules.rows(
              database.connection(),
              "SELECT client_key || ' ' || CAST(CAST(last_success AS DATE) AS VARCHAR)"
                  + " FROM work_before_client ORDER BY client_key"));
      assertEquals(
          List.of("pc-old"),
          FixtureRules.rows(database.connection(), "SELECT client_key FROM work_client_cut"));
    }
  }

  private static List<String> statements(List<Analyzer.ScriptTime> timings, String script) {
    return timings.stream()
        .filter(t -> t.script().equals(script))
        .findFirst()
        .orElseThrow()
        .statements()
        .stream()
        .map(Analyzer.StatementTime::statement)
        .toList();
  }

  @Test
  void aStatementIsNamedWithoutItsComments() {
    assertEquals(
        "CREATE TABLE work_pair",
        Analyzer.opening(
            "-- one row per pair\n  -- and more\nCREATE TABLE work_pair AS\nSELECT 1"));
    assertEquals("DELETE FROM x", Analyzer.opening("DELETE FROM x"));
    assertEquals("COMMIT", Analyzer.opening("COMMIT"));
  }
}
