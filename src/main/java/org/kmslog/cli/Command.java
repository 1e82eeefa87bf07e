package org.kmslog.cli;

import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** One subcommand, with the options every command shares. */
abstract class Command {
  static final String DEFAULT_DATABASE = "./kmslog";
  static final int DEFAULT_LOCK_WAIT_SECONDS = 60;

  private static final Option DB =
      Option.builder()
          .longOpt("db")
          .hasArg()
          .argName("PATH")
          .desc(
              "the database: a path as in jdbc:h2:PATH (the file is PATH.mv.db) or a JDBC URL;"
                  + " default "
                  + DEFAULT_DATABASE)
          .get();
  private static final Option DB_USER =
      Option.builder()
          .longOpt("db-user")
          .hasArg()
          .argName("USER")
          .desc(
              "the user on a PostgreSQL server (--db jdbc:postgresql://...); default PGUSER. The"
                  + " password comes from KMSLOG_DB_PASSWORD, PGPASSWORD or ~/.pgpass")
          .get();
  private static final Option LOCK_WAIT =
      Option.builder()
          .longOpt("lock-wait")
          .hasArg()
          .argName("SECONDS")
          .desc(
              "how long to wait while another kmslog has the database open; default "
                  + DEFAULT_LOCK_WAIT_SECONDS)
          .get();

  /** For commands a scheduler runs: stdout stays empty, problems still go to stderr. */
  static final Option QUIET =
      Option.builder()
          .longOpt("quiet")
          .desc("print nothing but problems (on stderr), for schedulers")
          .get();

  private static final Option HELP =
      Option.builder("h").longOpt("help").desc("show this help").get();
  private static final Option VERBOSE =
      Option.builder()
          .longOpt("verbose")
          .desc("print stack traces with errors, and the time each analyzer took")
          .get();

  /** The word that selects the command. */
  abstract String name();

  /** One line saying what it does. */
  abstract String summary();

  /** The arguments after the options, for the usage line (such as "PATH..."). */
  abstract String arguments();

  /** Adds the command's own options. */
  abstract void addOptions(Options options);

  /** Whether the command works on the database (and so takes --db). */
  boolean usesDatabase() {
    return true;
  }

  /**
   * Runs the command.
   *
   * @return the exit status
   */
  abstract int run(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException;

  /**
   * Runs the command after refusing arguments it does not take: a stray word (a path pasted into
   * {@code analyze}, a date after {@code prune --before} without its option) would otherwise be
   * ignored without a word.
   *
   * @return the exit status
   */
  final int execute(CommandLine line, Console console)
      throws CliException, StoreException, AnalysisException {
    if (arguments().isEmpty() && !line.getArgList().isEmpty()) {
      throw CliException.usage(
          name() + ": takes no arguments, got '" + line.getArgList().get(0) + "'");
    }
    return run(line, console);
  }

  /** All options of the command, shared ones included. */
  final Options options() {
    Options options = new Options();
    addOptions(options);
    if (usesDatabase()) {
      options.addOption(DB);
      options.addOption(DB_USER);
      options.addOption(LOCK_WAIT);
    }
    options.addOption(VERBOSE);
    options.addOption(HELP);
    return options;
  }

  /** Opens the database the user chose, waiting for another process's lock as long as it says. */
  static Database openDatabase(CommandLine line, boolean create, Console console)
      throws StoreException, CliException {
    String wait = line.getOptionValue(LOCK_WAIT, String.valueOf(DEFAULT_LOCK_WAIT_SECONDS));
    Duration lockWait;
    try {
      lockWait = Duration.ofSeconds(Long.parseLong(wait));
      if (lockWait.isNegative()) {
        throw new NumberFormatException(wait);
      }
    } catch (NumberFormatException e) {
      throw CliException.usage("--lock-wait '" + wait + "' is not a number of seconds");
    }
    return Database.open(
        line.getOptionValue(DB, DEFAULT_DATABASE),
        line.getOptionValue(DB_USER),
        create,
        lockWait,
        console::warn);
  }
}
