package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmslog.testing.HangGuard;

class SyntheticGeneratorTest {
  @TempDir Path first;
  @TempDir Path second;

  @ParameterizedTest
  @CsvSource({"2000, 3, 30", "100, 1, 10", "20, 2, 60", "50000, 5, 7"})
  void writesTheTargetWithinTenPercent(int clients, int hosts, int days) throws IOException {
    SyntheticSpec spec =
        new SyntheticSpec(42, hosts, clients, days, EnumSet.allOf(ExportFormat.class), 20_000);

    GenerationSummary summary = EstateGenerator.writeSynthetic(first, spec);

    assertTrue(
        Math.abs(summary.totalEvents() - 20_000) <= 2_000, summary.totalEvents() + " events");
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    SyntheticSpec spec = SyntheticSpec.withTarget(20_000);

    GenerationSummary a = EstateGenerator.writeSynthetic(first, spec);
    EstateGenerator.writeSynthetic(second, spec);

    for (WrittenFile f : a.files()) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(f.name())),
          Files.readAllBytes(second.resolve(f.name())),
          f.name());
    }
  }

  @Test
  void anotherSeedWritesOtherEvents() throws IOException {
    SyntheticSpec base = SyntheticSpec.withTarget(20_000);
    SyntheticSpec other =
        new SyntheticSpec(2, base.hosts(), base.clients(), base.days(), base.formats(), 20_000);

    EstateGenerator.writeSynthetic(first, base);
    EstateGenerator.writeSynthetic(second, other);

    String name = "KMS01_Key-Management-Service.xml";
    assertFalse(
        Files.readString(first.resolve(name)).equals(Files.readString(second.resolve(name))));
  }

  @Test
  void everyXmlFileParsesAndHostLogsHoldEveryRequest() throws IOException {
    GenerationSummary summary =
        EstateGenerator.writeSynthetic(first, SyntheticSpec.withTarget(20_000));

    for (WrittenFile f : summary.files()) {
      if (f.name().endsWith(".xml")) {
        assertEquals(f.events(), SampleFiles.xml(first, f.name()).size(), f.name());
      }
    }
    // 3 hosts x 2 logs + 50 exported clients.
    assertEquals(56, summary.files().size());
  }

  @Test
  void formatsSpreadOverTheFiles() throws IOException {
    SyntheticSpec spec =
        new SyntheticSpec(1, 2, 100, 10, Set.of(ExportFormat.POWERSHELL_CSV), 10_000);

    GenerationSummary summary = EstateGenerator.writeSynthetic(first, spec);

    assertTrue(summary.files().stream().allMatch(f -> f.name().endsWith(".csv")));
    String text =
        SampleFiles.text(
            first.resolve("KMS01_Key-Management-Service.csv"), StandardCharsets.US_ASCII);
    assertTrue(text.startsWith("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n"));
  }

  @Test
  void everyExportedClientHasAFileOfItsOwnInEitherCsvKind() throws IOException {
    SyntheticSpec spec =
        new SyntheticSpec(
            1,
            2,
            120,
            10,
            EnumSet.of(ExportFormat.EVENT_VIEWER_CSV, ExportFormat.POWERSHELL_CSV),
            10_000,
            120);

    GenerationSummary summary = EstateGenerator.writeSynthetic(first, spec);

    long clientFiles = summary.files().stream().filter(f -> !f.name().startsWith("KMS")).count();
    assertEquals(120, clientFiles, "one Application log per client");
    long powerShell =
        summary.files().stream()
            .filter(f -> !f.name().startsWith("KMS"))
            .filter(f -> text(first.resolve(f.name())).startsWith("#TYPE"))
            .count();
    assertEquals(60, powerShell, "every other client file is a PowerShell export");
    assertTrue(
        summary.files().stream()
            .filter(f -> !f.name().startsWith("KMS"))
            .allMatch(f -> f.events() > 0),
        "every client logged its own requests");
  }

  @Test
  void rejectsANegativeNumberOfExportedClients() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SyntheticSpec(1, 1, 10, 10, EnumSet.allOf(ExportFormat.class), 10_000, -1));
    assertEquals("exported clients must be between 0 and 1000000, not -1", e.getMessage());
  }

  private static String text(Path file) {
    try {
      return SampleFiles.text(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rejectsATargetOutsideTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.withTarget(5));
    assertEquals("target events must be between 10000 and 10000000, not 5", e.getMessage());
  }

  /**
   * Not a timing test: 200,000 events run in a JVM whose heap is far smaller than those events
   * would need if anything kept them, so the run only succeeds if generation streams.
   */
  @Test
  void twoHundredThousandEventsRunInASmallHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-Xmx24m",
            "-cp",
            System.getProperty("java.class.path"),
            SampleMain.class.getName(),
            "--out",
            first.toString(),
            "--events",
            "200000",
            "--formats",
            "wevtutil,eventviewer-csv");
    builder.redirectErrorStream(true);
    builder.redirectOutput(second.resolve("output.txt").toFile());
    Process process = builder.start();
    int status = HangGuard.waitFor(process, () -> "the generator");
    String output = Files.readString(second.resolve("output.txt"));

    assertEquals(0, status, output);
    String total = output.lines().reduce((a, b) -> b).orElseThrow();
    long events =
        Long.parseLong(total.replaceAll(".* files, ([0-9,]+) events.*", "$1").replace(",", ""));
    assertTrue(Math.abs(events - 200_000) <= 20_000, total);
  }
}
