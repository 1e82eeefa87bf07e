package org.kmslog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.ParseException;
import org.kmslog.analyze.AnalysisException;
import org.kmslog.store.StoreException;

/** The kmslog command line: picks the subcommand, parses its options and maps errors to exits. */
public final class Kmslog {
  private final PrintStream out;
  private final PrintStream err;
  private final LongSupplier clock;
  private final Clock wallClock;
  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** A command line that writes to these streams. */
  public Kmslog(PrintStream out, PrintStream err) {
    this(out, err, System::nanoTime);
  }

  /**
   * A command line whose progress reports are timed by this clock, in nanoseconds like {@link
   * System#nanoTime()}: tests give one that never moves, so that no import shows progress however
   * slow the machine.
   */
  public Kmslog(PrintStream out, PrintStream err, LongSupplier clock) {
    this(out, err, clock, Clock.systemUTC());
  }

  /**
   * A command line timed by these clocks: {@code clock} for progress reports, {@code wallClock} for
   * the time of day of a run (when files were imported, and what the newest event of each host is
   * compared with to tell whether its exports stopped arriving), which tests set.
   */
  public Kmslog(PrintStream out, PrintStream err, LongSupplier clock, Clock wallClock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.wallClock = wallClock;
    for (Command command :
        List.of(
            new ImportCommand(),
            new AnalyzeCommand(),
            new ReportCommand(),
            new RunCommand(),
            new SummaryCommand(),
            new EventsCommand(),
            new ClientsCommand(),
            new ExplainCommand(),
            new PruneCommand())) {
      commands.put(command.name(), command);
    }
  }

  /**
   * Runs kmslog with these arguments and returns the exit status; only {@link Main} exits.
   *
   * @return 0 when clean, 1 when findings of severity error exist, 2 for bad usage or input
   */
  public int execute(String... args) {
    if (args.length == 0) {
      printUsage(err);
      return ExitStatus.BAD_INPUT;
    }
    String first = args[0];
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      printUsage(out);
      return ExitStatus.OK;
    }
    if (first.equals("--version")) {
      out.println("kmslog " + version());
      return ExitStatus.OK;
    }
    Command command = commands.get(first);
    if (command == null) {
      err.println("kmslog: unknown command '" + first + "'; run 'kmslog --help' for the commands");
      return ExitStatus.BAD_INPUT;
    }
    return execute(command, Arrays.copyOfRange(args, 1, args.length));
  }

  private int execute(Command command, String[] args) {
    CommandLine line;
    try {
      line = new CommandParser().parse(command.options(), args);
    } catch (ParseException e) {
      err.println(
          "kmslog "
              + command.name()
              + ": "
              + e.getMessage()
              + "; run 'kmslog "
              + command.name()
              + " --help'");
      return ExitStatus.BAD_INPUT;
    }
    if (line.hasOption("help")) {
      CommandHelp.print(command, out);
      return ExitStatus.OK;
    }
    RunLog log =
        RunLog.start(line.getOptionValue(RunLog.OPTION), command.name(), List.of(args), out, err);
    Console console =
        new Console(
            log.out(),
            log.err(),
            line.hasOption("verbose"),
            line.hasOption("quiet"),
            clock,
            wallClock);
    int status;
    try {
      status = command.execute(line, console);
    } catch (CliException e) {
      report(console, e.getMessage(), e);
      status = e.status();
    } catch (StoreException | AnalysisException e) {
      // The database could not be used or analyzed: the message names it and says why.
      report(console, e.getMessage(), e);
      status = ExitStatus.BAD_INPUT;
    } catch (RuntimeException e) {
      report(console, "internal error: " + e + " (run with --verbose for details)", e);
      status = ExitStatus.BAD_INPUT;
    }
    return log.finish(status);
  }

  private void report(Console console, String message, Throwable e) {
    console.error(message);
    if (console.verbose()) {
      e.printStackTrace(console.err());
    }
  }

  private void printUsage(PrintStream stream) {
    stream.println(
        "kmslog " + version() + ": audits Windows KMS activation from exported event logs");
    stream.println();
    stream.println("Usage: kmslog COMMAND [OPTIONS] [ARGS]");
    stream.println();
    stream.println("Commands:");
    for (Command command : commands.values()) {
      stream.printf("  %-10s %s%n", command.name(), command.summary());
    }
    stream.println();
    stream.println("Run 'kmslog COMMAND --help' for a command's options. Exit status: 0 clean,");
    stream.println("1 findings of severity error, 2 bad usage or input that could not be read.");
  }

  /** The version this jar was built as. */
  static String version() {
    try (InputStream in = Kmslog.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
