package org.kmslog.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.analyze.Finding;
import org.kmslog.report.SafeText;
import org.kmslog.report.TextReport;

/**
 * Tells the user what an analysis found: a headline, then every finding (with its fix, or one line
 * each for a run's shorter output), and with --verbose how long each analyzer took.
 */
final class AnalysisOutput {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private final Console console;

  AnalysisOutput(Console console) {
    this.console = console;
  }

  /**
   * With --verbose, says on stderr what the analysis concluded about each host's clock and how long
   * each analyzer script took, with each of its statements that took a second or more.
   */
  void verbose(Analyzer analyzer) throws AnalysisException {
    if (!console.verbose()) {
      return;
    }
    for (Analyzer.HostBase base : analyzer.hostBases()) {
      console
          .err()
          .printf(
              Locale.ROOT,
              "kmslog: %s writes 12290 client times in %s (learned from %d %s)%n",
              base.host(),
              utcOffset(base.minutes()),
              base.evidence(),
              base.learnedFrom().equals("votes")
                  ? "requests also in its clients' own logs"
                  : "client-days of its requests");
    }
    for (Analyzer.ScriptTime time : analyzer.timings()) {
      console
          .err()
          .printf(Locale.ROOT, "kmslog: %s took %.1f s%n", time.script(), time.millis() / 1000.0);
      for (Analyzer.StatementTime statement : time.slowStatements()) {
        console
            .err()
            .printf(
                Locale.ROOT,
                "kmslog:   %s took %.1f s%n",
                statement.statement(),
                statement.millis() / 1000.0);
      }
    }
  }

  /** A time base as Windows names zones: UTC, UTC+2, UTC-5, UTC+5:30. */
  static String utcOffset(int minutes) {
    if (minutes == 0) {
      return "UTC";
    }
    int abs = Math.abs(minutes);
    return String.format(
        Locale.ROOT,
        "UTC%s%d%s",
        minutes > 0 ? "+" : "-",
        abs / 60,
        abs % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", abs % 60));
  }

  /** Prints the headline and each finding with its fix. */
  void findingsWithFixes(AnalysisRun run) {
    headline(run);
    for (Finding finding : run.findings()) {
      console
          .out()
          .printf(
              "%n%-7s %s: %s%n",
              finding.severity(), finding.kind(), SafeText.line(finding.detail()));
      console.out().printf("        Fix: %s%n", SafeText.line(finding.advice()));
    }
  }

  /** Prints the headline and one line per finding. */
  void findingLines(AnalysisRun run) {
    headline(run);
    for (Finding finding : run.findings()) {
      console.out().println(SafeText.line(line(finding)));
    }
  }

  /**
   * Prints on stderr the headline and one line per finding given (those that failed a quiet run),
   * so that a scheduler's mail or log says why the run needs attention.
   */
  void problemLines(AnalysisRun run, List<Finding> findings) {
    console.error(headlineText(run));
    TextReport.staleExports(run).ifPresent(console::error);
    for (Finding finding : findings) {
      console.error(line(finding));
    }
  }

  private static String line(Finding finding) {
    return String.format("%-7s %s: %s", finding.severity(), finding.kind(), finding.detail());
  }

  /** Prints the one-line headline of an analysis: its id, reference time and counts. */
  void headline(AnalysisRun run) {
    console.out().println(headlineText(run));
    TextReport.staleExports(run).ifPresent(console.out()::println);
  }

  private static String headlineText(AnalysisRun run) {
    return String.format(
        "Analysis #%d as of %s: %s.", run.id(), TIME.format(run.asOf()), counts(run));
  }

  /** The run's findings counted, such as "3 findings (1 error, 2 warnings, 0 info)". */
  static String counts(AnalysisRun run) {
    return findings(run) + " (" + severities(run) + ")";
  }

  /** How many findings the run has, such as "3 findings". */
  static String findings(AnalysisRun run) {
    return plural(run.findings().size(), "finding");
  }

  /** The run's findings by severity, such as "1 error, 2 warnings, 0 info". */
  static String severities(AnalysisRun run) {
    return plural(run.count("error"), "error")
        + ", "
        + plural(run.count("warning"), "warning")
        + ", "
        + run.count("info")
        + " info";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
