package org.kmslog.report;

/** A report could not be read from the database; the message names the database and why. */
public final class ReportException extends Exception {
  private static final long serialVersionUID = 1L;

  ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
