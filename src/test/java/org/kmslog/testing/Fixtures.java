package org.kmslog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Test helpers: copy fixtures into temporary folders and ask the database simple questions. */
public final class Fixtures {
  private Fixtures() {}

  /** The folder of a test-resource area, such as "xml". */
  public static Path resourceFolder(String area) {
    try {
      return Path.of(Fixtures.class.getResource("/" + area).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies fixtures of an area into a folder and returns the folder. */
  public static Path copy(Path target, String area, String... names) {
    try {
      Files.createDirectories(target);
      for (String name : names) {
        Files.copy(resourceFolder(area).resolve(name), target.resolve(name));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that text equals a golden file under src/test/resources. Run the tests with
   * -Dgolden.update=true to rewrite the file instead, then review the change before committing.
   */
  public static void assertGolden(String resource, String actual) {
    assertGolden(Path.of("src/test/resources", resource), actual);
  }

  /** Asserts that text equals a golden file at a path of the repository (see the other form). */
  public static void assertGolden(Path source, String actual) {
    try {
      if (Boolean.getBoolean("golden.update") && !StoreUnderTest.onServer()) {
        Files.writeString(source, actual, java.nio.charset.StandardCharsets.UTF_8);
        return;
      }
      // Golden files are written on H2; on PostgreSQL their times are kept to the microsecond.
      org.junit.jupiter.api.Assertions.assertEquals(
          StoreUnderTest.kept(Files.readString(source, java.nio.charset.StandardCharsets.UTF_8)),
          actual,
          "differs from " + source + " (-Dgolden.update=true rewrites it)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single number a query returns, such as a count. */
  public static long queryLong(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The single text a query returns. */
  public static String queryString(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  /** Events stored in all four event tables. */
  public static long storedEvents(Connection connection) throws SQLException {
    return queryLong(
        connection,
        "SELECT (SELECT COUNT(*) FROM client_request) + (SELECT COUNT(*) FROM client_response)"
            + " + (SELECT COUNT(*) FROM host_request) + (SELECT COUNT(*) FROM dns_publish)");
  }
}
