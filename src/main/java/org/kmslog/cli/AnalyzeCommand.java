package org.kmslog.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.analyze.Finding;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** {@code kmslog analyze}: correlates the stored events into findings. */
final class AnalyzeCommand extends Command {
  private static final Option AS_OF =
      Option.builder()
          .longOpt("as-of")
          .hasArg()
          .argName("TIME")
          .desc(
              "judge as of this UTC time (2026-10-30, 2026-10-30T12:00, or with an offset);"
                  + " default: the newest imported event")
          .get();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  @Override
  String name() {
    return "analyze";
  }

  @Override
  String summary() {
    return "correlate client and host events into findings; exit 1 when any is an error";
  }

  @Override
  String arguments() {
    return "";
  }

  @Override
  void addOptions(Options options) {
    options.addOption(AS_OF);
    HostOptions.addTo(options);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    Instant asOf = asOf(line);
    List<String> hosts = HostOptions.sanctionedHosts(line, name());
    AnalysisRun run;
    try (Database database = openDatabase(line, false, console)) {
      Analyzer analyzer = new Analyzer(database);
      run = analyzer.run(asOf, hosts);
      printTimings(analyzer, console);
    } catch (AnalysisException e) {
      throw new CliException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
    print(run, console);
    return run.count("error") > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
  }

  /**
   * With --verbose, says on stderr how long each analyzer script took, and each of its statements
   * that took a second or more (for slow analyses).
   */
  static void printTimings(Analyzer analyzer, Console console) {
    if (console.verbose()) {
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
  }

  /** Prints a headline and each finding with its fix. */
  static void print(AnalysisRun run, Console console) {
    printHeadline(run, console);
    for (Finding finding : run.findings()) {
      console.out().printf("%n%-7s %s: %s%n", finding.severity(), finding.kind(), finding.detail());
      console.out().printf("        Fix: %s%n", finding.advice());
    }
  }

  /** Prints the one-line headline of an analysis: its id, reference time and counts. */
  static void printHeadline(AnalysisRun run, Console console) {
    console
        .out()
        .printf(
            "Analysis #%d as of %s: %s (%s, %s, %d info).%n",
            run.id(),
            TIME.format(run.asOf()),
            plural(run.findings().size(), "finding"),
            plural(run.count("error"), "error"),
            plural(run.count("warning"), "warning"),
            run.count("info"));
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static Instant asOf(CommandLine line) throws CliException {
    String text = line.getOptionValue(AS_OF);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        // A date alone means the end of that day: everything logged on it counts.
        return LocalDate.parse(text)
            .plusDays(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusNanos(1);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw CliException.usage(
          "analyze: --as-of '" + text + "' is not a time (try 2026-10-30 or 2026-10-30T12:00)");
    }
  }
}
