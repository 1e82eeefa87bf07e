package org.kmslog.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.analyze.AnalysisReader;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;
import org.kmslog.kms.MachineKey;
import org.kmslog.report.ClientsCsv;
import org.kmslog.report.ClientsText;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/**
 * {@code kmslog clients}: per client machine and product, whether it is activated and until when,
 * as the newest analysis stored it.
 */
final class ClientsCommand extends Command {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private static final List<String> STATUSES =
      List.of("active", "expiring", "failing", "never", "all");

  private static final Option STATUS =
      Option.builder()
          .longOpt("status")
          .hasArg()
          .argName("STATUS")
          .desc(
              "only the clients with this status: active (activated, more than 30 days left),"
                  + " expiring (activated, 30 days or fewer left), failing (not activated any"
                  + " more, or its requests fail since its last activation), never (never seen"
                  + " activated), or all (the default)")
          .get();
  private static final Option FORMAT =
      Option.builder()
          .longOpt("format")
          .hasArg()
          .argName("FORMAT")
          .desc("text (the default) or csv (the columns of the reports' clients.csv)")
          .get();

  @Override
  String name() {
    return "clients";
  }

  @Override
  String summary() {
    return "show whether each client is activated and until when; exit 1 when one shown is not";
  }

  @Override
  String arguments() {
    return "[NAME...]";
  }

  @Override
  void addOptions(Options options) {
    options.addOption(STATUS);
    options.addOption(FORMAT);
    options.addOption(CsvDelimiter.OPTION);
  }

  @Override
  int run(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException {
    String status = line.getOptionValue(STATUS, "all").toLowerCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw CliException.usage(
          "clients: --status '"
              + line.getOptionValue(STATUS)
              + "' is not active, expiring, failing, never or all");
    }
    String format = line.getOptionValue(FORMAT, "text").toLowerCase(Locale.ROOT);
    if (!format.equals("text") && !format.equals("csv")) {
      throw CliException.usage(
          "clients: --format '" + line.getOptionValue(FORMAT) + "' is not text or csv");
    }
    if (CsvDelimiter.given(line) && !format.equals("csv")) {
      throw CliException.usage("clients: --csv-delimiter is for --format csv");
    }
    char delimiter = CsvDelimiter.of(line, name());
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
    Set<String> unknown = new LinkedHashSet<>();
    List<ClientActivation> named = named(run.clients(), line.getArgList(), unknown);
    List<ClientActivation> shown =
        named.stream().filter(c -> status.equals("all") || c.status().equals(status)).toList();
    print(run, shown, status, format, delimiter, console);
    for (String name : unknown) {
      console.error(
          "clients: no client named '"
              + name
              + "' in analysis #"
              + run.id()
              + " (names are compared without case and domain; kmslog clients lists them all)");
    }
    if (!unknown.isEmpty()) {
      return ExitStatus.BAD_INPUT;
    }
    boolean notActivated =
        shown.stream().anyMatch(c -> c.status().equals("failing") || c.status().equals("never"));
    return notActivated ? ExitStatus.FINDINGS : ExitStatus.OK;
  }

  /** The clients these names give (all when none is given); names that match none go to unknown. */
  private static List<ClientActivation> named(
      List<ClientActivation> clients, List<String> names, Set<String> unknown) {
    if (names.isEmpty()) {
      return clients;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String name : names) {
      String key = MachineKey.of(name);
      if (key == null || clients.stream().noneMatch(c -> c.clientKey().equals(key))) {
        unknown.add(name);
      } else {
        keys.add(key);
      }
    }
    List<ClientActivation> chosen = new ArrayList<>();
    for (ClientActivation c : clients) {
      if (keys.contains(c.clientKey())) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  private static void print(
      AnalysisRun run,
      List<ClientActivation> shown,
      String status,
      String format,
      char delimiter,
      Console console) {
    StringBuilder text = new StringBuilder();
    try {
      if (format.equals("csv")) {
        ClientsCsv.write(shown, text, delimiter);
        console.out().writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        console.out().flush();
        return;
      }
      text.append(String.format("Analysis #%d as of %s: ", run.id(), TIME.format(run.asOf())));
      if (shown.isEmpty()) {
        text.append(
            status.equals("all")
                ? "no client.\n"
                : "no client is " + (status.equals("never") ? "never activated" : status) + ".\n");
      } else {
        text.append(ClientsText.counts(shown)).append(".\n\n");
        ClientsText.write(run, shown, true, text);
      }
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    console.out().print(text);
    console.out().flush();
  }
}
