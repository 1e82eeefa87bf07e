package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.KmslogUnderTest;
import org.kmslog.testing.StoreUnderTest;

/**
 * The bundled samples are what the generator makes, and import completely: every file, every event,
 * to exactly the summary and findings kept beside them (samples/expected-*.md).
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
        names(SAMPLES).stream().filter(name -> !name.startsWith("expected-")).toList(),
        "regenerate with: java -cp target/kmslog.jar:target/kmslog-tests.jar"
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
    String db = StoreUnderTest.location(dir);
    Run imported = run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString());
    assertEquals(0, imported.status, imported.err);
    assertEquals("", imported.err, "no file failed and no event was rejected");
    String total = imported.out.lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "Total: 23 files (23 imported, 0 unchanged, 0 failed); 1686 events read, 1346 stored,"
            + " 243 duplicates, 97 not KMS, 0 rejected",
        total);
    Run summary = run("summary", "--db", db);
    assertEquals(0, summary.status, summary.err);
    String table = summary.out.substring(summary.out.indexOf("\n\n") + 2);
    Fixtures.assertGolden(SAMPLES.resolve("expected-summary.md"), table);
    Run again = run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString());
    assertEquals(0, again.status, again.err);
    assertEquals(
        "Total: 23 files (0 imported, 23 unchanged, 0 failed); 0 events read, 0 stored,"
            + " 0 duplicates, 0 not KMS, 0 rejected",
        again.out.lines().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void samplesGiveExactlyTheExpectedFindings() throws IOException {
    String db = StoreUnderTest.location(dir);
    assertEquals(
        0, run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString()).status);
    Run analyzed = run("analyze", "--db", db, "--hosts", "KMS01,KMS02,KMS03");
    assertEquals(1, analyzed.status, "errors were found: " + analyzed.err);
    Fixtures.assertGolden(SAMPLES.resolve("expected-findings.md"), findingsText(db));
    Run again = run("analyze", "--db", db, "--hosts", "KMS01,KMS02,KMS03");
    assertEquals(
        analyzed.out.substring(analyzed.out.indexOf(':')),
        again.out.substring(again.out.indexOf(':')),
        "the same archive gives the same findings");
  }

  @Test
  void anEarlierReferenceTimeJudgesTheEstateAsItWasThen() throws IOException {
    String db = StoreUnderTest.location(dir);
    run("import", "--db", db, "--timezone", "Europe/Berlin", SAMPLES.toString());
    Run then = run("analyze", "--db", db, "--as-of", "2026-10-01");
    assertTrue(then.out.startsWith("Analysis #1 as of 2026-10-01 23:59:59 UTC: "), then.out);
    assertFalse(then.out.contains("HOST_SILENT"), "KMS03 still answered on 2026-10-01");
    assertFalse(then.out.contains("PC-FW09"), "PC-FW09 was installed on 2026-10-12");
  }

  /** Every field of every finding of the newest run, one block each, for the golden file. */
  private static String findingsText(String db) {
    try (org.kmslog.store.Database database = org.kmslog.store.Database.open(db, false)) {
      org.kmslog.analyze.AnalysisRun latest =
          new org.kmslog.analyze.AnalysisReader(database).latest().orElseThrow();
      StringBuilder text = new StringBuilder("as of " + latest.asOf() + "\n");
      for (org.kmslog.analyze.Finding f : latest.findings()) {
        text.append('\n')
            .append(f.severity())
            .append(' ')
            .append(f.kind())
            .append('\n')
            .append("  host: ")
            .append(f.host())
            .append('\n')
            .append("  client: ")
            .append(f.client())
            .append('\n')
            .append("  cmid: ")
            .append(f.cmid())
            .append('\n')
            .append("  code: ")
            .append(f.code())
            .append('\n')
            .append("  seen: ")
            .append(f.firstSeen())
            .append(" .. ")
            .append(f.lastSeen())
            .append('\n')
            .append("  count: ")
            .append(f.count())
            .append('\n')
            .append("  days left: ")
            .append(f.daysLeft())
            .append('\n')
            .append("  detail: ")
            .append(f.detail())
            .append('\n')
            .append("  advice: ")
            .append(f.advice())
            .append('\n');
      }
      return text.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
      status = KmslogUnderTest.create(o, e).execute(args);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
