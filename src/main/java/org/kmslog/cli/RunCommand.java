package org.kmslog.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.importer.FileOutcome;
import org.kmslog.report.ReportFormat;
import org.kmslog.report.TextReport;
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

  /** The clients table as CSV, written beside the reports. */
  private static final String CLIENTS_CSV = "clients.csv";

  private static final Option REPORT_DIR =
      Option.builder()
          .longOpt("report-dir")
          .hasArg()
          .argName("DIR")
          .desc(
              "where to write summary.txt, findings.csv, findings.json, report.html and"
                  + " clients.csv; default "
                  + DEFAULT_REPORT_DIR)
          .get();
  private static final Option QUIET_RUN =
      Option.builder()
          .longOpt("quiet")
          .desc(
              "print only problems, on stderr, for schedulers: unreadable files and, when findings"
                  + " make the exit status 1, the analysis headline and those findings")
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
    options.addOption(AnalyzeCommand.AS_OF);
    HostOptions.addTo(options);
    options.addOption(FailOn.OPTION);
    options.addOption(REPORT_DIR);
    options.addOption(CsvDelimiter.OPTION);
    options.addOption(QUIET_RUN);
    options.addOption(RunLog.OPTION);
  }

  @Override
  int run(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException {
    List<Path> named = ImportOptions.paths(line, name());
    Instant asOf = AnalyzeCommand.asOf(line, name());
    List<String> hosts = HostOptions.sanctionedHosts(line, name());
    FailOn failOn = FailOn.of(line, name());
    Path reportDir = Path.of(line.getOptionValue(REPORT_DIR, DEFAULT_REPORT_DIR));
    ReportOutput reports = new ReportOutput(name(), CsvDelimiter.of(line, name()));
    ImportOptions.settings(line, name()); // refuses bad options before the database is opened
    AnalysisOutput analysisOutput = new AnalysisOutput(console);
    List<FileOutcome> outcomes;
    AnalysisRun analysis;
    List<Path> written = new ArrayList<>();
    // Standard input is read to its end before the database is locked.
    try (StandardInput stdin =
            StandardInput.namedIn(named) ? StandardInput.copy(System.in, name()) : null;
        Database database = openDatabase(line, true, console)) {
      List<Path> paths = stdin == null ? named : stdin.in(named);
      outcomes =
          ImportOptions.importer(database, line, name(), console)
              .importAll(paths, Set.of(reportDir), new ImportOutput(console, false, stdin));
      if (!console.quiet()) {
        console.out().println(ImportOutput.total(outcomes));
      }
      Analyzer analyzer = new Analyzer(database);
      AnalyzeCommand.refuseOutsideData(analyzer, asOf, line, name());
      analysis = analyzer.run(asOf, hosts, console.wallClock().instant());
      analysisOutput.verbose(analyzer);
      // Each report is replaced on its own and in one step: a reader never sees half of one.
      for (Map.Entry<String, ReportFormat> report : REPORTS.entrySet()) {
        Path file = reportDir.resolve(report.getKey());
        reports.write(report.getValue(), analysis, file);
        written.add(file);
      }
      Path clients = reportDir.resolve(CLIENTS_CSV);
      reports.writeClients(analysis, clients);
      written.add(clients);
      analyzer.dropWorkTables();
      database.closeCompacting(ImportCommand.COMPACT_FROM_BYTES);
    }
    if (!console.quiet()) {
      analysisOutput.findingLines(analysis);
      console
          .out()
          .println("Reports: " + String.join(", ", written.stream().map(Path::toString).toList()));
    } else if (failOn.status(analysis) == ExitStatus.FINDINGS) {
      // Quiet is for schedulers, and a scheduler passes on only what was printed: a run that
      // needs attention says why, on stderr (kept by cron's mail and by "> /dev/null" alike),
      // also when an unreadable file makes its status 2.
      analysisOutput.problemLines(analysis, failOn.failing(analysis));
    } else {
      // Exports that stopped arriving are a problem even when the old data look healthy.
      TextReport.staleExports(analysis).ifPresent(console::error);
    }
    return ImportOutput.anyFailed(outcomes) ? ExitStatus.BAD_INPUT : failOn.status(analysis);
  }
}
