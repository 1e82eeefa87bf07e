package org.kmslog.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny comparison of this build with itself: it checks what is printed, never the figures. */
class CompareSmokeTest {
  @TempDir Path dir;

  @Test
  void comparesTwoBuildsRoundByRound() throws Exception {
    String build = System.getProperty("java.class.path");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Compare.run(
          new String[] {
            "--rounds",
            "2",
            build,
            build,
            "--",
            "--events",
            "10000",
            "--clients",
            "50",
            "--dir",
            dir.toString(),
            "--formats",
            "xml",
            "--import-only"
          },
          out);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String round : List.of("round 1, A", "round 1, B", "round 2, B", "round 2, A")) {
      assertTrue(text.contains(round + ": XML kmslog import "), round + " in\n" + text);
    }
    assertTrue(
        Pattern.compile(
                "  XML kmslog import +A +[\\d.]+ s \\(cpu +[\\d.]+ s\\) +B +[\\d.]+ s \\(cpu"
                    + " +[\\d.]+ s\\) +B/A [\\d.]+")
            .matcher(text)
            .find(),
        text);
    assertTrue(text.contains("  XML raw Woodstox token scan "), text);
  }

  @Test
  void readsTheTimedLinesOfTheBenchmark() {
    Map<String, double[]> lines =
        Compare.timedLines(
            "XML: 56 files, 1004.4 MB, 1,000,060 events (largest file 407.8 MB)\n"
                + "  raw Woodstox token scan           3.5 s    285.0 MB/s    283,773 events/s"
                + "  cpu    3.5 s  heap peak   72 MB\n"
                + "  kmslog import                     8.4 s    119.3 MB/s    118,758 events/s"
                + "  cpu   14.6 s  heap peak  179 MB  2.39x the raw scan\n"
                + "  database: 196.4 MB after import\n"
                + "CSV: 56 files, 372.1 MB, 1,000,144 records (largest file 203.4 MB)\n"
                + "  kmslog import                     6.9 s     53.9 MB/s    144,949 events/s"
                + "  cpu   12.1 s  heap peak  185 MB  3.13x the raw parse\n");
    assertEquals(
        List.of("XML raw Woodstox token scan", "XML kmslog import", "CSV kmslog import"),
        List.copyOf(lines.keySet()));
    assertArrayEquals(new double[] {8.4, 14.6}, lines.get("XML kmslog import"));
    assertArrayEquals(new double[] {6.9, 12.1}, lines.get("CSV kmslog import"));
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class, () -> Compare.run(new String[] {"a.jar"}, null));
    assertEquals("give two builds, not 1", one.getMessage());
    IllegalArgumentException notKmslog =
        assertThrows(
            IllegalArgumentException.class,
            () -> Compare.run(new String[] {dir.toString(), dir.toString()}, null));
    assertEquals(dir + " holds no kmslog benchmark", notKmslog.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Compare.run(new String[] {"a.jar", "b.jar", "--", "--fast"}, null));
  }
}
