package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.DnsPublishEvent;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;

class PruneCommandTest {
  @TempDir Path dir;

  private String db() {
    return StoreUnderTest.location(dir);
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
    CliRun dry = CliRun.of("prune", "--db", db(), "--before", "2026-10-02", "--dry-run", "--force");
    assertEquals(
        "Would delete 2 events logged before 2026-10-02 UTC (client requests 0, client responses"
            + " 0, host requests 2, DNS publishing 0).\n",
        dry.out());
    CliRun pruned = CliRun.of("prune", "--db", db(), "--before", "2026-10-02", "--force");
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

  /**
   * DNS publishing events of KMS01: the newest on 2026-10-13 04:00, so the 180 days before it start
   * on 2026-04-16 04:00; one event a second before that, one at that very second.
   */
  private void importedAroundTheKeptDays() throws Exception {
    importedDnsEvents("2026-04-16T03:59:59Z", "2026-04-16T04:00:00Z", "2026-10-13T04:00:00Z");
  }

  private void importedDnsEvents(String... times) throws Exception {
    StringBuilder xml = new StringBuilder();
    for (int i = 0; i < times.length; i++) {
      xml.append(DnsPublishEvent.xml(12294, i + 1, times[i], "<Data>corp.example</Data>"));
    }
    Path file = Files.writeString(dir.resolve("dns.xml"), xml);
    assertEquals(0, CliRun.of("import", "--db", db(), file.toString()).status());
  }

  private long stored() throws Exception {
    try (Database database = Database.open(db(), false)) {
      return Fixtures.storedEvents(database.connection());
    }
  }

  @Test
  void refusesToDeleteEventsThatCanStillChangeTheFindings() throws Exception {
    importedAroundTheKeptDays();
    CliRun run = CliRun.of("prune", "--db", db(), "--before", "2030-01-01");
    assertEquals(2, run.status());
    assertEquals(
        "Would delete 3 events logged before 2030-01-01 UTC (client requests 0, client responses"
            + " 0, host requests 0, DNS publishing 3).\n",
        run.out());
    assertEquals(
        "kmslog: prune: refused: 2 of them were logged in the 180 days before the newest event"
            + " (2026-10-13 04:00:00 UTC) and can still change the findings; use --before"
            + " 2026-04-16 or earlier, or add --force to delete them anyway\n",
        run.err());
    assertEquals(3, stored(), "nothing deleted");
  }

  @Test
  void aDryRunSaysTheSame() throws Exception {
    importedAroundTheKeptDays();
    CliRun run = CliRun.of("prune", "--db", db(), "--before", "2026-04-17", "--dry-run");
    assertEquals(2, run.status(), "what the same prune without --dry-run would do");
    assertEquals(
        "Would delete 2 events logged before 2026-04-17 UTC (client requests 0, client responses"
            + " 0, host requests 0, DNS publishing 2).\n",
        run.out());
    assertEquals(
        "kmslog: prune: refused: 1 of them was logged in the 180 days before the newest event"
            + " (2026-10-13 04:00:00 UTC) and can still change the findings; use --before"
            + " 2026-04-16 or earlier, or add --force to delete them anyway\n",
        run.err());
    CliRun forced =
        CliRun.of("prune", "--db", db(), "--before", "2026-04-17", "--dry-run", "--force");
    assertEquals(0, forced.status(), forced.err());
    assertEquals(run.out(), forced.out());
    assertEquals("", forced.err());
    assertEquals(3, stored(), "nothing deleted");
  }

  @Test
  void theDayTheKeptDaysStartIsTheLatestItTakes() throws Exception {
    importedAroundTheKeptDays();
    CliRun run = CliRun.of("prune", "--db", db(), "--before", "2026-04-16");
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Deleted 0 events logged before 2026-04-16 UTC (client requests 0, client responses 0,"
            + " host requests 0, DNS publishing 0).\n",
        run.out());
    assertEquals(2, CliRun.of("prune", "--db", db(), "--before", "2026-04-17").status());
    assertEquals(3, stored());
  }

  @Test
  void aDateInTheKeptDaysIsTakenWhenItDeletesNoneOfTheirEvents() throws Exception {
    importedDnsEvents("2026-04-16T03:59:59Z", "2026-04-18T12:00:00Z", "2026-10-13T04:00:00Z");
    CliRun run = CliRun.of("prune", "--db", db(), "--before", "2026-04-18");
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Deleted 1 events logged before 2026-04-18 UTC (client requests 0, client responses 0,"
            + " host requests 0, DNS publishing 1).\n",
        run.out());
    assertEquals(2, stored());
  }

  @Test
  void forceDeletesThemAnyway() throws Exception {
    importedAroundTheKeptDays();
    CliRun run = CliRun.of("prune", "--db", db(), "--before", "2030-01-01", "--force");
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Deleted 3 events logged before 2030-01-01 UTC (client requests 0, client responses 0,"
            + " host requests 0, DNS publishing 3).\n",
        run.out());
    assertEquals(0, stored());
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
