package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.HostRequestCsvExport;

/**
 * A KMS host whose name (given for an Event Viewer CSV, and in its file name) holds terminal
 * escapes (ESC [2J clears the screen; ESC ] 0; ... BEL retitles the window) and a right-to-left
 * override: no output passes the escapes on, and every one shows the override as {@code <U+202E>}.
 */
class TerminalEscapesTest {
  private static final String HOST = "KMS\u001b[2J\u001b]0;owned\u0007\u202e10";

  @TempDir Path dir;
  private Path in;

  @BeforeEach
  void export() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    HostRequestCsvExport.write(in.resolve(HOST + "_Key-Management-Service.csv"), 1, 3, 1);
  }

  private static void assertSafe(String text) {
    assertFalse(text.contains("\u001b"), text);
    assertFalse(text.contains("\u0007"), text);
    assertFalse(text.contains("\u202e"), text);
  }

  @Test
  void runPrintsNoEscapeAndShowsTheOverride() {
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            dir.resolve("kmslog").toString(),
            "--computer",
            HOST,
            "--report-dir",
            dir.resolve("out").toString(),
            in.toString());
    assertEquals(1, run.status(), run.err());
    assertSafe(run.out());
    assertSafe(run.err());
    assertTrue(run.out().contains("KMS [2J ]0;owned <U+202E>10"), run.out());
  }

  @Test
  void everyReportShowsTheOverride() throws Exception {
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            dir.resolve("kmslog").toString(),
            "--computer",
            HOST,
            "--report-dir",
            out.toString(),
            in.toString());
    assertEquals(1, run.status(), run.err());
    for (String report : new String[] {"summary.txt", "findings.csv", "report.html"}) {
      String text = Files.readString(out.resolve(report));
      assertSafe(text);
      assertTrue(text.contains("U+202E"), report + ": " + text);
    }
    String json = Files.readString(out.resolve("findings.json"));
    assertSafe(json);
    assertTrue(json.contains("KMS\\u001b[2J\\u001b]0;owned\\u0007\\u202e10"), json);
  }

  @Test
  void analyzePrintsNoEscape() {
    String db = dir.resolve("kmslog").toString();
    assertEquals(0, CliRun.of("import", "--db", db, "--computer", HOST, in.toString()).status());
    CliRun analysis = CliRun.of("analyze", "--db", db);
    assertEquals(1, analysis.status(), analysis.err());
    assertSafe(analysis.out());
    assertTrue(analysis.out().contains("<U+202E>10"), analysis.out());
  }
}
