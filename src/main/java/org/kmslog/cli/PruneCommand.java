package org.kmslog.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.store.Database;
import org.kmslog.store.EventPruner;
import org.kmslog.store.EventTable;
import org.kmslog.store.StoreException;

/** {@code kmslog prune}: deletes events logged before a date, for databases kept for years. */
final class PruneCommand extends Command {
  private static final Option BEFORE =
      Option.builder()
          .longOpt("before")
          .hasArg()
          .argName("DATE")
          .desc("delete events logged before this UTC date, such as 2026-01-01 (required)")
          .get();
  private static final Option DRY_RUN =
      Option.builder().longOpt("dry-run").desc("only count what would be deleted").get();

  @Override
  String name() {
    return "prune";
  }

  @Override
  String summary() {
    return "delete events logged before a date; imported files are still recognised";
  }

  @Override
  String arguments() {
    return "";
  }

  @Override
  void addOptions(Options options) {
    options.addOption(BEFORE);
    options.addOption(DRY_RUN);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    String text = line.getOptionValue(BEFORE);
    if (text == null) {
      throw CliException.usage("prune: say which events to delete with --before DATE");
    }
    Instant before;
    try {
      before = LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw CliException.usage("prune: --before '" + text + "' is not a date such as 2026-01-01");
    }
    boolean dryRun = line.hasOption(DRY_RUN);
    Map<EventTable, Long> counts;
    try (Database database = openDatabase(line, false, console)) {
      EventPruner pruner = new EventPruner(database);
      counts = dryRun ? pruner.count(before) : pruner.delete(before);
      if (!dryRun) {
        database.closeCompacting(ImportCommand.COMPACT_FROM_BYTES);
      }
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    console
        .out()
        .printf(
            "%s %d events logged before %s UTC (client requests %d, client responses %d, host"
                + " requests %d, DNS publishing %d).%n",
            dryRun ? "Would delete" : "Deleted",
            total,
            text,
            counts.get(EventTable.CLIENT_REQUEST),
            counts.get(EventTable.CLIENT_RESPONSE),
            counts.get(EventTable.HOST_REQUEST),
            counts.get(EventTable.DNS_PUBLISH));
    return ExitStatus.OK;
  }
}
