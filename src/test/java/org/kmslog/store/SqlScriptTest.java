package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsOnSemicolonsAtLineEndsAndKeepsNames() {
    SqlScript script =
        SqlScript.parse(
            "-- a comment\n"
                + "CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b');\n"
                + "\n"
                + "-- name: pick\n"
                + "-- what it does\n"
                + "SELECT x\n"
                + "FROM a;\n");
    assertEquals(
        List.of("CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b')", "SELECT x\nFROM a"),
        script.statements());
    assertEquals("SELECT x\nFROM a", script.get("pick"));
  }

  @Test
  void aPostgreSqlVariantReplacesTheStatementsItNamesAndKeepsTheOthers() {
    SqlScript h2 = SqlScript.load("store/statements.sql", Dialect.H2);
    SqlScript server = SqlScript.load("store/statements.sql", Dialect.POSTGRESQL);
    assertTrue(server.get("insert_host_request").endsWith("ON CONFLICT (id) DO NOTHING"));
    assertFalse(h2.get("insert_host_request").contains("ON CONFLICT"));
    assertEquals(h2.get("find_event_stream"), server.get("find_event_stream"));
    assertEquals(h2.statements().size(), server.statements().size());
    assertEquals(
        server.get("count_tables"),
        server.statements().get(h2.statements().indexOf(h2.get("count_tables"))));
  }

  @Test
  void aScriptWithoutAVariantIsTheSameForBoth() {
    assertEquals(
        SqlScript.load("analyzers/20-duplicate-cmid.sql", Dialect.H2).statements(),
        SqlScript.load("analyzers/20-duplicate-cmid.sql", Dialect.POSTGRESQL).statements());
  }

  @Test
  void postgreSqlKeepsTimesToTheMicrosecondCutNotRounded() {
    LocalDateTime lastOfTheDay = LocalDateTime.parse("2026-10-30T23:59:59.9999999");
    assertEquals(
        LocalDateTime.parse("2026-10-30T23:59:59.999999"), Dialect.POSTGRESQL.kept(lastOfTheDay));
    assertEquals(lastOfTheDay, Dialect.H2.kept(lastOfTheDay));
  }

  @Test
  void unterminatedStatementIsAnError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SqlScript.parse("SELECT 1\n"));
    assertEquals("SQL script ends without a semicolon: SELECT 1", e.getMessage());
  }

  @Test
  void unknownNameIsAnError() {
    SqlScript script = SqlScript.parse("-- name: a\nSELECT 1;\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> script.get("b"));
    assertEquals("no SQL statement named b", e.getMessage());
  }

  @Test
  void everyShippedScriptParses() {
    for (int v = 1; v <= Database.latestSchemaVersion(); v++) {
      SqlScript.load("schema/v" + v + ".sql");
    }
    SqlScript.load("store/statements.sql").get("insert_host_request");
    SqlScript.load("store/summary.sql").get("events_by_computer");
    SqlScript.load("reference/error-code-table.sql");
    SqlScript.load("reference/error-codes.sql");
    SqlScript.load("reference/error-codes-query.sql").get("find_error_code");
    SqlScript.load("analyzers/results.sql").get("hosts_of_run");
  }
}
