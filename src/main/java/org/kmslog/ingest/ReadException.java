package org.kmslog.ingest;

import java.nio.file.Path;

/**
 * An input file, or one event in it, could not be read; the message names the file and the place.
 */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String location;
  private final String reason;
  private final boolean eventOnly;

  private ReadException(
      Path file, String location, String reason, boolean eventOnly, Throwable cause) {
    super(format(file, location, reason), cause);
    this.file = file;
    this.location = location;
    this.reason = reason;
    this.eventOnly = eventOnly;
  }

  /** The whole file cannot be read further; nothing of it may be stored. */
  public static ReadException fileError(Path file, String location, String reason) {
    return new ReadException(file, location, reason, false, null);
  }

  /** The whole file cannot be read further, caused by a lower-level failure. */
  public static ReadException fileError(
      Path file, String location, String reason, Throwable cause) {
    return new ReadException(file, location, reason, false, cause);
  }

  /** The file could not be read at all: missing, not allowed, or failing underneath. */
  public static ReadException cannotRead(Path file, java.io.IOException cause) {
    return fileError(file, null, "cannot read: " + InputSniffer.describe(cause), cause);
  }

  /** One event is unusable; the reader has moved past it and the rest of the file can be read. */
  public static ReadException eventError(Path file, String location, String reason) {
    return new ReadException(file, location, reason, true, null);
  }

  /** The file the problem is in. */
  public Path file() {
    return file;
  }

  /** Where in the file, such as "line 12, column 3", or null when the whole file is meant. */
  public String location() {
    return location;
  }

  /** Why, without the file and location. */
  public String reason() {
    return reason;
  }

  /** True when only one event is affected and reading can go on. */
  public boolean isEventOnly() {
    return eventOnly;
  }

  private static String format(Path file, String location, String reason) {
    return location == null ? file + ": " + reason : file + " (" + location + "): " + reason;
  }
}
