package org.kmslog.cli;

/** The entry point of the jar. */
public final class Main {
  private Main() {}

  /** Runs kmslog and exits with its status. */
  public static void main(String[] args) {
    System.exit(new Kmslog(System.out, System.err).execute(args));
  }
}
