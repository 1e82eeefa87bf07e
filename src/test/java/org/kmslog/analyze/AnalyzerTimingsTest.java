package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
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
      Analyzer.ScriptTime prepare =
          timings.stream()
              .filter(t -> t.script().equals("sql/analyzers/00-prepare.sql"))
              .findFirst()
              .orElseThrow();
      List<String> statements =
          prepare.statements().stream().map(Analyzer.StatementTime::statement).toList();
      assertEquals("DROP TABLE IF", statements.get(0), statements.toString());
      assertTrue(statements.contains("CREATE TABLE work_pair_kind"), statements.toString());
      assertTrue(statements.contains("UPDATE work_attempt a"), statements.toString());
      for (Analyzer.ScriptTime script : timings) {
        assertTrue(!script.statements().isEmpty(), script.script());
        long sum = script.statements().stream().mapToLong(Analyzer.StatementTime::millis).sum();
        assertTrue(sum <= script.millis(), script.script() + ": " + sum + " > " + script.millis());
      }
    }
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
