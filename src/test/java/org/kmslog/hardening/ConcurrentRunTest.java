package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.HangGuard;
import org.kmslog.testing.KmslogProcess;
import org.kmslog.testing.StoreUnderTest;

/**
 * Two scheduled runs on one database at once: the second waits its turn, or gives up clearly. The
 * first is paused while it holds the database, so the two overlap whatever the machine's speed.
 */
class ConcurrentRunTest {
  /** Longer than the test waits for anything: the second run waits as long as the first needs. */
  private static final String AS_LONG_AS_IT_TAKES = String.valueOf(HangGuard.LIMIT.toSeconds());

  @TempDir Path dir;
  private final List<KmslogProcess> started = new ArrayList<>();

  @AfterEach
  void stopLeftovers() {
    started.forEach(KmslogProcess::kill);
  }

  private KmslogProcess run(String reports, String lockWait) {
    KmslogProcess run =
        KmslogProcess.start(
            dir,
            List.of(),
            "run",
            "--db",
            StoreUnderTest.location(dir),
            "--report-dir",
            dir.resolve(reports).toString(),
            "--timezone",
            "Europe/Berlin",
            "--lock-wait",
            lockWait,
            Path.of("samples").toAbsolutePath().toString());
    started.add(run);
    return run;
  }

  /** Starts a run and pauses it once it is importing, with the database open. */
  private KmslogProcess pausedWhileImporting(String reports, String lockWait) {
    KmslogProcess first = run(reports, lockWait);
    first.awaitOut(".xml: ");
    first.pause();
    return first;
  }

  @Test
  void theSecondRunWaitsAndBothFinish() throws Exception {
    KmslogProcess a = pausedWhileImporting("a", AS_LONG_AS_IT_TAKES);
    KmslogProcess b = run("b", AS_LONG_AS_IT_TAKES);
    b.awaitErr("is in use by another kmslog");
    a.resume();
    assertEquals(1, a.waitFor(), a.err());
    assertEquals(1, b.waitFor(), b.err());
    long waited =
        List.of(a, b).stream().filter(p -> p.err().contains("is in use by another kmslog")).count();
    assertEquals(1, waited, "exactly one of them waited: " + a.err() + b.err());
    try (Database database = Database.open(StoreUnderTest.location(dir), false)) {
      assertEquals(1346, Fixtures.storedEvents(database.connection()), "each event stored once");
      assertEquals(
          2,
          Fixtures.queryLong(
              database.connection(), "SELECT COUNT(*) FROM analysis_run WHERE status = 'done'"));
    }
  }

  @Test
  void aRunThatWillNotWaitGivesUpClearly() throws Exception {
    KmslogProcess first = pausedWhileImporting("a", "0");
    assertTrue(first.isAlive(), "the first run is still importing: " + first.out());
    KmslogProcess second = run("b", "0");
    assertEquals(2, second.waitFor());
    first.resume();
    assertTrue(
        second
            .err()
            .endsWith(
                "it is in use by another "
                    + (StoreUnderTest.onServer() ? "kmslog" : "kmslog or H2 process")
                    + "; run again when it has finished, or give a longer --lock-wait\n"),
        second.err());
    assertEquals(1, first.waitFor(), first.err());
  }
}
