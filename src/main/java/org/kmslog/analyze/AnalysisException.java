package org.kmslog.analyze;

/** The analysis cannot run on this database, or an analyzer failed; the message says why. */
public final class AnalysisException extends Exception {
  private static final long serialVersionUID = 1L;

  AnalysisException(String message) {
    super(message);
  }

  AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}
