package org.kmslog.analyze;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;
import org.opentest4j.AssertionFailedError;

/**
 * The analyzers' SQL tested as SQL, in the manner of H2's script tests: each script of
 * src/test/resources/analyzers inserts rows straight into a new database's event tables, the real
 * analyzers run over them, and the rows they write must be the script's expected rows exactly (the
 * folder's README gives the format). -Dgolden.update=true rewrites the expected rows instead.
 */
class AnalyzerScriptTest {
  private static final String AREA = "analyzers";

  @TempDir Path dir;

  static Stream<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.resourceFolder(AREA))) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void theAnalyzersWriteTheExpectedRows(String name) throws Exception {
    Path file = Fixtures.resourceFolder(AREA).resolve(name);
    AnalyzerScript script =
        AnalyzerScript.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    String actual;
    try (Database database = Database.open(StoreUnderTest.location(dir), true)) {
      Connection connection = database.connection();
      insert(script, connection);
      FixtureRules.check(name, connection);
      AnalysisRun run =
          new Analyzer(database).run(script.asOf(), script.sanctionedHosts(), script.now());
      actual = ScriptRows.of(script, run, connection);
    }
    if (Boolean.getBoolean("golden.update")) {
      Fixtures.assertGolden(AREA + "/" + name, script.withExpected(actual));
      return;
    }
    String expected = expectedRows(script);
    if (!expected.equals(actual)) {
      throw new AssertionFailedError(
          name
              + ": the analysis wrote other rows than expected (- expected, + written;"
              + " -Dgolden.update=true rewrites the file, review it before committing):\n"
              + LineDiff.of(expected, actual, script.expectedFirstLine()),
          expected,
          actual);
    }
  }

  /** The expected part without the blank line that separates it from the @expect line. */
  private static String expectedRows(AnalyzerScript script) {
    String rows = script.expected();
    return rows.startsWith("\n") ? rows.substring(1) : rows;
  }

  private static void insert(AnalyzerScript script, Connection connection) throws SQLException {
    FixtureDialect dialect = new FixtureDialect();
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.statements()) {
        try {
          String run = StoreUnderTest.onServer() ? dialect.translate(sql, connection) : sql;
          if (run != null) {
            statement.execute(run);
          }
        } catch (SQLException e) {
          throw new SQLException(script.name() + ": " + e.getMessage(), e);
        }
      }
    }
    connection.commit();
  }
}
