package org.kmslog.cli;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** {@code kmslog analyze}: correlates the stored events into findings. */
final class AnalyzeCommand extends Command {
  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** The reference time, for {@code analyze} and {@code run}. */
  static final Option AS_OF =
      Option.builder()
          .longOpt("as-of")
          .hasArg()
          .argName("TIME")
          .desc(
              "judge as of this UTC time (2026-10-30, 2026-10-30T12:00, or with an offset);"
                  + " default: the newest imported event")
          .get();

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
    options.addOption(FailOn.OPTION);
    options.addOption(RunLog.OPTION);
  }

  @Override
  int run(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException {
    Instant asOf = asOf(line, name());
    List<String> hosts = HostOptions.sanctionedHosts(line, name());
    FailOn failOn = FailOn.of(line, name());
    AnalysisOutput output = new AnalysisOutput(console);
    AnalysisRun run;
    try (Database database = openDatabase(line, false, console)) {
      Analyzer analyzer = new Analyzer(database);
      refuseOutsideData(analyzer, asOf, line, name());
      run = analyzer.run(asOf, hosts, console.wallClock().instant());
      output.verbose(analyzer);
      database.save();
    }
    output.findingsWithFixes(run);
    return failOn.status(run);
  }

  /**
   * Refuses an --as-of more than a day outside the imported events, before anything is analyzed:
   * judged before its data an estate shows no findings, and after them every client looks long
   * expired, and neither is true.
   */
  static void refuseOutsideData(Analyzer analyzer, Instant asOf, CommandLine line, String command)
      throws CliException, AnalysisException {
    if (asOf == null) {
      return;
    }
    Optional<Analyzer.EventRange> range = analyzer.importedRange();
    if (range.isEmpty()) {
      return; // the analysis says that there is nothing to analyze
    }
    Instant from = range.get().oldest().minus(Duration.ofDays(1));
    Instant to = range.get().newest().plus(Duration.ofDays(1));
    // A date alone is the end of its day; the day counts as within a day when it begins so.
    Instant start =
        line.getOptionValue(AS_OF).length() == 10
            ? asOf.plusNanos(1).minus(Duration.ofDays(1))
            : asOf;
    if (asOf.isBefore(from) || start.isAfter(to)) {
      throw CliException.usage(
          command
              + ": --as-of '"
              + line.getOptionValue(AS_OF)
              + "' ("
              + UTC_SECONDS.format(asOf)
              + ") is outside the imported events, "
              + UTC_SECONDS.format(range.get().oldest())
              + " to "
              + UTC_SECONDS.format(range.get().newest())
              + ", by more than a day; judged then, they would show nothing true."
              + " Give a time from "
              + UTC_SECONDS.format(from)
              + " to "
              + UTC_SECONDS.format(to)
              + ", or leave --as-of out to judge as of the newest event");
    }
  }

  /** The time --as-of gives, or null for the default (the newest imported event). */
  static Instant asOf(CommandLine line, String command) throws CliException {
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
          command + ": --as-of '" + text + "' is not a time (try 2026-10-30 or 2026-10-30T12:00)");
    }
  }
}
