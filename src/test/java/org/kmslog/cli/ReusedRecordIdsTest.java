package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;

/**
 * A KMS host rebuilt under its old name, whose new log numbers its records from 1 again (the
 * fixtures in src/test/resources/reused-ids/): its new events are not duplicates of the old ones.
 */
class ReusedRecordIdsTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("kmslog").toString();
  }

  private CliRun importFile(String name) {
    Path file = copy(dir.resolve("in"), "reused-ids", name).resolve(name);
    CliRun run = CliRun.of("import", "--db", db(), file.toString());
    assertEquals(0, run.status(), run.err());
    return run;
  }

  private long hostRequests() throws Exception {
    try (Database database = Database.open(db(), false)) {
      return Fixtures.queryLong(database.connection(), "SELECT COUNT(*) FROM host_request");
    }
  }

  @Test
  void theRebuiltHostsEventsAreStoredAndCounted() throws Exception {
    importFile("KMS05_before-rebuild.xml");
    CliRun rebuilt = importFile("KMS05_after-rebuild.xml");
    assertEquals(6, hostRequests());
    Path file = dir.resolve("in").resolve("KMS05_after-rebuild.xml");
    assertTrue(
        rebuilt
            .out()
            .startsWith(
                file + ": 3 events, 3 stored (3 with reused record IDs), 0 duplicates, 0 not KMS"),
        rebuilt.out());
    assertEquals(
        "kmslog: warning: "
            + file
            + ": 3 stored events have record IDs that other events of the same computer's log"
            + " already had (the log was cleared, or the machine rebuilt under its old name); both"
            + " are kept\n",
        rebuilt.err());
  }

  @Test
  void anOverlappingExportOfTheRebuiltLogAddsOnlyItsNewEvent() throws Exception {
    importFile("KMS05_before-rebuild.xml");
    importFile("KMS05_after-rebuild.xml");
    CliRun next = importFile("KMS05_after-rebuild_next-week.xml");
    assertTrue(next.out().contains(": 4 events, 1 stored, 3 duplicates,"), next.out());
    assertEquals(7, hostRequests());
  }

  @Test
  void anOverlappingExportAfterTheOldEventsWerePrunedAddsOnlyItsNewEvent() throws Exception {
    importFile("KMS05_before-rebuild.xml");
    importFile("KMS05_after-rebuild.xml");
    CliRun pruned = CliRun.of("prune", "--db", db(), "--before", "2026-09-01", "--force");
    assertEquals(0, pruned.status(), pruned.err());
    assertEquals(3, hostRequests());
    CliRun next = importFile("KMS05_after-rebuild_next-week.xml");
    assertTrue(next.out().contains(": 4 events, 1 stored, 3 duplicates,"), next.out());
    assertEquals(4, hostRequests());
  }

  @Test
  void theRebuiltHostIsNotCalledSilent() {
    importFile("KMS05_before-rebuild.xml");
    importFile("KMS05_after-rebuild.xml");
    CliRun analysis = CliRun.of("analyze", "--db", db(), "--as-of", "2026-11-13");
    assertEquals(1, analysis.status(), "errors: below the threshold; " + analysis.err());
    assertTrue(analysis.out().contains("BELOW_THRESHOLD"), analysis.out());
    assertFalse(analysis.out().contains("HOST_SILENT"), analysis.out());
  }
}
