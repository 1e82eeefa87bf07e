package org.kmslog.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The store a test runs kmslog on: a fresh H2 file in the test's folder, or, when PGHOST is set (CI
 * runs the suite a second time under pg_virtualenv, which sets PGHOST, PGPORT, PGUSER, PGPASSWORD
 * and PGDATABASE), a fresh schema on that PostgreSQL server. The same test classes so run on both
 * stores, with no mock in between.
 *
 * <p>Tests of what only a file has (its lock, its compaction, a crash mid-write, a damaged file)
 * keep their H2 path and do not use this.
 */
public final class StoreUnderTest {
  /** The schema of each test folder, so that a test asking twice gets one store. */
  private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();

  /** A time as LocalDateTime prints it with more than 6 fraction digits. */
  private static final Pattern FINE_TIME =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7,9}");

  private StoreUnderTest() {}

  /** True when the tests run on a PostgreSQL server (PGHOST is set). */
  public static boolean onServer() {
    String host = System.getenv("PGHOST");
    return host != null && !host.isEmpty();
  }

  /**
   * Skips a test that needs a PostgreSQL server when PGHOST is not set, or fails it when
   * KMSLOG_REQUIRE_POSTGRESQL=1 (CI's PostgreSQL pass), so that a pass meant for the server never
   * passes by skipping what only runs there.
   */
  public static void requireServer() {
    if (onServer()) {
      return;
    }
    if ("1".equals(System.getenv("KMSLOG_REQUIRE_POSTGRESQL"))) {
      Assertions.fail(
          "PGHOST is not set and KMSLOG_REQUIRE_POSTGRESQL=1: run the tests under pg_virtualenv"
              + " (Debian's postgresql-common) or point PGHOST at a server");
    }
    Assumptions.abort("PGHOST is not set; set KMSLOG_REQUIRE_POSTGRESQL=1 to fail instead");
  }

  /** "PostgreSQL" or "H2", for messages. */
  public static String name() {
    return onServer() ? "PostgreSQL" : "H2";
  }

  /**
   * The location for --db or Database.open of the test folder's store, empty until the test fills
   * it: dir/kmslog on H2; on the server, a schema of its own (the same one each time for a folder).
   */
  public static String location(Path dir) {
    return onServer()
        ? SCHEMAS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> newSchema())
        : dir.resolve("kmslog").toString();
  }

  /** A fresh H2 location in dir, whichever store the tests run on: for comparing the two. */
  public static String h2(Path dir) {
    return dir.resolve("kmslog-h2").toString();
  }

  /** A new, empty schema on the server, as a JDBC URL that works in it. */
  public static String newSchema() {
    if (!onServer()) {
      throw new IllegalStateException("PGHOST is not set: no PostgreSQL server to test on");
    }
    String schema = "kmslog_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(serverUrl(""), login());
        Statement statement = admin.createStatement()) {
      // A generated name of hex digits only: nothing to quote.
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on the server", e);
    }
    return serverUrl("?currentSchema=" + schema);
  }

  /**
   * The text with its times (as LocalDateTime prints them) as the store under test keeps them: on
   * PostgreSQL, cut to the microsecond, as kmslog stores them there; on H2, unchanged.
   */
  public static String kept(String text) {
    if (!onServer()) {
      return text;
    }
    Matcher time = FINE_TIME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (time.find()) {
      String cut = LocalDateTime.parse(time.group()).truncatedTo(ChronoUnit.MICROS).toString();
      time.appendReplacement(out, cut);
    }
    return time.appendTail(out).toString();
  }

  /** The URL of the server's database, with these parameters ("?..." or ""). */
  public static String serverUrl(String parameters) {
    String port = System.getenv().getOrDefault("PGPORT", "5432");
    String database = System.getenv().getOrDefault("PGDATABASE", "postgres");
    return "jdbc:postgresql://"
        + System.getenv("PGHOST")
        + ":"
        + port
        + "/"
        + database
        + parameters;
  }

  /** The user and password of PGUSER and PGPASSWORD, as kmslog itself takes them. */
  public static Properties login() {
    Properties login = new Properties();
    if (System.getenv("PGUSER") != null) {
      login.setProperty("user", System.getenv("PGUSER"));
    }
    if (System.getenv("PGPASSWORD") != null) {
      login.setProperty("password", System.getenv("PGPASSWORD"));
    }
    return login;
  }
}
