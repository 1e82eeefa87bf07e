package org.kmslog.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** One subcommand, with the options every command shares. */
abstract class Command {
  static final String DEFAULT_DATABASE = "./kmslog";

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
  private static final Option HELP =
      Option.builder("h").longOpt("help").desc("show this help").get();
  private static final Option VERBOSE =
      Option.builder().longOpt("verbose").desc("print stack traces with errors").get();

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
  abstract int run(CommandLine line, Console console) throws CliException, StoreException;

  /** All options of the command, shared ones included. */
  final Options options() {
    Options options = new Options();
    addOptions(options);
    if (usesDatabase()) {
      options.addOption(DB);
    }
    options.addOption(VERBOSE);
    options.addOption(HELP);
    return options;
  }

  /** Opens the database the user chose. */
  static Database openDatabase(CommandLine line, boolean create) throws StoreException {
    return Database.open(line.getOptionValue(DB, DEFAULT_DATABASE), create);
  }
}
