package org.kmslog.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How long a test waits for a process it started before calling it hung. This is not a speed limit:
 * each of those processes needs seconds even on a saturated machine, and tests wait for what they
 * wait for (a process's end, a line it prints), never for a time. It only keeps a hung process from
 * hanging the build.
 */
public final class HangGuard {
  /** Far beyond any run the tests make, on any machine. */
  public static final Duration LIMIT = Duration.ofMinutes(10);

  private HangGuard() {}

  /**
   * Waits for the process to end and returns its exit status; kills it and fails when it is still
   * running after {@link #LIMIT}.
   */
  public static int waitFor(Process process, Supplier<String> what) {
    try {
      if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            what.get() + " hung: still running after " + LIMIT.toMinutes() + " min");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fails when a wait that began at {@code startNanos} (System.nanoTime) has gone on too long. */
  public static void check(long startNanos, Supplier<String> what) {
    if (System.nanoTime() - startNanos > LIMIT.toNanos()) {
      throw new AssertionError(what.get() + " hung: waited " + LIMIT.toMinutes() + " min");
    }
  }
}
