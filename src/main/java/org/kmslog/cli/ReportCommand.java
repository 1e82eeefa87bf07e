package org.kmslog.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.report.ReportData;
import org.kmslog.report.ReportException;
import org.kmslog.report.ReportFile;
import org.kmslog.report.ReportFormat;
import org.kmslog.report.ReportLoader;
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
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    if (!line.getArgList().isEmpty()) {
      throw CliException.usage(
          "report: takes no arguments, got '" + line.getArgList().get(0) + "'");
    }
    ReportFormat format = format(line);
    Path output = output(line);
    ReportData data;
    try (Database database = openDatabase(line, false, console)) {
      data =
          ReportLoader.latest(database)
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitStatus.BAD_INPUT,
                          "database "
                              + database.location()
                              + " has not been analyzed yet; run kmslog analyze first"));
    } catch (ReportException e) {
      throw new CliException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
    if (output == null) {
      print(format, data, console);
    } else {
      write(format, data, output, console);
    }
    return data.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
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
  private static void print(ReportFormat format, ReportData data, Console console)
      throws CliException {
    StringBuilder report = new StringBuilder();
    try {
      format.write(data, report);
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

  private static void write(ReportFormat format, ReportData data, Path output, Console console)
      throws CliException {
    try {
      ReportFile.write(output, writer -> format.write(data, writer));
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.BAD_INPUT, "report: cannot write " + output + ": " + reason(e), e);
    }
    console
        .out()
        .printf(
            "Wrote the %s report of analysis #%d (%s: %s, %s, %d info) to %s.%n",
            format.displayName(),
            data.analysisId(),
            AnalyzeCommand.plural(data.findings().size(), "finding"),
            AnalyzeCommand.plural(data.count("error"), "error"),
            AnalyzeCommand.plural(data.count("warning"), "warning"),
            data.count("info"),
            output);
  }

  /** Why a file could not be written, in words rather than an exception's class and path. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException files) {
      return files.getReason() != null
          ? files.getReason()
          : e.getClass().getSimpleName() + " " + files.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
