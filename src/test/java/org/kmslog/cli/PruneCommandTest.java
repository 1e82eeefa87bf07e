package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;

class PruneCommandTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("kmslog").toString();
  }

  private Path imported() {
    Path in =
        copy(
            dir.resolve("in"),
            "xml",
            "wevtutil-bare-crlf.xml",
            "wevtutil-named-root-time-variants.xml");
    assertEquals(0, CliRun.of("import", "--db", db(), in.toString()).status());
    return in;
  }

  @Test
  void deletesEventsBeforeTheDateAndSaysHowMany() throws Exception {
    Path in = imported();
    CliRun dry = CliRun.of("prune", "--db", db(), "--before", "2026-10-02", "--dry-run");
    assertEquals(
        "Would delete 2 events logged before 2026-10-02 UTC (client requests 0, client responses"
            + " 0, host requests 2, DNS publishing 0).\n",
        dry.out());
    CliRun pruned = CliRun.of("prune", "--db", db(), "--before", "2026-10-02");
    assertEquals(0, pruned.status(), pruned.err());
    assertEquals(
        "Deleted 2 events logged before 2026-10-02 UTC (client requests 0, client responses 0,"
            + " host requests 2, DNS publishing 0).\n",
        pruned.out());
    try (Database database = Database.open(db(), false)) {
      assertEquals(
          12, Fixtures.storedEvents(database.connection()), "the 12294s of 2026-10-02 stay");
    }
    CliRun again = CliRun.of("import", "--db", db(), in.toString());
    assertEquals(
        true,
        again.out().contains("(0 imported, 2 unchanged, 0 failed)"),
        "pruned files are not imported again: " + again.out());
  }

  @Test
  void needsAValidDate() {
    imported();
    CliRun missing = CliRun.of("prune", "--db", db());
    assertEquals(2, missing.status());
    assertEquals("kmslog: prune: say which events to delete with --before DATE\n", missing.err());
    CliRun bad = CliRun.of("prune", "--db", db(), "--before", "yesterday");
    assertEquals(2, bad.status());
    assertEquals(
        "kmslog: prune: --before 'yesterday' is not a date such as 2026-01-01\n", bad.err());
  }
}
