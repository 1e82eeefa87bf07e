package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.report.JsonReader;
import org.kmslog.testing.StoreUnderTest;

/**
 * A file that failed and has not changed since is a standing input problem: not read again, no exit
 * status 2 again, and INPUT_REJECTED in every report until it changes, goes away or is retried. The
 * case: the 0-byte file "wevtutil ... > share\file.xml" leaves when wevtutil fails.
 */
class InputRejectedTest {
  private static final Instant FIRST_NIGHT = Instant.parse("2026-10-31T02:30:00Z");
  private static final Instant SECOND_NIGHT = Instant.parse("2026-11-01T02:30:00Z");
  private static final Path HOST_EXPORT = Path.of("samples", "KMS01_Key-Management-Service.xml");

  @TempDir Path dir;
  private Path drop;
  private Path empty;
  private String db;

  @BeforeEach
  void dropFolder() throws Exception {
    drop = Files.createDirectories(dir.resolve("drop"));
    Files.copy(HOST_EXPORT, drop.resolve(HOST_EXPORT.getFileName()));
    empty = Files.createFile(drop.resolve("KMS02_KMS_20514.xml"));
    db = StoreUnderTest.location(dir);
  }

  private CliRun run(Instant night, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("run", "--db", db, "--report-dir", dir.resolve("reports").toString()));
    args.addAll(List.of(more));
    args.add(drop.toString());
    return CliRun.at(night, args.toArray(new String[0]));
  }

  @Test
  void anEmptyFileFailsOnceThenStandsWithoutExitTwo() {
    CliRun first = run(FIRST_NIGHT, "--quiet");
    assertEquals(2, first.status(), first.err());
    assertTrue(first.err().startsWith("kmslog: " + empty + ": empty file\n"), first.err());
    CliRun second = run(SECOND_NIGHT, "--quiet");
    assertEquals(1, second.status(), "the findings of KMS01 decide it now: " + second.err());
    assertFalse(second.err().contains(empty.toString() + ": empty file\n"), second.err());
  }

  @Test
  void aStandingFileIsNamedOnStdoutAndNotCountedAsFailed() {
    run(FIRST_NIGHT);
    CliRun second = run(SECOND_NIGHT);
    assertTrue(
        second
            .out()
            .contains(
                empty
                    + ": failed on 2026-10-31 02:30:00 UTC and unchanged since; not read again"
                    + " (--retry-failed reads it): "
                    + empty
                    + ": empty file\n"),
        second.out());
    assertTrue(
        second
            .out()
            .contains(
                "Total: 2 files (0 imported, 1 unchanged, 0 failed, 1 failed before and"
                    + " unchanged); "),
        second.out());
  }

  @Test
  void everyReportListsItAsInputRejectedWithTheFileTheReasonAndSinceWhen() throws Exception {
    run(FIRST_NIGHT);
    run(SECOND_NIGHT);
    Map<String, Object> rejected = onlyFinding("INPUT_REJECTED");
    assertEquals("warning", rejected.get("severity"));
    assertEquals(
        empty
            + " has failed to import since 2026-10-31 02:30 UTC and has not changed, so it is not"
            + " read again (1 attempt): empty file",
        rejected.get("detail"));
    assertEquals("2026-10-31T02:30:00Z", rejected.get("firstSeen"));
    assertTrue(
        Files.readString(dir.resolve("reports/summary.txt"))
            .contains("\nINPUT_REJECTED: 1 warning"));
  }

  @Test
  void aFileChangedSinceItFailedIsReadAgain() throws Exception {
    run(FIRST_NIGHT);
    Files.copy(
        Path.of("samples", "KMS03_Key-Management-Service.xml"),
        empty,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun second = run(SECOND_NIGHT);
    assertEquals(1, second.status(), second.err());
    assertTrue(second.out().contains(empty + ": 100 events, 100 stored, "), second.out());
    assertTrue(findings("INPUT_REJECTED").isEmpty());
  }

  @Test
  void retryFailedReadsItAgainAndAFailureAgainGivesExitTwo() throws Exception {
    run(FIRST_NIGHT);
    CliRun retried = run(SECOND_NIGHT, "--retry-failed", "--quiet");
    assertEquals(2, retried.status());
    assertTrue(retried.err().startsWith("kmslog: " + empty + ": empty file\n"), retried.err());
    assertEquals(
        empty
            + " has failed to import since 2026-10-31 02:30 UTC and has not changed, so it is not"
            + " read again (2 attempts): empty file",
        onlyFinding("INPUT_REJECTED").get("detail"));
  }

  @Test
  void importTakesRetryFailedToo() {
    assertEquals(2, CliRun.at(FIRST_NIGHT, "import", "--db", db, drop.toString()).status());
    assertEquals(0, CliRun.at(SECOND_NIGHT, "import", "--db", db, drop.toString()).status());
    assertEquals(
        2,
        CliRun.at(SECOND_NIGHT, "import", "--db", db, "--retry-failed", drop.toString()).status());
  }

  @Test
  void aNewFailureStillGivesExitTwo() throws Exception {
    run(FIRST_NIGHT);
    Path another = Files.createFile(drop.resolve("KMS02_KMS_31337.xml"));
    CliRun second = run(SECOND_NIGHT, "--quiet");
    assertEquals(2, second.status());
    assertTrue(second.err().startsWith("kmslog: " + another + ": empty file\n"), second.err());
    assertFalse(second.err().contains(empty + ": empty file"), second.err());
    assertEquals(2, findings("INPUT_REJECTED").size(), "both are listed");
  }

  @Test
  void aFileRemovedFromTheDropFolderIsNoLongerListed() throws Exception {
    run(FIRST_NIGHT);
    Files.delete(empty);
    CliRun second = run(SECOND_NIGHT);
    assertEquals(1, second.status(), second.err());
    assertTrue(findings("INPUT_REJECTED").isEmpty());
  }

  @Test
  void aFailureOfOtherReadOptionsIsReadAgainWithNewOnes() throws Exception {
    Files.delete(empty);
    Path ambiguous = drop.resolve("KMS14_eventviewer-dns-only.csv");
    Files.copy(Path.of("src/test/resources/csv/KMS14_eventviewer-dns-only.csv"), ambiguous);
    assertEquals(2, CliRun.at(FIRST_NIGHT, "import", "--db", db, drop.toString()).status());
    CliRun settled =
        CliRun.at(SECOND_NIGHT, "import", "--db", db, "--date-order", "DMY", drop.toString());
    assertEquals(0, settled.status(), settled.err());
    assertTrue(settled.out().contains(ambiguous + ": "), settled.out());
  }

  private Map<String, Object> onlyFinding(String kind) throws Exception {
    List<Map<String, Object>> found = findings(kind);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> findings(String kind) throws Exception {
    Map<String, Object> report =
        (Map<String, Object>)
            JsonReader.parse(
                Files.readString(dir.resolve("reports/findings.json"), StandardCharsets.UTF_8));
    return ((List<Map<String, Object>>) report.get("findings"))
        .stream().filter(f -> f.get("kind").equals(kind)).toList();
  }
}
