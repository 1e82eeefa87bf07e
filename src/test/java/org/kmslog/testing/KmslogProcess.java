package org.kmslog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs kmslog in a JVM of its own, as an admin or a scheduler would: with a bounded heap, and the
 * option to pause it or kill it part-way. It runs {@link KmslogUnderTest}, so it never prints
 * progress lines. Tests wait for what it does (its end, a line it prints), never for a time; only
 * {@link HangGuard} ends a wait for one that hangs.
 */
public final class KmslogProcess {
  private final Process process;
  private final List<String> args;
  private final Path out;
  private final Path err;

  private KmslogProcess(Process process, List<String> args, Path out, Path err) {
    this.process = process;
    this.args = args;
    this.out = out;
    this.err = err;
  }

  /** Starts kmslog with these JVM options (such as -Xmx64m) and arguments. */
  public static KmslogProcess start(Path workDir, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(KmslogUnderTest.class.getName());
    command.addAll(List.of(args));
    try {
      Files.createDirectories(workDir);
      Path out = Files.createTempFile(workDir, "out", ".txt");
      Path err = Files.createTempFile(workDir, "err", ".txt");
      Process process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new KmslogProcess(process, List.of(args), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for it to end and returns its exit status. */
  public int waitFor() {
    return HangGuard.waitFor(process, () -> this + " (stderr: '" + err() + "')");
  }

  /** Waits until it has printed this text on stdout; fails when it ends without. */
  public void awaitOut(String text) {
    await(out, text, "stdout");
  }

  /** Waits until it has printed this text on stderr; fails when it ends without. */
  public void awaitErr(String text) {
    await(err, text, "stderr");
  }

  private void await(Path stream, String text, String name) {
    long start = System.nanoTime();
    while (!read(stream).contains(text)) {
      if (!process.isAlive() && !read(stream).contains(text)) {
        throw new AssertionError(
            this
                + " ended with status "
                + process.exitValue()
                + " without printing '"
                + text
                + "' on "
                + name
                + "; stdout: "
                + out()
                + "stderr: "
                + err());
      }
      HangGuard.check(start, () -> "waiting for '" + text + "' on the " + name + " of " + this);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Stops it where it is (SIGSTOP), as an overloaded machine might, keeping all it holds (the
   * database's lock) until {@link #resume}. Needs a POSIX system; the test is skipped elsewhere.
   */
  public void pause() {
    signal("STOP");
  }

  /** Lets it go on after {@link #pause} (SIGCONT). */
  public void resume() {
    signal("CONT");
  }

  private void signal(String name) {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to pause a process");
    try {
      Process kill =
          new ProcessBuilder("/bin/sh", "-c", "kill -" + name + " " + process.pid())
              .redirectErrorStream(true)
              .start();
      String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (HangGuard.waitFor(kill, () -> "kill -" + name) != 0) {
        throw new IllegalStateException("kill -" + name + " " + process.pid() + ": " + said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the file to its standard input through the pipe, then closes the pipe. */
  public void pipeIn(Path file) {
    try (var in = process.getOutputStream()) {
      Files.copy(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills it at once, as a power cut or a scheduler's kill would. */
  public void kill() {
    process.destroyForcibly();
    HangGuard.waitFor(process, () -> "killed " + this);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** What it printed on stdout so far. */
  public String out() {
    return read(out);
  }

  /** What it printed on stderr so far. */
  public String err() {
    return read(err);
  }

  @Override
  public String toString() {
    return "kmslog " + String.join(" ", args);
  }

  /**
   * A file it may be writing: a character cut in half at the end reads as U+FFFD, not a failure.
   */
  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
