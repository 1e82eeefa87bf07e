package org.kmslog.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A small file beside an H2 database that says a kmslog has it open: written once kmslog holds the
 * database, removed when it closes it. Found at open, it means the kmslog before was stopped
 * (killed, a power cut, a scheduler's timeout) while it had the database open. Its name ends in
 * {@code .lock.db}, which folder imports skip like H2's own files.
 */
final class OpenMarker {
  /** Tells this JVM's markers from another's: a process id can recur (in a container, say). */
  private static final String RUN = java.util.UUID.randomUUID().toString();

  private final Path path;

  private OpenMarker(Path path) {
    this.path = path;
  }

  /** The marker of the database whose file is {@code databaseFile} ({@code NAME.mv.db}). */
  static OpenMarker of(Path databaseFile) {
    return new OpenMarker(Database.beside(databaseFile, ".kmslog-open.lock.db"));
  }

  /**
   * What a marker another kmslog left behind says (which process opened the database, and when), or
   * null when there is none, or when it is this JVM's own (it has the database open already).
   */
  String leftBehind() {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    }
    if (text.endsWith(RUN)) {
      return null;
    }
    int run = text.indexOf(" (run ");
    String said = run < 0 ? text : text.substring(0, run);
    return said.isEmpty() ? "a kmslog" : said;
  }

  /** Writes the marker; a database in a folder kmslog cannot write to goes without one. */
  void set() {
    String text =
        "kmslog process "
            + ProcessHandle.current().pid()
            + ", which opened it at "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + " (run "
            + RUN;
    try {
      Files.writeString(path, text + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A read-only location: kmslog cannot write to the database there either.
    }
  }

  void clear() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left behind, it costs the next open a needless rebuild, nothing else.
    }
  }
}
