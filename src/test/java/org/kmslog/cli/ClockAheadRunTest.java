package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.StoreUnderTest;

/**
 * The nightly run on the bundled samples and one more client export, from a machine whose clock ran
 * a year ahead: PC-FIN03's Application log as a machine PC-FUTURE01 would have logged it with its
 * date set to 2027. The hosts' logs already kept the reference time from moving a year on, but
 * PC-FUTURE01's events were left out with nothing to say so; now CLOCK_SKEW names it.
 */
class ClockAheadRunTest {
  @TempDir Path dir;

  @Test
  void theNightlyRunNamesAClockAYearAheadAndAnalyzesTheRestAsOfTheirNewestEvent() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (var samples = Files.list(Path.of("samples"))) {
      for (Path export :
          samples.filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
        Files.copy(export, in.resolve(export.getFileName()));
      }
    }
    String fin = Files.readString(Path.of("samples", "PC-FIN03_Application.xml"));
    Files.writeString(
        in.resolve("PC-FUTURE01_Application.xml"),
        fin.replace("PC-FIN03", "PC-FUTURE01")
            .replace("'2026-", "'2027-")
            .replace(", 2026/", ", 2027/"),
        StandardCharsets.UTF_8);
    String db = StoreUnderTest.location(dir);
    String reports = dir.resolve("reports").toString();

    CliRun run =
        CliRun.at(
            Instant.parse("2026-10-31T06:00:00Z"),
            "run",
            "--db",
            db,
            "--report-dir",
            reports,
            in.toString());

    assertEquals(1, run.status(), run.err());
    String summary = Files.readString(Path.of(reports, "summary.txt"));
    assertTrue(
        summary.startsWith("Analysis #1 as of 2026-10-30 23:03:47 UTC: "),
        "as of the samples' newest event, not PC-FUTURE01's of 2027: " + summary);
    String findings = Files.readString(Path.of(reports, "findings.csv"));
    assertTrue(
        findings.contains(
            "PC-FUTURE01.corp.example's clock runs ahead: 52 KMS events it logged are dated after"
                + " this analysis ran (2026-10-31 06:00 UTC), the newest at 2027-10-29 06:03 UTC."
                + " They are left out"),
        findings);
    List<String> clients = Files.readAllLines(Path.of(reports, "clients.csv"));
    assertTrue(
        clients.stream().anyMatch(line -> line.contains("PC-FIN03.corp.example")),
        "the other clients are analyzed: " + clients);
    assertFalse(
        clients.stream().anyMatch(line -> line.contains("PC-FUTURE01")),
        "the clock ahead's own events are left out: " + clients);
  }
}
