package org.kmslog.cli;

/** Ends a command with an exit status and a one-line message for stderr. */
final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  CliException(int status, String message) {
    super(message);
    this.status = status;
  }

  CliException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** A usage error: exit status 2. */
  static CliException usage(String message) {
    return new CliException(ExitStatus.BAD_INPUT, message);
  }

  int status() {
    return status;
  }
}
