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
  private final boolean damage;

  private ReadException(
      Path file,
      String location,
      String reason,
      boolean eventOnly,
      boolean damage,
      Throwable cause) {
    super(format(file, location, reason), cause);
    this.file = file;
    this.location = location;
    this.reason = reason;
    this.eventOnly = eventOnly;
    this.damage = damage;
  }

  /** The whole file cannot be read further; nothing of it may be stored. */
  public static ReadException fileError(Path file, String location, String reason) {
    return new ReadException(file, location, reason, false, false, null);
  }

  /** The whole file cannot be read further, caused by a lower-level failure. */
  public static ReadException fileError(
      Path file, String location, String reason, Throwable cause) {
    return new ReadException(file, location, reason, false, false, cause);
  }

  /** The file could not be read at all: missing, not allowed, or failing underneath. */
  public static ReadException cannotRead(Path file, java.io.IOException cause) {
    return fileError(file, null, "cannot read: " + InputSniffer.describe(cause), cause);
  }

  /** One event is unusable; the reader has moved past it and the rest of the file can be read. */
  public static ReadException eventError(Path file, String location, String reason) {
    return new ReadException(file, location, reason, true, false, null);
  }

  /**
   * A damaged part of a binary log (a chunk, or a record the log service wrote and the disk or a
   * copy spoiled) was skipped and the rest of the file can be read. Unlike {@link #eventError} it
   * names no event the export meant to hold, so it is a warning about the file, not a rejected
   * event: whatever it held cannot be known.
   */
  public static ReadException damage(Path file, String location, String reason) {
    return new ReadException(file, location, reason, true, true, null);
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

  /** True when a damaged part of the file was skipped, rather than one unusable event. */
  public boolean isDamage() {
    return damage;
  }

  private static String format(Path file, String location, String reason) {
    return location == null ? file + ": " + reason : file + " (" + location + "): " + reason;
  }
}
