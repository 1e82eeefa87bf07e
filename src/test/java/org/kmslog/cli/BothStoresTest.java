package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.StoreUnderTest;

/**
 * The same exports imported into H2 and into PostgreSQL give the same findings, summaries and
 * clients, and a re-import adds nothing to either; and what only a server store has: a schema that
 * is not kmslog's is refused, one with no schema to work in is named. Runs where PGHOST names a
 * server (CI runs the store tests once more under pg_virtualenv), fails without one where
 * KMSLOG_REQUIRE_POSTGRESQL=1.
 */
class BothStoresTest {
  private static final String SAMPLES = "samples";
  private static final String AS_OF = "2026-10-30T23:03:47Z";

  @TempDir Path dir;

  @BeforeEach
  void needsAServer() {
    StoreUnderTest.requireServer();
  }

  @Test
  void bothStoresGiveTheSameFindingsSummaryAndClients() {
    String h2 = StoreUnderTest.h2(dir);
    String server = StoreUnderTest.newSchema();
    for (String db : new String[] {h2, server}) {
      assertEquals(0, importSamples(db).status());
    }
    for (String[] command :
        new String[][] {
          {"analyze", "--as-of", AS_OF, "--hosts", "KMS01,KMS02,KMS03"},
          {"summary"},
          {"report", "--format", "json"},
          {"report", "--format", "csv"},
          {"clients"},
        }) {
      CliRun onH2 = CliRun.of(withDb(command, h2));
      CliRun onServer = CliRun.of(withDb(command, server));
      assertEquals(onH2.status(), onServer.status(), String.join(" ", command));
      assertEquals(
          StoreUnderTest.kept(comparable(onH2.out(), h2)),
          comparable(onServer.out(), server),
          String.join(" ", command) + " on H2 and on PostgreSQL");
    }
  }

  @Test
  void aReimportAndAnOverlappingExportAddNothingOnEitherStore() throws Exception {
    // The same log once more in a file of other content: read again, every event a duplicate.
    String log = "KMS01_Key-Management-Service.xml";
    Path copy = dir.resolve("copy").resolve(log);
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, Files.readString(Path.of(SAMPLES, log)) + "\n");
    List<String> totals = new ArrayList<>();
    for (String db : new String[] {StoreUnderTest.h2(dir), StoreUnderTest.newSchema()}) {
      CliRun first = importSamples(db);
      Matcher files =
          line(first.out(), "Total: (\\d+) files \\(\\1 imported, 0 unchanged, 0 failed\\).*");
      totals.add(files.group());
      CliRun again = importSamples(db);
      assertTrue(
          again.out().endsWith("0 stored, 0 duplicates, 0 not KMS, 0 rejected\n")
              && again.out().contains("(0 imported, " + files.group(1) + " unchanged, 0 failed)"),
          db + ": " + again.out());
      String events =
          line(first.out(), "samples/" + Pattern.quote(log) + ": (\\d+) events, \\1 stored.*")
              .group(1);
      CliRun overlapping = CliRun.of("import", "--db", db, copy.toString());
      assertTrue(
          overlapping.out().contains(events + " events, 0 stored, " + events + " duplicates"),
          db + ": " + overlapping.out());
    }
    assertEquals(totals.get(0), totals.get(1), "the first import's totals on H2 and PostgreSQL");
  }

  /** The line of an import's output that matches the pattern; fails when none does. */
  private static Matcher line(String out, String pattern) {
    Matcher line = Pattern.compile("(?m)^" + pattern + "$").matcher(out);
    assertTrue(line.find(), "no line " + pattern + " in " + out);
    return line;
  }

  @Test
  void aSchemaHoldingOtherTablesIsRefused() throws Exception {
    String schema = StoreUnderTest.newSchema();
    try (Connection admin = DriverManager.getConnection(schema, StoreUnderTest.login());
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE TABLE invoices (id INT)");
    }
    CliRun refused = CliRun.of("import", "--db", schema, SAMPLES);
    assertEquals(2, refused.status());
    assertEquals(
        "kmslog: database " + schema + " holds tables but is not a kmslog database; refused\n",
        refused.err());
  }

  @Test
  void aSearchPathWithoutASchemaIsNamed() {
    String url = StoreUnderTest.serverUrl("?currentSchema=no_such_schema");
    CliRun refused = CliRun.of("import", "--db", url, SAMPLES);
    assertEquals(2, refused.status());
    assertEquals(
        "kmslog: database "
            + url
            + ": no schema to work in (none of the search path exists); create one the kmslog user"
            + " owns (CREATE SCHEMA kmslog AUTHORIZATION its_role) and name it in the URL"
            + " (?currentSchema=kmslog)\n",
        refused.err());
  }

  @Test
  void aDatabaseThatSortsTextByALanguageIsRefused() throws Exception {
    String name = "kmslog_test_icu_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin =
            DriverManager.getConnection(StoreUnderTest.serverUrl(""), StoreUnderTest.login());
        Statement statement = admin.createStatement()) {
      // A generated name of hex digits only: nothing to quote.
      statement.execute(
          "CREATE DATABASE "
              + name
              + " LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C' TEMPLATE template0");
      try {
        String url = StoreUnderTest.serverUrl("").replaceFirst("/[^/]*$", "/" + name);
        CliRun refused = CliRun.of("import", "--db", url, SAMPLES);
        assertEquals(2, refused.status());
        assertEquals(
            "kmslog: database "
                + url
                + ": its database sorts text by the collation ICU en-US, not by code point as"
                + " kmslog does; create the database with LOCALE 'C' (CREATE DATABASE kms LOCALE"
                + " 'C' TEMPLATE template0) and give kmslog a schema there\n",
            refused.err());
      } finally {
        statement.execute("DROP DATABASE " + name);
      }
    }
  }

  private static CliRun importSamples(String db) {
    return CliRun.of("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES);
  }

  private static String[] withDb(String[] command, String db) {
    String[] args = new String[command.length + 2];
    args[0] = command[0];
    args[1] = "--db";
    args[2] = db;
    System.arraycopy(command, 1, args, 3, command.length - 1);
    return args;
  }

  /** The output without what differs by right: the database's name, when a report was made. */
  private static String comparable(String text, String db) {
    return text.replace(db, "DB")
        .replaceAll("\"generatedAt\": \"[^\"]*\"", "\"generatedAt\": \"\"");
  }
}
