package org.kmslog.testing;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;
import org.kmslog.cli.Kmslog;

/**
 * kmslog as the tests run it, in-process or (through {@link #main}) in a JVM of its own: exactly
 * the command line users get, except that its progress clock never moves. So no import shows a
 * progress line however slow or busy the machine, and a test can compare all of stderr. Its wall
 * clock stands still too, at {@link #WALL_TIME}, before every fixture's events: what depends on the
 * time of day (the ledger's import times) is the same on every run, and no host's exports look
 * stale (EXPORTS_STALE) unless a test sets the clock after them with {@link #at}.
 */
public final class KmslogUnderTest {
  /** A nanosecond clock that stays at zero: progress waits for 2 s that never pass. */
  public static final LongSupplier STOPPED_CLOCK = () -> 0L;

  /**
   * The time of day the tests' kmslog runs at unless a test says otherwise: before the events of
   * every fixture and sample, so that exports are never found to have stopped arriving.
   */
  public static final Instant WALL_TIME = Instant.parse("2000-01-01T00:00:00Z");

  /** A wall clock that stays at {@link #WALL_TIME}. */
  public static final Clock WALL_CLOCK = at(WALL_TIME);

  private KmslogUnderTest() {}

  /** A wall clock that stays at this time. */
  public static Clock at(Instant time) {
    return Clock.fixed(time, ZoneOffset.UTC);
  }

  /** The command line writing to these streams, with the stopped clocks. */
  public static Kmslog create(PrintStream out, PrintStream err) {
    return create(out, err, WALL_CLOCK);
  }

  /**
   * The command line writing to these streams, with the stopped progress clock and this wall clock.
   */
  public static Kmslog create(PrintStream out, PrintStream err, Clock wallClock) {
    return new Kmslog(out, err, STOPPED_CLOCK, wallClock);
  }

  /** As {@link org.kmslog.cli.Main}, with the stopped clock. */
  public static void main(String[] args) {
    System.exit(create(System.out, System.err).execute(args));
  }
}
