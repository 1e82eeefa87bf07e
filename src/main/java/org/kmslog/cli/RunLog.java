package org.kmslog.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.Option;
import org.kmslog.store.Passwords;

/**
 * The {@code --log FILE} of run, import and analyze: each run appends one block to the file, with
 * its start (UTC), its command line, everything it printed on stdout and stderr, its exit status
 * and its end. A file past {@link #ROTATE_BYTES} is first renamed to FILE.1, replacing the one
 * before, so the log stays bounded. A log that cannot be written never costs the run its output or
 * its exit status: that is said on stderr and the run goes on.
 */
final class RunLog {
  /** A log larger than this (5 MB) is rotated before the next block is written. */
  static final long ROTATE_BYTES = 5L * 1024 * 1024;

  static final Option OPTION =
      Option.builder()
          .longOpt("log")
          .hasArg()
          .argName("FILE")
          .desc(
              "append what this run prints to FILE, with its command line, start, end and exit"
                  + " status, for schedulers that keep no output; past 5 MB it moves to FILE.1")
          .get();

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final String name;
  private final PrintStream err;
  private final FailureRecorder file;
  private final PrintStream log;
  private final PrintStream teeOut;
  private final PrintStream teeErr;

  /**
   * A log that copies what is printed to {@code file}; or, when {@code file} is null, one that only
   * passes it on.
   */
  RunLog(String name, PrintStream out, PrintStream err, OutputStream file) {
    this.name = name;
    this.err = err;
    if (file == null) {
      this.file = null;
      this.log = null;
      this.teeOut = out;
      this.teeErr = err;
    } else {
      this.file = new FailureRecorder(file);
      this.log = new PrintStream(this.file, true, StandardCharsets.UTF_8);
      this.teeOut = new TeePrintStream(out, log, log);
      this.teeErr = new TeePrintStream(err, log, log);
    }
  }

  /**
   * Starts the log a command line asks for (none when {@code path} is null): rotates the file if it
   * is too large, opens it for appending and writes the block's first line. When any of that fails,
   * says so on {@code err} and returns a log that writes nowhere.
   */
  static RunLog start(
      String path, String command, List<String> args, PrintStream out, PrintStream err) {
    if (path == null) {
      return new RunLog(null, out, err, null);
    }
    OutputStream file;
    try {
      file = open(Path.of(path), err);
    } catch (IOException | InvalidPathException e) {
      err.println(
          "kmslog: warning: cannot write the log "
              + path
              + ": "
              + reason(e)
              + "; this run is not logged");
      return new RunLog(null, out, err, null);
    }
    return new RunLog(path, out, err, file).begin(command, args);
  }

  /** Writes the block's first line: when the run started, and its command line. */
  RunLog begin(String command, List<String> args) {
    if (log != null) {
      log.println("=== " + TIME.format(Instant.now()) + " started: " + commandLine(command, args));
    }
    return this;
  }

  private static OutputStream open(Path file, PrintStream err) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
      Path older = file.resolveSibling(file.getFileName() + ".1");
      try {
        Files.move(file, older, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        // Better a log that grows than a run that is not logged.
        err.println(
            "kmslog: warning: cannot move the log "
                + file
                + " to "
                + older
                + ": "
                + reason(e)
                + "; appending to it instead");
      }
    }
    return Files.newOutputStream(
        file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
  }

  /** Where the command prints its results: stdout, and the log. */
  PrintStream out() {
    return teeOut;
  }

  /** Where the command prints its problems: stderr, and the log. */
  PrintStream err() {
    return teeErr;
  }

  /**
   * Ends the block with the exit status and the time, and closes the file; says on stderr if any of
   * the block could not be written.
   *
   * @return the exit status, unchanged
   */
  int finish(int status) {
    if (log == null) {
      return status;
    }
    log.println(
        "=== "
            + TIME.format(Instant.now())
            + " ended: exit status "
            + status
            + " ("
            + meaning(status)
            + ")");
    log.println();
    log.close();
    if (file.failure != null) {
      err.println(
          "kmslog: warning: cannot write the log "
              + name
              + ": "
              + reason(file.failure)
              + "; what this run printed is not all in it");
    }
    return status;
  }

  private static String meaning(int status) {
    return switch (status) {
      case ExitStatus.OK -> "nothing needs attention";
      case ExitStatus.FINDINGS -> "findings need attention";
      default -> "bad usage, unreadable input or a database it could not use";
    };
  }

  /** The command line, each argument with spaces or quotes in double quotes. */
  static String commandLine(String command, List<String> args) {
    return "kmslog "
        + command
        + args.stream().map(a -> " " + quoted(Passwords.hidden(a))).collect(Collectors.joining());
  }

  private static String quoted(String arg) {
    if (!arg.isEmpty() && arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"')) {
      return arg;
    }
    return "\"" + arg.replace("\"", "\\\"") + "\"";
  }

  private static String reason(Exception e) {
    return e instanceof IOException io ? ReportOutput.reason(io) : e.getMessage();
  }

  /**
   * Passes bytes on to the file until it fails once, then keeps the failure and drops the rest: a
   * full disk must not stop the run, nor make it print the same complaint for every line.
   */
  private static final class FailureRecorder extends OutputStream {
    private final OutputStream file;
    private IOException failure;

    FailureRecorder(OutputStream file) {
      this.file = file;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (failure != null) {
        return;
      }
      try {
        file.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void flush() {
      if (failure != null) {
        return;
      }
      try {
        file.flush();
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void close() {
      try {
        file.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
    }
  }
}
