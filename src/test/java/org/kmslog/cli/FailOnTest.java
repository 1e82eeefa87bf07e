package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.testing.DnsPublishEvent;
import org.kmslog.testing.StoreUnderTest;

/** --fail-on warning: warnings give exit status 1 too, in analyze, report and run. */
class FailOnTest {
  @TempDir Path dir;
  private String db;
  private Path exports;

  /** An estate with one warning and nothing else: a DNS failure a later publish cleared. */
  @BeforeEach
  void onlyAWarning() throws Exception {
    db = StoreUnderTest.location(dir);
    exports = Files.createDirectories(dir.resolve("drop"));
    Files.writeString(
        exports.resolve("dns.xml"),
        DnsPublishEvent.xml(
                12293,
                1,
                "2026-10-12T04:00:00Z",
                "<Data>0x8007232A</Data><Data>corp.example</Data>")
            + DnsPublishEvent.xml(12294, 2, "2026-10-13T04:00:00Z", "<Data>corp.example</Data>"));
  }

  @Test
  void analyzeAndReportExitOneOnAWarningOnlyWhenAsked() {
    assertEquals(0, CliRun.of("import", "--db", db, exports.toString()).status());
    CliRun byDefault = CliRun.of("analyze", "--db", db);
    assertEquals(0, byDefault.status(), byDefault.out());
    assertTrue(byDefault.out().contains("1 finding (0 errors, 1 warning, 0 info)"));
    assertEquals(0, CliRun.of("analyze", "--db", db, "--fail-on", "error").status());
    assertEquals(1, CliRun.of("analyze", "--db", db, "--fail-on", "warning").status());
    assertEquals(1, CliRun.of("analyze", "--db", db, "--fail-on", "WARNING").status());
    assertEquals(0, CliRun.of("report", "--db", db).status());
    assertEquals(1, CliRun.of("report", "--db", db, "--fail-on", "warning").status());
  }

  @Test
  void runExitsOneOnAWarningWhenAsked() {
    CliRun byDefault = run();
    assertEquals(0, byDefault.status(), byDefault.err());
    CliRun strict = run("--fail-on", "warning");
    assertEquals(1, strict.status(), strict.err());
  }

  @Test
  void aQuietRunNamesTheWarningsThatFailedIt() {
    CliRun quiet = run("--quiet");
    assertEquals(0, quiet.status(), quiet.err());
    assertEquals("", quiet.err(), "a run that needs no attention stays silent");
    CliRun strict = run("--quiet", "--fail-on", "warning");
    assertEquals(1, strict.status());
    assertEquals("", strict.out());
    List<String> err = strict.err().lines().toList();
    assertEquals(2, err.size(), strict.err());
    assertEquals(
        "kmslog: Analysis #2 as of 2026-10-13 04:00:00 UTC: 1 finding (0 errors, 1 warning, 0"
            + " info).",
        err.get(0));
    assertTrue(err.get(1).startsWith("kmslog: warning DNS_PUBLISH_FAILED: KMS01"), err.get(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"info", "warnings", "", "error,warning"})
  void anythingButErrorOrWarningIsRefusedBeforeTheDatabaseIsOpened(String value) {
    CliRun run = run("--fail-on", value);
    assertEquals(2, run.status());
    assertEquals("kmslog: run: --fail-on '" + value + "' is not error or warning\n", run.err());
    assertEquals("", run.out());
    assertTrue(Files.notExists(dir.resolve("kmslog.mv.db")), "no database made");
  }

  @ParameterizedTest
  @CsvSource({"analyze", "report"})
  void analyzeAndReportCheckItToo(String command) {
    CliRun run = CliRun.of(command, "--db", db, "--fail-on", "never");
    assertEquals(2, run.status());
    assertEquals("kmslog: " + command + ": --fail-on 'never' is not error or warning\n", run.err());
  }

  private CliRun run(String... options) {
    String[] args = new String[options.length + 6];
    args[0] = "run";
    args[1] = "--db";
    args[2] = db;
    args[3] = "--report-dir";
    args[4] = dir.resolve("reports").toString();
    System.arraycopy(options, 0, args, 5, options.length);
    args[args.length - 1] = exports.toString();
    return CliRun.of(args);
  }
}
