package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.cli.Kmslog;
import org.kmslog.testing.Fixtures;

/**
 * The bundled samples are what the generator makes, and import completely: every file, every event,
 * to exactly the summary kept in src/test/resources/samples.
 */
class BundledSamplesTest {
  private static final Path SAMPLES = Path.of("samples");

  @TempDir Path dir;

  @Test
  void samplesAreExactlyWhatTheGeneratorWrites() throws IOException {
    Path fresh = dir.resolve("fresh");
    EstateGenerator.writeSamples(fresh);
    List<String> expected = names(fresh);
    assertEquals(
        expected,
        names(SAMPLES),
        "regenerate with: java -cp target/kmslog.jar"
            + " org.kmslog.sample.SampleMain --samples samples");
    for (String name : expected) {
      assertArrayEquals(
          Files.readAllBytes(fresh.resolve(name)),
          Files.readAllBytes(SAMPLES.resolve(name)),
          name + " differs from the generator's output");
    }
  }

  @Test
  void samplesImportCompletelyToTheExpectedSummary() throws IOException {
    String db = dir.resolve("kmslog").toString();
    Run imported = run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString());
    assertEquals(0, imported.status, imported.err);
    assertEquals("", imported.err, "no file failed and no event was rejected");
    String total = imported.out.lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "Total: 21 files (21 imported, 0 unchanged, 0 failed); 1480 events read, 1346 stored,"
            + " 40 duplicates, 94 not KMS, 0 rejected",
        total);
    Run summary = run("summary", "--db", db);
    assertEquals(0, summary.status, summary.err);
    String table = summary.out.substring(summary.out.indexOf("\n\n") + 2);
    assertEquals(
        Files.readString(
            Fixtures.resourceFolder("samples").resolve("expected-summary.txt"),
            StandardCharsets.UTF_8),
        table);
    Run again = run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString());
    assertEquals(0, again.status, again.err);
    assertEquals(
        "Total: 21 files (0 imported, 21 unchanged, 0 failed); 0 events read, 0 stored,"
            + " 0 duplicates, 0 not KMS, 0 rejected",
        again.out.lines().reduce((a, b) -> b).orElseThrow());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status;
    try (java.io.PrintStream o = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Kmslog(o, e).execute(args);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
