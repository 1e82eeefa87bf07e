package org.kmslog.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.kmslog.importer.ImportProgress;

/**
 * Shows how far a long import has come on stderr: nothing for its first 2 seconds, then on a
 * terminal one line rewritten in place five times a second, otherwise (a scheduler's log) a plain
 * line at 2 seconds and every 30 seconds after. Time is what the clock it is given says, so a clock
 * that never moves shows nothing.
 */
final class ProgressPrinter {
  /** Nothing is shown for imports shorter than this. */
  private static final long QUIET_START_NANOS = 2_000_000_000L;

  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
  private static final long LOG_EVERY_NANOS = 30_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final long everyNanos;
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private boolean lineOpen;

  /** A printer for a terminal (a line rewritten in place) or for a log (a line now and then). */
  ProgressPrinter(PrintStream err, boolean terminal, LongSupplier clock) {
    this(err, terminal, terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS, clock);
  }

  private ProgressPrinter(PrintStream err, boolean terminal, long everyNanos, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.everyNanos = everyNanos;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastShown = started + QUIET_START_NANOS - everyNanos;
  }

  /** A printer for the console's stderr, in the style its kind of output wants. */
  static ProgressPrinter forStderr(Console console) {
    if (console.quiet()) {
      return quiet(console.err(), console.clock());
    }
    boolean terminal = System.console() != null && console.err() == System.err;
    return new ProgressPrinter(console.err(), terminal, console.clock());
  }

  /** A printer that never shows anything, for --quiet. */
  static ProgressPrinter quiet(PrintStream err, LongSupplier clock) {
    return new ProgressPrinter(err, false, -1, clock);
  }

  /** Shows the progress if it is time to (never when quiet: an interval below zero). */
  void show(ImportProgress progress) {
    if (everyNanos < 0) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastShown < everyNanos) {
      return;
    }
    lastShown = now;
    String text = describe(progress);
    if (terminal) {
      err.print("\r" + text + "\u001b[K");
      lineOpen = true;
    } else {
      err.println("kmslog: progress: " + text);
    }
    err.flush();
  }

  /** Ends a rewritten line, so that what follows starts on a line of its own. */
  void clear() {
    if (lineOpen) {
      err.print("\r\u001b[K");
      err.flush();
      lineOpen = false;
    }
  }

  static String describe(ImportProgress p) {
    return String.format(
        Locale.ROOT,
        "%d/%d files, %s of %s, %,d events, %,d events/s",
        p.filesDone(),
        p.files(),
        size(p.bytesDone()),
        size(p.bytes()),
        p.events(),
        p.eventsPerSecond());
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
