package org.kmslog.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisReader;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.report.ReportFormat;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** {@code kmslog report}: renders the newest analysis as text, CSV, JSON or HTML. */
final class ReportCommand extends Command {
  private static final Option FORMAT =
      Option.builder()
          .longOpt("format")
          .hasArg()
          .argName("FORMAT")
          .desc("text (the default), csv, json or html")
          .get();
  private static final Option OUTPUT =
      Option.builder()
          .longOpt("output")
          .hasArg()
          .argName("PATH")
          .desc(
              "write the report to this file instead of standard output, creating its folders;"
                  + " it is replaced in one step, so no reader sees half a report")
          .get();

  @Override
  String name() {
    return "report";
  }

  @Override
  String summary() {
    return "show the newest analysis as text, CSV, JSON or HTML; exit 1 when it has errors";
  }

  @Override
  String arguments() {
    return "";
  }

  @Override
  void addOptions(Options options) {
    options.addOption(FORMAT);
    options.addOption(OUTPUT);
    options.addOption(CsvDelimiter.OPTION);
    options.addOption(FailOn.OPTION);
  }

  @Override
  int run(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException {
    ReportFormat format = format(line);
    Path output = output(line);
    if (CsvDelimiter.given(line) && format != ReportFormat.CSV) {
      throw CliException.usage("report: --csv-delimiter is for --format csv");
    }
    ReportOutput reports = new ReportOutput(name(), CsvDelimiter.of(line, name()));
    FailOn failOn = FailOn.of(line, name());
    AnalysisRun run;
    try (Database database = openDatabase(line, false, console)) {
      run =
          new AnalysisReader(database)
              .latest()
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitStatus.BAD_INPUT,
                          database.named()
                              + " has not been analyzed yet; run kmslog analyze first"));
    }
    if (output == null) {
      print(reports, format, run, console);
    } else {
      reports.write(format, run, output);
      console
          .out()
          .printf(
              "Wrote the %s report of analysis #%d (%s: %s) to %s.%n",
              format.displayName(),
              run.id(),
              AnalysisOutput.findings(run),
              AnalysisOutput.severities(run),
              output);
    }
    return failOn.status(run);
  }

  private static ReportFormat format(CommandLine line) throws CliException {
    String name = line.getOptionValue(FORMAT, "text");
    return ReportFormat.named(name)
        .orElseThrow(
            () ->
                CliException.usage(
                    "report: --format '" + name + "' is not text, csv, json or html"));
  }

  private static Path output(CommandLine line) throws CliException {
    String path = line.getOptionValue(OUTPUT);
    try {
      return path == null ? null : Path.of(path);
    } catch (InvalidPathException e) {
      throw CliException.usage("report: --output '" + path + "' is not a path: " + e.getReason());
    }
  }

  /**
   * Prints the report on standard output: text in the terminal's encoding, the file formats in the
   * UTF-8 they declare, byte for byte, so that redirecting them to a file gives a valid file.
   */
  private static void print(
      ReportOutput reports, ReportFormat format, AnalysisRun run, Console console) {
    StringBuilder report = new StringBuilder();
    try {
      reports.render(format, run, report);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    if (format == ReportFormat.TEXT) {
      console.out().print(report);
    } else {
      console.out().writeBytes(report.toString().getBytes(StandardCharsets.UTF_8));
    }
    console.out().flush();
  }
}
