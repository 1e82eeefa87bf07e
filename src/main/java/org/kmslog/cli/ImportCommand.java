package org.kmslog.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.DateOrder;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;
import org.kmslog.store.StoreException;

/** {@code kmslog import}: reads export files into the database, each file at most once. */
final class ImportCommand extends Command {
  private static final Option TIMEZONE =
      Option.builder()
          .longOpt("timezone")
          .hasArg()
          .argName("ZONE")
          .desc(
              "time zone of local times in CSV exports, such as Europe/Berlin;"
                  + " default: this computer's zone")
          .get();
  private static final Option COMPUTER =
      Option.builder()
          .longOpt("computer")
          .hasArg()
          .argName("NAME")
          .desc("computer name for exports that do not name it (Event Viewer CSV)")
          .get();
  private static final Option DATE_ORDER =
      Option.builder()
          .longOpt("date-order")
          .hasArg()
          .argName("ORDER")
          .desc(
              "DMY or MDY: how to read CSV dates such as 01/02/2026 when the file itself does not"
                  + " settle it; default: found from the file")
          .get();

  /** Below this size a bloated database costs nothing worth a compaction. */
  private static final long COMPACT_FROM_BYTES = 32L << 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  String name() {
    return "import";
  }

  @Override
  String summary() {
    return "import exported event logs (XML or CSV) into the database; folders are read"
        + " recursively";
  }

  @Override
  String arguments() {
    return "PATH...";
  }

  @Override
  void addOptions(Options options) {
    options.addOption(TIMEZONE);
    options.addOption(COMPUTER);
    options.addOption(DATE_ORDER);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    List<Path> paths = line.getArgList().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw CliException.usage("import: name at least one file or folder to import");
    }
    ReadSettings settings =
        new ReadSettings(zone(line), line.getOptionValue(COMPUTER), dateOrder(line));
    List<FileOutcome> outcomes;
    try (Database database = openDatabase(line, true, console)) {
      outcomes = new Importer(database, settings).importAll(paths, o -> print(o, console));
      database.closeCompacting(COMPACT_FROM_BYTES);
    }
    printTotal(outcomes, console);
    boolean anyFailed = outcomes.stream().anyMatch(o -> o.status() == Status.FAILED);
    return anyFailed ? ExitStatus.BAD_INPUT : ExitStatus.OK;
  }

  private static ZoneId zone(CommandLine line) throws CliException {
    String zone = line.getOptionValue(TIMEZONE);
    if (zone == null) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw CliException.usage(
          "import: --timezone '" + zone + "' is not a time zone (try Europe/Berlin, UTC, +02:00)");
    }
  }

  private static DateOrder dateOrder(CommandLine line) throws CliException {
    String order = line.getOptionValue(DATE_ORDER);
    if (order == null) {
      return null;
    }
    try {
      return DateOrder.valueOf(order.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("import: --date-order '" + order + "' is not DMY, MDY or YMD");
    }
  }

  private static void print(FileOutcome outcome, Console console) {
    switch (outcome.status()) {
      case IMPORTED -> {
        ImportCounts c = outcome.counts();
        console
            .out()
            .printf(
                "%s: %d events, %d stored, %d duplicates, %d not KMS, %d rejected"
                    + " [%s, %s, %s, %d ms]%n",
                outcome.file(),
                c.eventsRead(),
                c.stored(),
                c.duplicates(),
                c.skipped(),
                c.rejected(),
                outcome.format(),
                outcome.encoding(),
                outcome.notes().layout(),
                outcome.durationMillis());
        if (c.eventsRead() == 0) {
          console.warn(outcome.file() + ": holds no events (an empty export?)");
        }
        for (String problem : outcome.problems()) {
          console.warn(problem);
        }
        if (c.rejected() > outcome.problems().size()) {
          console.warn(
              outcome.file()
                  + ": "
                  + (c.rejected() - outcome.problems().size())
                  + " more rejected events; see the table import_problem");
        }
      }
      case UNCHANGED ->
          console
              .out()
              .printf(
                  "%s: unchanged since import #%d at %s; skipped%n",
                  outcome.file(), outcome.prior().id(), WHEN.format(outcome.prior().at()));
      case FAILED -> {
        console.out().printf("%s: FAILED, nothing stored from it%n", outcome.file());
        console.error(outcome.error());
      }
    }
  }

  private static void printTotal(List<FileOutcome> outcomes, Console console) {
    ImportCounts total = ImportCounts.NONE;
    int imported = 0;
    int unchanged = 0;
    int failed = 0;
    for (FileOutcome outcome : outcomes) {
      switch (outcome.status()) {
        case IMPORTED -> {
          imported++;
          total = total.plus(outcome.counts());
        }
        case UNCHANGED -> unchanged++;
        case FAILED -> failed++;
      }
    }
    console
        .out()
        .printf(
            "Total: %d files (%d imported, %d unchanged, %d failed); %d events read,"
                + " %d stored, %d duplicates, %d not KMS, %d rejected%n",
            outcomes.size(),
            imported,
            unchanged,
            failed,
            total.eventsRead(),
            total.stored(),
            total.duplicates(),
            total.skipped(),
            total.rejected());
  }
}
