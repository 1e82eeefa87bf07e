package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.KmslogProcess;

/** Two scheduled runs on one database at once: the second waits its turn, or gives up clearly. */
class ConcurrentRunTest {
  @TempDir Path dir;

  private KmslogProcess run(String reports, String lockWait) {
    return KmslogProcess.start(
        dir,
        List.of(),
        "run",
        "--db",
        dir.resolve("kmslog").toString(),
        "--report-dir",
        dir.resolve(reports).toString(),
        "--timezone",
        "Europe/Berlin",
        "--lock-wait",
        lockWait,
        Path.of("samples").toAbsolutePath().toString());
  }

  @Test
  void theSecondRunWaitsAndBothFinish() throws Exception {
    KmslogProcess a = run("a", "120");
    KmslogProcess b = run("b", "120");
    assertEquals(1, a.waitFor(), a.err());
    assertEquals(1, b.waitFor(), b.err());
    long waited =
        List.of(a, b).stream().filter(p -> p.err().contains("is in use by another kmslog")).count();
    assertEquals(1, waited, "exactly one of them waited: " + a.err() + b.err());
    try (Database database = Database.open(dir.resolve("kmslog").toString(), false)) {
      assertEquals(1346, Fixtures.storedEvents(database.connection()), "each event stored once");
      assertEquals(
          2,
          Fixtures.queryLong(
              database.connection(), "SELECT COUNT(*) FROM analysis_run WHERE status = 'done'"));
    }
  }

  @Test
  void aRunThatWillNotWaitGivesUpClearly() throws Exception {
    KmslogProcess first = run("a", "0");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!first.out().contains(".xml: ") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(first.isAlive(), "the first run is still importing: " + first.out());
    KmslogProcess second = run("b", "0");
    assertEquals(2, second.waitFor());
    assertTrue(
        second
            .err()
            .endsWith(
                "it is in use by another kmslog or H2 process; run again when it"
                    + " has finished, or give a longer --lock-wait\n"),
        second.err());
    assertEquals(1, first.waitFor(), first.err());
  }
}
