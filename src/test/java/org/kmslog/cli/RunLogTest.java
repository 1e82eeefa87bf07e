package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kmslog.testing.Fixtures.copy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --log FILE: one dated block per run appended, rotated past 5 MB, never at the run's expense. */
class RunLogTest {
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC";

  @TempDir Path dir;
  private String db;
  private Path drop;
  private Path log;

  /** A drop folder with one export whose analysis has an error (KMS01 below its threshold). */
  @BeforeEach
  void dropFolder() {
    db = dir.resolve("kmslog").toString();
    drop = copy(dir.resolve("drop"), "xml", "wevtutil-bare-crlf.xml");
    log = dir.resolve("logs/nightly/kmslog.log");
  }

  private CliRun run(String... more) {
    List<String> args = new ArrayList<>(List.of("run", "--db", db));
    args.add("--report-dir");
    args.add(dir.resolve("reports").toString());
    args.addAll(Arrays.asList(more));
    args.add(drop.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  private String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void aRunAppendsOneBlockWithEverythingItPrinted() throws Exception {
    CliRun run = run("--log", log.toString());
    assertEquals(1, run.status(), run.err());
    String expected =
        "=== "
            + TIME
            + " started: "
            + Pattern.quote(
                "kmslog run --db "
                    + db
                    + " --report-dir "
                    + dir.resolve("reports")
                    + " --log "
                    + log
                    + " "
                    + drop
                    + "\n"
                    + run.out())
            + "=== "
            + TIME
            + " ended: exit status 1 \\(findings need attention\\)\n\n";
    assertTrue(Pattern.matches(expected, logText()), logText());
  }

  @Test
  void stderrIsLoggedInTheOrderItWasPrinted() throws Exception {
    CliRun run = run("--quiet", "--log", log.toString());
    assertEquals(1, run.status());
    assertEquals("", run.out());
    List<String> lines = logText().lines().toList();
    assertEquals(run.err().lines().toList(), lines.subList(1, lines.size() - 2));
    assertEquals(3, run.err().lines().count(), "the headline and the two errors: " + run.err());
  }

  @Test
  void eachRunAddsABlock() throws Exception {
    run("--log", log.toString());
    CliRun second = run("--log", log.toString(), "--fail-on", "nonsense");
    assertEquals(2, second.status());
    String text = logText();
    assertEquals(2, text.lines().filter(l -> l.matches("=== " + TIME + " started: .*")).count());
    assertTrue(
        Pattern.compile(
                "\nkmslog: run: --fail-on 'nonsense' is not error or warning\n=== "
                    + TIME
                    + " ended: exit status 2 \\(bad usage, unreadable input or a database it could"
                    + " not use\\)\n\n$")
            .matcher(text)
            .find(),
        text);
  }

  @Test
  void importAndAnalyzeTakeItTooAndOtherCommandsDoNot() throws Exception {
    assertEquals(
        0, CliRun.of("import", "--db", db, "--log", log.toString(), drop.toString()).status());
    assertEquals(1, CliRun.of("analyze", "--db", db, "--log", log.toString()).status());
    assertEquals(
        List.of("kmslog import", "kmslog analyze"),
        logText()
            .lines()
            .filter(l -> l.contains(" started: "))
            .map(l -> l.replaceFirst(".* started: (kmslog \\w+) .*", "$1"))
            .toList());
    CliRun summary = CliRun.of("summary", "--db", db, "--log", log.toString());
    assertEquals(2, summary.status());
    assertEquals(
        "kmslog summary: Unrecognized option: --log; run 'kmslog summary --help'\n", summary.err());
  }

  @Test
  void theLogIsUtf8WhateverTheConsoleEncoding() throws Exception {
    Path umlauts = Files.move(drop, dir.resolve("Übergabe-Ordner"));
    drop = umlauts;
    CliRun run = run("--log", log.toString());
    assertTrue(run.out().contains("Übergabe-Ordner"), run.out());
    assertTrue(logText().contains(umlauts + "/wevtutil-bare-crlf.xml: 2 events"), logText());
  }

  @Test
  void aLogPast5MbMovesToFile1First() throws Exception {
    Files.createDirectories(log.getParent());
    byte[] full = new byte[(int) RunLog.ROTATE_BYTES + 1];
    Arrays.fill(full, (byte) 'x');
    Files.write(log, full);
    Path older = log.resolveSibling("kmslog.log.1");
    Files.writeString(older, "the generation before");
    assertEquals(1, run("--log", log.toString()).status());
    assertEquals(full.length, Files.size(older), "the full log replaced the older one");
    assertTrue(logText().startsWith("=== "), "a fresh log with this run's block");
  }

  @Test
  void aLogOfExactly5MbIsAppendedTo() throws Exception {
    Files.createDirectories(log.getParent());
    Files.write(log, new byte[(int) RunLog.ROTATE_BYTES]);
    run("--log", log.toString());
    assertTrue(Files.size(log) > RunLog.ROTATE_BYTES);
    assertFalse(Files.exists(log.resolveSibling("kmslog.log.1")));
  }

  @Test
  void aLogThatIsAFolderIsNamedAndTheRunGoesOn() throws Exception {
    Files.createDirectories(log);
    assertUnlogged(log.toString(), log + ": it is a folder");
  }

  @Test
  void aLogUnderAFileIsNamedAndTheRunGoesOn() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "not a folder");
    assertUnlogged(
        file.resolve("kmslog.log").toString(),
        file.resolve("kmslog.log") + ": " + file + " is a file, not a folder");
  }

  @Test
  void aLogInAFolderThatCannotBeMadeIsNamedAndTheRunGoesOn() throws Exception {
    // /proc takes no new folders even for root, who ignores permission bits.
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
    assertUnlogged(
        "/proc/kmslog-test/kmslog.log",
        "/proc/kmslog-test/kmslog.log: cannot create /proc/kmslog-test");
  }

  @Test
  void aLogInAFolderWithoutWritePermissionIsNamedAndTheRunGoesOn() throws Exception {
    Path readOnly = Files.createDirectories(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(readOnly), "root writes anyway");
    assertUnlogged(
        readOnly.resolve("kmslog.log").toString(),
        readOnly.resolve("kmslog.log") + ": permission denied");
  }

  private void assertUnlogged(String path, String why) {
    CliRun unlogged = run();
    db = dir.resolve("another").toString();
    CliRun run = run("--log", path);
    assertEquals(1, run.status(), "the run's own status: " + run.err());
    assertEquals(withoutTimings(unlogged.out()), withoutTimings(run.out()));
    assertEquals(
        "kmslog: warning: cannot write the log "
            + why
            + "; this run is not logged\n"
            + unlogged.err(),
        run.err());
  }

  private static String withoutTimings(String out) {
    return out.replaceAll(", \\d+ ms]", ", N ms]");
  }

  @Test
  void aLogThatFailsPartWayIsNamedAtTheEnd() {
    // Linux's /dev/full opens, then fails every write as a full disk does.
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux's /dev/full");
    CliRun run = run("--log", "/dev/full");
    assertEquals(1, run.status());
    assertTrue(run.out().contains("\nAnalysis #1 as of "), run.out());
    assertEquals(
        "kmslog: warning: cannot write the log /dev/full: the disk is full; what this run printed"
            + " is not all in it\n",
        run.err());
  }

  @Test
  void aLogThatFailsPartWayStopsBeingWrittenAndKeepsTheFirstReason() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    OutputStream failing =
        new OutputStream() {
          private int writes;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (++writes > 2) {
              throw new IOException("disk full " + writes);
            }
            logged.write(b, off, len);
          }
        };
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    RunLog runLog = new RunLog("the.log", o, e, failing).begin("run", List.of("x y"));
    runLog.out().println("one");
    runLog.out().printf("%s%n", "two");
    runLog.err().println("three");
    assertEquals(1, runLog.finish(1));
    assertEquals("one\ntwo\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(
        "three\nkmslog: warning: cannot write the log the.log: disk full 3; what this run printed"
            + " is not all in it\n",
        err.toString(StandardCharsets.UTF_8));
    assertTrue(
        logged
            .toString(StandardCharsets.UTF_8)
            .matches("=== .* started: kmslog run \"x y\"\none\n"),
        logged.toString(StandardCharsets.UTF_8));
  }
}
