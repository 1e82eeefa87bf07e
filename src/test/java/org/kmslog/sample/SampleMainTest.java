package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleMainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesTheSamples() {
    int status = run("--samples", dir.toString());

    assertEquals(0, status, err());
    assertTrue(Files.exists(dir.resolve("README.md")));
    assertTrue(out().contains("KMS01_Key-Management-Service.xml"));
    assertTrue(out().lines().reduce((a, b) -> b).orElseThrow().startsWith("24 files, "), out());
  }

  @Test
  void writesASyntheticEstate() {
    int status =
        run(
            "--out",
            dir.toString(),
            "--events",
            "10000",
            "--clients",
            "300",
            "--hosts",
            "2",
            "--days",
            "5",
            "--seed",
            "9",
            "--formats",
            "csv");

    assertEquals(0, status, err());
    assertTrue(Files.exists(dir.resolve("KMS01_Key-Management-Service.csv")));
  }

  @Test
  void needsExactlyOneOutputDirectory() {
    assertEquals(2, run());
    assertTrue(err().startsWith("SampleMain: give either --samples DIR or --out DIR\n"), err());
  }

  @Test
  void syntheticOutputNeedsAnEventCount() {
    assertEquals(2, run("--out", dir.toString()));
    assertTrue(err().startsWith("SampleMain: --out needs --events N\n"), err());
  }

  @Test
  void rejectsAnUnknownFormat() {
    assertEquals(2, run("--out", dir.toString(), "--events", "10000", "--formats", "etl"));
    assertTrue(err().startsWith("SampleMain: unknown format: etl\n"), err());
  }

  @Test
  void writesBinaryEvtxFilesWhenAsked() throws Exception {
    assertEquals(
        0,
        run("--out", dir.toString(), "--events", "10000", "--clients", "100", "--formats", "evtx"),
        err());
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path file : files) {
      assertTrue(file.toString().endsWith(".evtx"), file.toString());
      assertTrue(
          SampleFiles.startsWith(file, 'E', 'l', 'f', 'F', 'i', 'l', 'e', 0), file.toString());
    }
  }

  @Test
  void rejectsATooSmallTarget() {
    assertEquals(2, run("--out", dir.toString(), "--events", "5"));
    assertTrue(
        err().startsWith("SampleMain: target events must be between 10000 and 10000000, not 5\n"),
        err());
  }

  private int run(String... args) {
    return SampleMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
