package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
