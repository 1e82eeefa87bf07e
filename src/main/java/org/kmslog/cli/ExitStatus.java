package org.kmslog.cli;

/** The exit statuses schedulers rely on (DESIGN.md, "CLI and exit codes"). */
final class ExitStatus {
  /** Ran, and nothing of severity error was found. */
  static final int OK = 0;

  /** Ran, and findings of severity error exist. */
  static final int FINDINGS = 1;

  /** Bad usage, or input that could not be read (each named on stderr). */
  static final int BAD_INPUT = 2;

  private ExitStatus() {}
}
