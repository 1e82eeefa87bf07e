package org.kmslog.testing;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.kmslog.cli.Kmslog;

/**
 * kmslog as the tests run it, in-process or (through {@link #main}) in a JVM of its own: exactly
 * the command line users get, except that its progress clock never moves. So no import shows a
 * progress line however slow or busy the machine, and a test can compare all of stderr.
 */
public final class KmslogUnderTest {
  /** A nanosecond clock that stays at zero: progress waits for 2 s that never pass. */
  public static final LongSupplier STOPPED_CLOCK = () -> 0L;

  private KmslogUnderTest() {}

  /** The command line writing to these streams, with the stopped clock. */
  public static Kmslog create(PrintStream out, PrintStream err) {
    return new Kmslog(out, err, STOPPED_CLOCK);
  }

  /** As {@link org.kmslog.cli.Main}, with the stopped clock. */
  public static void main(String[] args) {
    System.exit(create(System.out, System.err).execute(args));
  }
}
