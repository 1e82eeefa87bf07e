package org.kmslog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.analyze.Finding;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.report.ReportData;
import org.kmslog.report.ReportException;
import org.kmslog.report.ReportFile;
import org.kmslog.report.ReportFormat;
import org.kmslog.report.ReportLoader;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/**
 * {@code kmslog run}: the whole job for schedulers: import what is new, analyze, and replace the
 * reports in one folder.
 */
final class RunCommand extends Command {
  static final String DEFAULT_REPORT_DIR = "kmslog-report";

  /** The reports a run writes, by file name. */
  private static final Map<String, ReportFormat> REPORTS = new LinkedHashMap<>();

  static {
    REPORTS.put("summary.txt", ReportFormat.TEXT);
    REPORTS.put("findings.csv", ReportFormat.CSV);
    REPORTS.put("findings.json", ReportFormat.JSON);
    REPORTS.put("report.html", ReportFormat.HTML);
  }

  private static final Option REPORT_DIR =
      Option.builder()
          .longOpt("report-dir")
          .hasArg()
          .argName("DIR")
          .desc(
              "where to write summary.txt, findings.csv, findings.json and report.html; default "
                  + DEFAULT_REPORT_DIR)
          .get();

  @Override
  String name() {
    return "run";
  }

  @Override
  String summary() {
    return "import new and changed files, analyze, and write the reports: the nightly job";
  }

  @Override
  String arguments() {
    return "PATH...";
  }

  @Override
  void addOptions(Options options) {
    ImportOptions.addTo(options);
    HostOptions.addTo(options);
    options.addOption(REPORT_DIR);
    options.addOption(QUIET);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    List<Path> paths = ImportOptions.paths(line, name());
    List<String> hosts = HostOptions.sanctionedHosts(line, name());
    Path reportDir = Path.of(line.getOptionValue(REPORT_DIR, DEFAULT_REPORT_DIR));
    List<FileOutcome> outcomes;
    AnalysisRun analysis;
    List<Path> written;
    try (Database database = openDatabase(line, true, console)) {
      outcomes =
          new Importer(database, ImportOptions.settings(line, name()))
              .importAll(paths, new ImportOutput(console, false));
      if (!console.quiet()) {
        console.out().println(ImportOutput.total(outcomes));
      }
      analysis = analyze(database, hosts, console);
      written = writeReports(database, reportDir);
      database.closeCompacting(ImportCommand.COMPACT_FROM_BYTES);
    }
    if (!console.quiet()) {
      AnalyzeCommand.printHeadline(analysis, console);
      for (Finding finding : analysis.findings()) {
        console.out().printf("%-7s %s: %s%n", finding.severity(), finding.kind(), finding.detail());
      }
      console
          .out()
          .println("Reports: " + String.join(", ", written.stream().map(Path::toString).toList()));
    }
    if (ImportOutput.anyFailed(outcomes)) {
      return ExitStatus.BAD_INPUT;
    }
    return analysis.count("error") > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
  }

  private static AnalysisRun analyze(Database database, List<String> hosts, Console console)
      throws CliException {
    try {
      Analyzer analyzer = new Analyzer(database);
      AnalysisRun run = analyzer.run(null, hosts);
      AnalyzeCommand.printTimings(analyzer, console);
      return run;
    } catch (AnalysisException e) {
      throw new CliException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** Replaces each report, one at a time and each in one step. */
  private static List<Path> writeReports(Database database, Path folder) throws CliException {
    ReportData data;
    try {
      data = ReportLoader.latest(database).orElseThrow();
    } catch (ReportException e) {
      throw new CliException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, ReportFormat> report : REPORTS.entrySet()) {
      Path file = folder.resolve(report.getKey());
      try {
        ReportFile.write(file, writer -> report.getValue().write(data, writer));
      } catch (IOException e) {
        throw new CliException(
            ExitStatus.BAD_INPUT, "run: cannot write " + file + ": " + e.getMessage(), e);
      }
      written.add(file);
    }
    return written;
  }
}
