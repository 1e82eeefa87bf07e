package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.StoreUnderTest;

/**
 * Stale data must not look like health: a host whose newest event is more than 2 days older than
 * the run's wall-clock time is EXPORTS_STALE, with a line in the headline, and an --as-of more than
 * a day outside the imported events is refused before anything is analyzed.
 */
class ExportsStaleTest {
  /**
   * KMS01's newest event is 2026-10-30 23:03:47 UTC, KMS03's 2026-10-05 06:12 UTC (its host log).
   */
  private static final List<String> EXPORTS =
      List.of("KMS01_Key-Management-Service.xml", "KMS03_Key-Management-Service.xml");

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void imported() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String export : EXPORTS) {
      Files.copy(Path.of("samples", export), in.resolve(export));
    }
    db = StoreUnderTest.location(dir);
    assertEquals(0, CliRun.of("import", "--db", db, in.toString()).status());
  }

  @Test
  void eachHostWhoseNewestEventIsOverTwoDaysOldIsStale() {
    CliRun run = CliRun.at(Instant.parse("2026-11-01T12:00:00Z"), "analyze", "--db", db);
    assertTrue(
        run.out()
            .contains(
                "\nwarning EXPORTS_STALE: No event of KMS03.corp.example was imported after"
                    + " 2026-10-05 06:12 UTC, 27 days before this run (2026-11-01 12:00 UTC): its"
                    + " exports stopped arriving, so what this report says of it is that old.\n"),
        run.out());
    assertFalse(
        run.out().contains("EXPORTS_STALE: No event of KMS01"),
        "37 hours old is fresh: " + run.out());
  }

  @Test
  void theHeadlineSaysWhoseExportsStopped() {
    CliRun run = CliRun.at(Instant.parse("2026-11-05T00:00:00Z"), "analyze", "--db", db);
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("Analysis #1 as of 2026-10-30 23:03:47 UTC: "), run.out());
    assertEquals(
        "Exports stopped arriving from 2 hosts: KMS01.corp.example (no event after 2026-10-30"
            + " 23:03 UTC), KMS03.corp.example (no event after 2026-10-05 06:12 UTC); what this"
            + " report says of them is that old.",
        lines.get(1));
    assertTrue(
        CliRun.of("report", "--db", db)
            .out()
            .contains("\nExports stopped arriving from 2 hosts: KMS01.corp.example (no event"),
        "the text report's headline too");
  }

  @Test
  void aQuietRunSaysSoOnStderr() {
    CliRun run =
        CliRun.at(
            Instant.parse("2026-11-05T00:00:00Z"),
            "run",
            "--quiet",
            "--db",
            db,
            "--report-dir",
            dir.resolve("reports").toString(),
            dir.resolve("in").toString());
    assertEquals("", run.out());
    assertEquals(
        "kmslog: Exports stopped arriving from 2 hosts: KMS01.corp.example (no event after"
            + " 2026-10-30 23:03 UTC), KMS03.corp.example (no event after 2026-10-05 06:12 UTC);"
            + " what this report says of them is that old.",
        run.err().lines().toList().get(1),
        run.err());
  }

  @Test
  void anExplicitAsOfLooksAtThePastAndJudgesNoStaleness() {
    CliRun run =
        CliRun.at(
            Instant.parse("2026-12-01T00:00:00Z"), "analyze", "--db", db, "--as-of", "2026-10-30");
    assertFalse(run.out().contains("EXPORTS_STALE"), run.out());
  }

  @Test
  void anAsOfBeforeTheDataIsRefusedBeforeAnyAnalysis() {
    CliRun run = CliRun.of("analyze", "--db", db, "--as-of", "2026-01-01");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(
        "kmslog: analyze: --as-of '2026-01-01' (2026-01-01 23:59:59 UTC) is outside the imported"
            + " events, 2026-05-20 01:48:02 UTC to 2026-10-30 23:03:47 UTC, by more than a day;"
            + " judged then, they would show nothing true. Give a time from 2026-05-19 01:48:02 UTC"
            + " to 2026-10-31 23:03:47 UTC, or leave --as-of out to judge as of the newest event\n",
        run.err());
    assertEquals(2, CliRun.of("report", "--db", db).status(), "no analysis was stored");
  }

  @Test
  void anAsOfAfterTheDataIsRefused() {
    CliRun run = CliRun.of("analyze", "--db", db, "--as-of", "2099-01-01T00:00:00Z");
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "kmslog: analyze: --as-of '2099-01-01T00:00:00Z' (2099-01-01 00:00:00 UTC) is"
                    + " outside the imported events, "),
        run.err());
  }

  @Test
  void runRefusesItTooAfterImporting() {
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            db,
            "--report-dir",
            dir.resolve("reports").toString(),
            "--as-of",
            "2027-01-01",
            dir.resolve("in").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("kmslog: run: --as-of '2027-01-01' "), run.err());
    assertFalse(Files.exists(dir.resolve("reports/findings.json")), "no report was written");
  }

  @Test
  void theDayAfterTheNewestEventIsAccepted() {
    CliRun run = CliRun.of("analyze", "--db", db, "--as-of", "2026-10-31");
    assertEquals(1, run.status(), run.err());
    assertTrue(run.out().startsWith("Analysis #1 as of 2026-10-31 23:59:59 UTC: "), run.out());
  }
}
