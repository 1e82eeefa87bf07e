package org.kmslog.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How long a test waits for a process it started before calling it hung. This is not a speed limit:
 * the slowest of those processes needs about a minute on a saturated 2-core machine, and tests wait
 * for what they wait for (a process's end, a line it prints), never for a time. It only keeps a
 * hung process from hanging the build, and says where a hung JVM was stuck.
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
        String threads = threadDump(process);
        process.destroyForcibly();
        throw new AssertionError(
            what.get() + " hung: still running after " + LIMIT.toMinutes() + " min" + threads);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a JVM's threads were doing, from jcmd; empty for another program or without jcmd. */
  private static String threadDump(Process process) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return "";
    }
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .start();
      String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return dump.waitFor() == 0 ? "; its threads:\n" + text : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Fails when a wait that began at {@code startNanos} (System.nanoTime) has gone on too long. */
  public static void check(long startNanos, Supplier<String> what) {
    if (System.nanoTime() - startNanos > LIMIT.toNanos()) {
      throw new AssertionError(what.get() + " hung: waited " + LIMIT.toMinutes() + " min");
    }
  }
}
