package org.kmslog.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.store.Database;
import org.kmslog.store.EventPruner;
import org.kmslog.store.EventTable;
import org.kmslog.store.StoreException;
import org.kmslog.store.StoredEvents;

/** {@code kmslog prune}: deletes events logged before a date, for databases kept for years. */
final class PruneCommand extends Command {
  /**
   * Events of this many days before the newest can still change the findings (an activation is
   * valid for 180 days), so prune keeps them unless told otherwise.
   */
  static final int KEPT_DAYS = 180;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private static final Option BEFORE =
      Option.builder()
          .longOpt("before")
          .hasArg()
          .argName("DATE")
          .desc("delete events logged before this UTC date, such as 2026-01-01 (required)")
          .get();
  private static final Option DRY_RUN =
      Option.builder().longOpt("dry-run").desc("only count what would be deleted").get();
  private static final Option FORCE =
      Option.builder()
          .longOpt("force")
          .desc(
              "delete also events of the "
                  + KEPT_DAYS
                  + " days before the newest event, which can still change the findings")
          .get();

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
    options.addOption(FORCE);
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
    try (Database database = openDatabase(line, false, console)) {
      EventPruner pruner = new EventPruner(database);
      Map<EventTable, Long> counts = pruner.count(before);
      Optional<String> refusal =
          line.hasOption(FORCE) ? Optional.empty() : refusal(database, pruner, counts);
      if (dryRun || refusal.isPresent()) {
        print(console, "Would delete", text, counts);
        if (refusal.isPresent()) {
          throw CliException.usage(refusal.get());
        }
        return ExitStatus.OK;
      }
      counts = pruner.delete(before);
      database.closeCompacting(ImportCommand.COMPACT_FROM_BYTES);
      print(console, "Deleted", text, counts);
    }
    return ExitStatus.OK;
  }

  /**
   * Why prune refuses to delete these events without --force: some were logged in the kept days
   * before the newest event. Empty when none were.
   */
  private static Optional<String> refusal(
      Database database, EventPruner pruner, Map<EventTable, Long> counts) throws StoreException {
    Optional<LocalDateTime> newest =
        new StoredEvents(database)
            .byComputer().stream()
                .map(StoredEvents.ComputerEvents::lastUtc)
                .max(LocalDateTime::compareTo);
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime keptFrom = newest.get().minusDays(KEPT_DAYS);
    long kept = total(counts) - total(pruner.count(keptFrom.toInstant(ZoneOffset.UTC)));
    if (kept <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "prune: refused: %d of them %s logged in the %d days before the newest event (%s)"
                + " and can still change the findings; use --before %s or earlier, or add --force"
                + " to delete them anyway",
            kept,
            kept == 1 ? "was" : "were",
            KEPT_DAYS,
            TIME.format(newest.get()),
            keptFrom.toLocalDate()));
  }

  private static long total(Map<EventTable, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void print(
      Console console, String what, String date, Map<EventTable, Long> counts) {
    console
        .out()
        .printf(
            "%s %d events logged before %s UTC (client requests %d, client responses %d, host"
                + " requests %d, DNS publishing %d).%n",
            what,
            total(counts),
            date,
            counts.get(EventTable.CLIENT_REQUEST),
            counts.get(EventTable.CLIENT_RESPONSE),
            counts.get(EventTable.HOST_REQUEST),
            counts.get(EventTable.DNS_PUBLISH));
  }
}
