package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the commands do with words they do not take and with options that contradict each other. */
class CommandArgumentsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "analyze|",
        "summary|",
        "report|",
        "report|--format json",
        "prune|--before 2026-01-01",
        "prune|--before 2026-01-01 --dry-run"
      })
  void aCommandThatTakesNoArgumentsRefusesTheFirstBeforeOpeningTheDatabase(
      String command, String options) {
    List<String> args = new ArrayList<>(List.of(command, "--db", dir.resolve("kmslog").toString()));
    if (options != null) {
      args.addAll(List.of(options.split(" ")));
    }
    args.addAll(List.of("2026-02-01", "more"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.status());
    assertEquals("kmslog: " + command + ": takes no arguments, got '2026-02-01'\n", run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(dir.resolve("kmslog.mv.db")), "no database made");
  }

  @ParameterizedTest
  @CsvSource({"analyze", "run"})
  void hostsAndAHostsFileTogetherAreRefused(String command) throws Exception {
    Path hosts = Files.writeString(dir.resolve("hosts.txt"), "KMS01\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--db",
                dir.resolve("kmslog").toString(),
                "--hosts",
                "KMS02",
                "--hosts-file",
                hosts.toString()));
    if (command.equals("run")) {
      args.add(dir.toString());
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.status());
    assertEquals("kmslog: " + command + ": give --hosts or --hosts-file, not both\n", run.err());
    assertFalse(Files.exists(dir.resolve("kmslog.mv.db")), "no database made");
  }
}
