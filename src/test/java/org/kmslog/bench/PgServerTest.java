package org.kmslog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.analyze.Finding;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.StoreUnderTest;

/**
 * The nightly benchmark's copy of an H2 history onto a server is a store kmslog takes as its own:
 * every table's rows arrive, imports carry on from it, and it gives the findings the H2 store
 * gives. Runs on the server CI's PostgreSQL pass provides.
 */
class PgServerTest {
  private static final Instant AS_OF = Instant.parse("2026-10-30T23:03:47Z");
  private static final ReadSettings BERLIN =
      new ReadSettings(ZoneId.of("Europe/Berlin"), null, null);

  @TempDir Path dir;

  @Test
  void anH2StoreCopiedOntoAServerIsOneKmslogCarriesOnWith() throws Exception {
    StoreUnderTest.requireServer();
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(f -> f.toString().matches(".*\\.(xml|csv|evtx)")).sorted().toList();
    }
    // All but the last sample into H2, copied onto the server; then the last into both.
    List<Path> before = samples.subList(0, samples.size() - 1);
    List<Path> last = samples.subList(samples.size() - 1, samples.size());
    String h2 = StoreUnderTest.h2(dir);
    try (Database database = Database.open(h2, true)) {
      assertTrue(imported(new Importer(database, BERLIN).importAll(before, o -> {})));
    }
    String server = StoreUnderTest.newSchema();
    Database.open(server, true).close();
    long copied;
    try (Connection from = DriverManager.getConnection("jdbc:h2:" + h2, "sa", "");
        Connection to = DriverManager.getConnection(server, StoreUnderTest.login())) {
      copied = PgServer.copyTables(from, to);
      Map<String, Long> h2Counts = counts(from, "PUBLIC");
      Map<String, Long> serverCounts = counts(to, null);
      assertEquals(h2Counts, serverCounts, "every table holds the same number of rows");
      assertTrue(h2Counts.get("host_request") > 0, h2Counts.toString());
      assertTrue(copied >= h2Counts.get("client_request") + h2Counts.get("host_request"));
    }
    List<String> findings = new ArrayList<>();
    for (String location : List.of(h2, server)) {
      try (Database database = Database.open(location, false)) {
        // The ledger's ids carry on after the copied ones, or this import would clash.
        assertTrue(imported(new Importer(database, BERLIN).importAll(last, o -> {})), location);
        AnalysisRun run = new Analyzer(database).run(AS_OF, List.of("KMS01", "KMS02", "KMS03"));
        findings.add(summary(run));
      }
    }
    assertTrue(findings.get(0).contains("UNREACHED_HOST"), findings.get(0));
    assertEquals(findings.get(0), findings.get(1), "the same findings from both stores");
  }

  private static boolean imported(List<FileOutcome> outcomes) {
    return !outcomes.isEmpty()
        && outcomes.stream().allMatch(o -> o.status() == FileOutcome.Status.IMPORTED);
  }

  /** The findings as kind, severity, host, client and count, one per line, in the run's order. */
  private static String summary(AnalysisRun run) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : run.findings()) {
      text.append(finding.kind())
          .append(' ')
          .append(finding.severity())
          .append(' ')
          .append(finding.host())
          .append(' ')
          .append(finding.client())
          .append(' ')
          .append(finding.count())
          .append('\n');
    }
    return text.toString();
  }

  /** The rows of each table of a schema (the current one where schema is null), by lower name. */
  private static Map<String, Long> counts(Connection c, String schema) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet result =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + (schema == null ? "CURRENT_SCHEMA" : "'" + schema + "'")
                    + " AND table_type = 'BASE TABLE'")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      counts.put(
          table.toLowerCase(Locale.ROOT),
          NightlyEstate.queryLong(c, "SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }
}
