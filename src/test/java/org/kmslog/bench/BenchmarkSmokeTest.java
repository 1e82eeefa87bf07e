package org.kmslog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of the benchmark, so that it keeps working: it checks what is printed and that the
 * figures are consistent, never how fast anything was.
 */
class BenchmarkSmokeTest {
  @TempDir Path dir;

  @Test
  void aSmallRunPrintsEveryMeasurement() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Benchmark.run(
          new String[] {"--events", "10000", "--clients", "50", "--dir", dir.toString()}, out);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String line :
        List.of(
            "raw Woodstox token scan",
            "kmslog import",
            "re-import, unchanged files",
            "overlapping exports",
            "analyze",
            "by script: ",
            "90-host-summary.sql",
            "statements of a second or more: ",
            "reports, all four formats",
            "summary (kmslog summary)",
            "database: ",
            "raw Commons CSV parse")) {
      assertTrue(text.contains(line), line + " in\n" + text);
    }
    Matcher xml = Pattern.compile("XML: \\d+ files, [\\d.]+ MB, ([\\d,]+) events").matcher(text);
    assertTrue(xml.find(), text);
    long events = Long.parseLong(xml.group(1).replace(",", ""));
    assertTrue(events >= 10000 && events < 10500, "about the events asked for: " + events);
    assertTrue(
        Pattern.compile("kmslog import .* cpu +[\\d.]+ s .* [\\d.]+x the raw scan")
            .matcher(text)
            .find(),
        text);
    assertTrue(
        Pattern.compile("kmslog import .* [\\d.]+x the raw parse").matcher(text).find(), text);
  }

  @Test
  void aWarmUpImportsOnceUntimedAndLeavesNoDatabaseBehind() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Benchmark.run(
          new String[] {
            "--events",
            "10000",
            "--clients",
            "50",
            "--dir",
            dir.toString(),
            "--formats",
            "xml",
            "--import-only",
            "--warm-up"
          },
          out);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        Pattern.compile(
                "\\(warm-up: XML parsed and imported once in [\\d.]+ s, not counted below\\)")
            .matcher(text)
            .find(),
        text);
    assertTrue(text.indexOf("(warm-up") < text.indexOf("kmslog import"), text);
    assertTrue(Files.notExists(dir.resolve("db-xml-warm-up.mv.db")), "the throwaway database");
    assertTrue(Files.exists(dir.resolve("db-xml.mv.db")), "the measured import's database");
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BenchOptions.parse(new String[] {"--formats", "evtx"}));
    assertEquals("--formats is xml, csv or all, not evtx", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--events"}));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--fast"}));
  }
}
