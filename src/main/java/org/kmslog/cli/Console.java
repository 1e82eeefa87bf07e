package org.kmslog.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.LongSupplier;
import org.kmslog.report.SafeText;

/**
 * Where a command writes: results to out, problems to err.
 *
 * @param out standard output
 * @param err standard error
 * @param verbose whether to print stack traces with errors
 * @param quiet whether to keep stdout for results only (schedulers): problems still go to err
 * @param clock the clock in nanoseconds that times progress reports (see {@link ProgressPrinter})
 * @param wallClock the time of day of the run: the ledger's import times, and what a host's newest
 *     event is compared with to tell whether its exports stopped arriving
 */
record Console(
    PrintStream out,
    PrintStream err,
    boolean verbose,
    boolean quiet,
    LongSupplier clock,
    Clock wallClock) {

  /**
   * Prints one problem line on stderr, prefixed with the program name; what it quotes from logs and
   * file names cannot drive the terminal (see {@link SafeText}).
   */
  void error(String message) {
    err.println("kmslog: " + SafeText.line(message));
  }

  /** Prints a warning line on stderr, made safe like {@link #error}. */
  void warn(String message) {
    err.println("kmslog: warning: " + SafeText.line(message));
  }
}
