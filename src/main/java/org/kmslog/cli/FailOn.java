package org.kmslog.cli;

import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;

/** Which findings make an analysis exit 1 ({@code --fail-on}): errors only, or warnings too. */
enum FailOn {
  /** Only findings of severity error: activations are failing (the default). */
  ERROR,
  /** Findings of severity warning too: activations will or may fail. */
  WARNING;

  static final Option OPTION =
      Option.builder()
          .longOpt("fail-on")
          .hasArg()
          .argName("SEVERITY")
          .desc("error (the default) or warning: the findings that make the exit status 1")
          .get();

  /** The choice --fail-on makes, ERROR when not given. */
  static FailOn of(CommandLine line, String command) throws CliException {
    String text = line.getOptionValue(OPTION, "error");
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(command + ": --fail-on '" + text + "' is not error or warning");
    }
  }

  /** Whether this finding makes the run exit 1. */
  boolean fails(Finding finding) {
    return finding.isError() || (this == WARNING && finding.severity().equals("warning"));
  }

  /** The findings that make the run exit 1, most severe first. */
  List<Finding> failing(AnalysisRun run) {
    return run.findings().stream().filter(this::fails).toList();
  }

  /** The exit status the analysis gives: 1 when a finding fails it, else 0. */
  int status(AnalysisRun run) {
    return run.findings().stream().anyMatch(this::fails) ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
