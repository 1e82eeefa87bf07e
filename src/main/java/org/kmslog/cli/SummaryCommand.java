package org.kmslog.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.kmslog.report.TextTable;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;
import org.kmslog.store.StoredEvents;
import org.kmslog.store.StoredEvents.ComputerEvents;
import org.kmslog.store.StoredEvents.Totals;

/** {@code kmslog summary}: what the database holds, per computer and event ID. */
final class SummaryCommand extends Command {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  String name() {
    return "summary";
  }

  @Override
  String summary() {
    return "show what the database holds: events per computer and event ID";
  }

  @Override
  String arguments() {
    return "";
  }

  @Override
  void addOptions(Options options) {
    // Only the shared options.
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    try (Database database = openDatabase(line, false, console)) {
      StoredEvents stored = new StoredEvents(database);
      Totals totals = stored.totals();
      console
          .out()
          .printf(
              "Database %s: %d files imported, %d failed, %d KMS events stored.%n%n",
              database.location(), totals.filesImported(), totals.filesFailed(), totals.events());
      TextTable table =
          new TextTable("Computer", "Event>", "Kind", "Events>", "First (UTC)", "Last (UTC)");
      for (ComputerEvents row : stored.byComputer()) {
        table.add(
            row.computer(),
            row.eventId(),
            row.kind(),
            row.events(),
            format(row.firstUtc()),
            format(row.lastUtc()));
      }
      console.out().print(table.render());
    }
    return ExitStatus.OK;
  }

  private static String format(LocalDateTime time) {
    return time == null ? "" : TIME.format(time);
  }
}
