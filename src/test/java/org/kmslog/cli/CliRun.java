package org.kmslog.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.kmslog.testing.KmslogUnderTest;

/** Runs the whole CLI in-process and keeps what it printed. */
record CliRun(int status, String out, String err) {

  /** Runs with a progress clock that never moves (see {@link KmslogUnderTest}). */
  static CliRun of(String... args) {
    return timedBy(KmslogUnderTest.STOPPED_CLOCK, args);
  }

  /** Runs with the stopped progress clock and a wall clock that stays at this time. */
  static CliRun at(Instant wallTime, String... args) {
    return timedBy(KmslogUnderTest.STOPPED_CLOCK, KmslogUnderTest.at(wallTime), args);
  }

  /** Runs with this progress clock, in nanoseconds. */
  static CliRun timedBy(LongSupplier clock, String... args) {
    return timedBy(clock, KmslogUnderTest.WALL_CLOCK, args);
  }

  /** Runs with this progress clock, in nanoseconds, and this wall clock. */
  static CliRun timedBy(LongSupplier clock, Clock wallClock, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Kmslog(o, e, clock, wallClock).execute(args);
    }
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
