package org.kmslog.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.DateOrder;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;

/** The options that say how to read exports, shared by {@code import} and {@code run}. */
final class ImportOptions {
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

  private static final Option RETRY_FAILED =
      Option.builder()
          .longOpt("retry-failed")
          .desc(
              "read again the files that failed before and have not changed since (without it they"
                  + " are listed as INPUT_REJECTED and not read)")
          .get();

  private static final Option REHASH =
      Option.builder()
          .longOpt("rehash")
          .desc(
              "hash every file to tell whether it was imported, even one whose size and"
                  + " last-modified time are those it had when it was (for files that a tool"
                  + " changes and then gives their old times back)")
          .get();

  private ImportOptions() {}

  static void addTo(Options options) {
    options.addOption(TIMEZONE);
    options.addOption(COMPUTER);
    options.addOption(DATE_ORDER);
    options.addOption(RETRY_FAILED);
    options.addOption(REHASH);
  }

  /** The importer the options ask for, dating its ledger rows by the console's wall clock. */
  static Importer importer(Database database, CommandLine line, String command, Console console)
      throws CliException {
    Importer importer =
        new Importer(
            database, settings(line, command), line.hasOption(RETRY_FAILED), console.wallClock());
    return line.hasOption(REHASH) ? importer.rehashing() : importer;
  }

  /** The files and folders to import: the arguments, at least one. */
  static List<Path> paths(CommandLine line, String command) throws CliException {
    List<Path> paths = line.getArgList().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw CliException.usage(command + ": name at least one file or folder to import");
    }
    return paths;
  }

  /** How to read the files, as the options say. */
  static ReadSettings settings(CommandLine line, String command) throws CliException {
    return new ReadSettings(
        zone(line, command), line.getOptionValue(COMPUTER), dateOrder(line, command));
  }

  private static ZoneId zone(CommandLine line, String command) throws CliException {
    String zone = line.getOptionValue(TIMEZONE);
    if (zone == null) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw CliException.usage(
          command
              + ": --timezone '"
              + zone
              + "' is not a time zone (try Europe/Berlin, UTC, +02:00)");
    }
  }

  private static DateOrder dateOrder(CommandLine line, String command) throws CliException {
    String order = line.getOptionValue(DATE_ORDER);
    if (order == null) {
      return null;
    }
    try {
      return DateOrder.valueOf(order.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(command + ": --date-order '" + order + "' is not DMY, MDY or YMD");
    }
  }
}
