package org.kmslog.hardening;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process that has a kmslog database open: opens it, says "holding" on stdout, keeps it for
 * the given milliseconds, then lets it go. Started by tests in a JVM of its own.
 */
public final class HoldDatabase {
  private HoldDatabase() {}

  /** Arguments: the database path (as for --db), how long to hold it in milliseconds. */
  public static void main(String[] args) throws Exception {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";TRACE_LEVEL_FILE=0", "sa", "")) {
      connection.createStatement().execute("SELECT COUNT(*) FROM import_file");
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }
}
