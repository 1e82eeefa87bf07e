package org.kmslog.hardening;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process that has a kmslog database open: opens it, says "holding" on stdout, and keeps it
 * until its stdin ends (the test closes it, or dies), then lets it go and exits. Started by tests
 * in a JVM of its own, so that they decide when the database is free, not a clock.
 */
public final class HoldDatabase {
  private HoldDatabase() {}

  /** Arguments: the database path (as for --db). */
  public static void main(String[] args) throws Exception {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";TRACE_LEVEL_FILE=0", "sa", "")) {
      connection.createStatement().execute("SELECT COUNT(*) FROM import_file");
      System.out.println("holding");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Anything written is ignored: only the end of stdin lets the database go.
      }
    }
  }
}
