package org.kmslog.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The estate of the nightly benchmark: years of a large estate's history, written straight into the
 * event tables with SQL (minutes for millions of events, where generating and importing the exports
 * would take an hour), and the files of its next day as real wevtutil XML exports for a cold {@code
 * kmslog run} to import.
 *
 * <p>Every client renews every 7 days with its host ({@code client % hosts}), which logs a 12290.
 * Every third client's own Application log is exported (its 12288 and 12289 of each renewal); every
 * sixth also fails for two days every 60 days, retrying every 2 hours with 0xC004F074 (no host
 * reached, no 12290); every 500th (from the second) runs 5 hours ahead, so its hosts log it skewed,
 * and its own events carry its clock, TimeCreated too, as Windows stamps them: on a night when one
 * of them renews late in the day, the newest event is its own and the analysis learns the reference
 * time back from its hosts' logs, as on a real estate with one fast clock. Every tenth is a server
 * (N-policy 5). Each host publishes its SRV record once a day. That is about 4,600 events a day for
 * 15,000 clients: 5 million events are about 3 years.
 *
 * @param clients the client machines
 * @param hosts the KMS hosts
 * @param days the days of history in the database; the next day is the nightly run's
 */
record NightlyEstate(int clients, int hosts, int days) {
  /**
   * Which estate a history holds, so that a history built before the estate changed is built again:
   * 2 since the fast clients' own events carry their clock, 3 since it starts in 2020 (it started
   * in 2024, and the 5M history's day then lay after the day the benchmark ran, in December 2026:
   * kmslog leaves out events dated more than a day after it runs, as a clock ahead's).
   */
  static final int VERSION = 3;

  static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
  private static final String START_SQL = "TIMESTAMP '2020-01-01 00:00:00'";
  private static final long WEEK = 7 * 86_400;
  private static final long STREAK_EVERY_DAYS = 60;
  private static final int STREAK_ATTEMPTS = 24;
  private static final long FAILURE_RECORDS = 1_000_000_000L;
  private static final long STREAM = 1L << 40;
  private static final DateTimeFormatter CLIENT_TIME_12288 =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter CLIENT_TIME_12290 =
      DateTimeFormatter.ofPattern("yyyy/M/d H:mm", Locale.ROOT);
  private static final String WINDOWS = "73111121-5638-40f6-bc11-f1d7b0d64300";
  private static final String SERVER = "9bd77860-9b31-4b7b-96ad-2564017315bf";

  /** The events a day of this estate adds, about. */
  static double eventsPerDay(int clients, int hosts) {
    double exported = clients / 3.0;
    double failing = clients / 6.0;
    return clients / 7.0
        + exported * 2 / 7.0
        + failing * STREAK_ATTEMPTS / STREAK_EVERY_DAYS
        + hosts;
  }

  /** An estate of about {@code events} events. */
  static NightlyEstate ofEvents(long events, int clients, int hosts) {
    return new NightlyEstate(
        clients, hosts, (int) Math.max(8, Math.round(events / eventsPerDay(clients, hosts))));
  }

  Instant end() {
    return START.plus(Duration.ofDays(days));
  }

  /** Fills a database of the current schema (opened by {@code Database.open}) with the history. */
  void fill(Connection c) throws SQLException {
    long endSeconds = days * 86_400L;
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO import_file (id, path, sha256, size_bytes, status, format, encoding,"
              + " events_read, kms_events, stored, newest_event, started_at, duration_ms) VALUES"
              + " (1, 'nightly-benchmark history', REPEAT('0', 64), 0, 'imported', 'XML',"
              + " 'UTF-8', 0, 0, 0, NULL, CURRENT_TIMESTAMP, 0)");
      for (int h = 0; h < hosts; h++) {
        stream(s, h + 1, host(h), "Key Management Service");
        stream(s, 1000 + h, host(h), "Application");
        s.execute("INSERT INTO machine_name VALUES ('" + key(host(h)) + "', '" + host(h) + "')");
      }
      s.execute(
          "INSERT INTO machine_name SELECT LOWER("
              + name("x")
              + "), "
              + name("x")
              + " || '.corp.example' FROM SYSTEM_RANGE(0, "
              + (clients - 1)
              + ")");
      s.execute(
          "INSERT INTO event_stream (stream_no, stream_hash) SELECT 10000 + x,"
              + " CAST(SUBSTRING(HASH('SHA-256', 'r|' || LOWER("
              + name("x")
              + ") || '.corp.example|application'), 1, 8) AS BIGINT)"
              + " FROM SYSTEM_RANGE(0, "
              + (clients - 1)
              + ") WHERE MOD(x, 3) = 0");
    }
    c.commit();
    // Eight weeks a transaction: H2 keeps a transaction's undo log in the file, and statements of
    // millions of rows leave it several times the size of its data.
    long weeks = days / 7 + 2;
    for (long w = 0; w <= weeks; w += 8) {
      renewals(c, w, Math.min(weeks, w + 7), endSeconds);
      c.commit();
    }
    for (long k = 0; k <= days / STREAK_EVERY_DAYS + 1; k++) {
      streak(c, k, endSeconds);
      c.commit();
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO dns_publish (id, import_id, computer, computer_key, record_id, event_id,"
              + " time_utc, succeeded, hresult, domain)"
              + " SELECT (1000 + h.x) * "
              + STREAM
              + " + d.x + 1, 1, 'KMS' || LPAD(CAST(h.x + 1"
              + " AS VARCHAR), 2, '0') || '.corp.example', 'kms' || LPAD(CAST(h.x + 1 AS VARCHAR),"
              + " 2, '0'), d.x + 1, 12294, DATEADD(SECOND, d.x * 86400 + 3600,"
              + " "
              + START_SQL
              + "), TRUE, NULL, 'corp.example'"
              + " FROM SYSTEM_RANGE(0, "
              + (hosts - 1)
              + ") h, SYSTEM_RANGE(0, "
              + (days - 1)
              + ") d");
      // New streams and files of an import must not take the numbers given here.
      s.execute("ALTER TABLE event_stream ALTER COLUMN stream_no RESTART WITH 1000000");
      s.execute("ALTER TABLE import_file ALTER COLUMN id RESTART WITH 2");
      s.execute(
          "UPDATE import_file SET newest_event = (SELECT MAX(time_utc) FROM host_request)"
              + " WHERE id = 1");
    }
    c.commit();
  }

  /**
   * The renewals of weeks w0 to w1: a 12290 on the client's host, and on exported clients a 12288
   * and a 12289.
   */
  private void renewals(Connection c, long w0, long w1, long endSeconds) throws SQLException {
    String renewal =
        "FROM (SELECT c.x AS c, w.x AS w, DATEADD(SECOND, w.x * "
            + WEEK
            + " + MOD(c.x * 7919, "
            + WEEK
            + "), "
            + START_SQL
            + ") AS t"
            + " FROM SYSTEM_RANGE(0, "
            + (clients - 1)
            + ") c, SYSTEM_RANGE("
            + w0
            + ", "
            + w1
            + ") w WHERE w.x * "
            + WEEK
            + " + MOD(c.x * 7919, "
            + WEEK
            + ") < "
            + endSeconds
            + ") AS r";
    String host = "LPAD(CAST(MOD(c, " + hosts + ") + 1 AS VARCHAR), 2, '0')";
    String clock =
        "CAST(DATEADD(MINUTE, CASE WHEN MOD(c, 500) = 1 THEN 300 ELSE 0 END, t)"
            + " AS TIMESTAMP(0))";
    String product = "CASE WHEN MOD(c, 10) = 0 THEN '" + SERVER + "' ELSE '" + WINDOWS + "' END";
    String policy = "CASE WHEN MOD(c, 10) = 0 THEN 5 ELSE 25 END";
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO host_request (id, import_id, computer, computer_key, record_id, time_utc,"
              + " hresult, min_count, client_name, client_key, cmid, client_time, vm,"
              + " license_state, minutes_to_expiry, activation_id)"
              + " SELECT (MOD(c, "
              + hosts
              + ") + 1) * "
              + STREAM
              + " + w * "
              + clients
              + " + c + 1, 1, 'KMS' || "
              + host
              + " || '.corp.example', 'kms' || "
              + host
              + ", w * "
              + clients
              + " + c + 1, DATEADD(SECOND, 1, t), '0x00000000', "
              + policy
              + ", "
              + name("c")
              + " || '.corp.example', LOWER("
              + name("c")
              + "), "
              + cmid("c")
              + ", "
              + clock
              + ", 0, 1, 259200, "
              + product
              + " "
              + renewal);
      s.execute(
          "INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc,"
              + " hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,"
              + " license_state, minutes_to_expiry, activation_id, min_count)"
              + " SELECT (10000 + c) * "
              + STREAM
              + " + w * 2 + 1, 1, "
              + name("c")
              + " || '.corp.example', LOWER("
              + name("c")
              + "), w * 2 + 1, "
              + clock
              + ", '0x00000000', 0,"
              + " 'KMS' || "
              + host
              + " || '.corp.example', 'kms' || "
              + host
              + ", 1688, "
              + cmid("c")
              + ", "
              + clock
              + ", 0, 1, 259200, "
              + product
              + ", "
              + policy
              + " "
              + renewal
              + " WHERE MOD(c, 3) = 0");
      s.execute(
          "INSERT INTO client_response (id, import_id, computer, computer_key, record_id,"
              + " time_utc, hresult, status_flags, activated, host_count, activation_interval,"
              + " renewal_interval, client_time)"
              + " SELECT (10000 + c) * "
              + STREAM
              + " + w * 2 + 2, 1, "
              + name("c")
              + " || '.corp.example', LOWER("
              + name("c")
              + "), w * 2 + 2, DATEADD(SECOND, 2, "
              + clock
              + "), '0x00000000', 0, TRUE, 50, 120, 10080, DATEADD(SECOND, 2, "
              + clock
              + ") "
              + renewal
              + " WHERE MOD(c, 3) = 0");
    }
  }

  /** Failure streak k of every sixth client: 24 attempts 2 hours apart, one streak in 60 days. */
  private void streak(Connection c, long k, long endSeconds) throws SQLException {
    String host = "LPAD(CAST(MOD(c, " + hosts + ") + 1 AS VARCHAR), 2, '0')";
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO client_request (id, import_id, computer, computer_key, record_id, time_utc,"
              + " hresult, status_flags, kms_host, kms_host_key, kms_port, cmid, client_time, vm,"
              + " license_state, minutes_to_expiry, activation_id, min_count)"
              + " SELECT (10000 + c) * "
              + STREAM
              + " + "
              + FAILURE_RECORDS
              + " + k * "
              + STREAK_ATTEMPTS
              + " + i, 1, "
              + name("c")
              + " || '.corp.example', LOWER("
              + name("c")
              + "), "
              + FAILURE_RECORDS
              + " + k * "
              + STREAK_ATTEMPTS
              + " + i, t,"
              + " '0xC004F074', 0, 'KMS' || "
              + host
              + " || '.corp.example', 'kms' || "
              + host
              + ", 1688, "
              + cmid("c")
              + ", CAST(t AS TIMESTAMP(0)), 0, 1, 200000, '"
              + WINDOWS
              + "', 25 FROM (SELECT c.x AS c, k.x AS k, i.x AS i, DATEADD(SECOND, "
              + streakSecond()
              + ", "
              + START_SQL
              + ") AS t FROM SYSTEM_RANGE(0, "
              + (clients - 1)
              + ") c, SYSTEM_RANGE("
              + k
              + ", "
              + k
              + ") k, SYSTEM_RANGE(0, "
              + (STREAK_ATTEMPTS - 1)
              + ") i WHERE MOD(c.x, 6) = 0 AND "
              + streakSecond()
              + " < "
              + endSeconds
              + ") AS f");
    }
  }

  private static void stream(Statement s, int number, String computer, String channel)
      throws SQLException {
    s.execute(
        "INSERT INTO event_stream (stream_no, stream_hash) VALUES ("
            + number
            + ", CAST(SUBSTRING(HASH('SHA-256', 'r|"
            + computer.toLowerCase(Locale.ROOT)
            + "|"
            + channel.toLowerCase(Locale.ROOT)
            + "'), 1, 8) AS BIGINT))");
  }

  /** SQL for a client's short name from its number: WS-00001, or SRV-00011 for a server. */
  private static String name(String c) {
    return "CASE WHEN MOD("
        + c
        + ", 10) = 0 THEN 'SRV-' ELSE 'WS-' END || LPAD(CAST("
        + c
        + " + 1 AS VARCHAR), 5, '0')";
  }

  private static String cmid(String c) {
    return "CAST('00000000-0000-4000-8000-' || LPAD(CAST(" + c + " AS VARCHAR), 12, '0') AS UUID)";
  }

  /** SQL for the second (since START) of attempt i of streak k of client c. */
  private static String streakSecond() {
    return "((k.x * "
        + STREAK_EVERY_DAYS
        + " + MOD(c.x / 6, "
        + STREAK_EVERY_DAYS
        + ")) * 86400 + MOD(c.x * 7919, 7200) + i.x * 7200)";
  }

  /** The next day's exports: each host's two logs, and each client log with events that day. */
  List<Path> writeNextDay(Path dir) throws IOException {
    Files.createDirectories(dir);
    long from = days * 86_400L;
    long to = from + 86_400L;
    Map<String, List<String>> logs = new LinkedHashMap<>();
    for (int c = 0; c < clients; c++) {
      long phase = Math.floorMod(c * 7919L, WEEK);
      for (long w = (from - phase) / WEEK; w * WEEK + phase < to; w++) {
        long second = w * WEEK + phase;
        if (second < from) {
          continue;
        }
        renewal(logs, c, w, second);
      }
      if (c % 6 == 0) {
        for (long k = from / 86_400 / STREAK_EVERY_DAYS - 1;
            k <= to / 86_400 / STREAK_EVERY_DAYS;
            k++) {
          for (int i = 0; i < STREAK_ATTEMPTS; i++) {
            long second =
                (k * STREAK_EVERY_DAYS + (c / 6) % STREAK_EVERY_DAYS) * 86_400
                    + Math.floorMod(c * 7919L, 7200)
                    + i * 7200L;
            if (k >= 0 && second >= from && second < to) {
              failure(logs, c, k, i, second);
            }
          }
        }
      }
    }
    for (int h = 0; h < hosts; h++) {
      add(
          logs,
          host(h),
          "Application",
          12294,
          days + 1L,
          START.plusSeconds(from + 3600),
          data("corp.example"));
    }
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<String>> log : logs.entrySet()) {
      Path file = dir.resolve(log.getKey() + ".xml");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("<Events>\n");
        for (String event : log.getValue()) {
          out.write(event);
          out.write('\n');
        }
        out.write("</Events>\n");
      }
      files.add(file);
    }
    return files;
  }

  private void renewal(Map<String, List<String>> logs, int c, long w, long second) {
    String client = clientName(c);
    String host = host(c % hosts);
    Instant t = START.plusSeconds(second);
    Instant clock = t.plus(Duration.ofMinutes(c % 500 == 1 ? 300 : 0));
    String product = c % 10 == 0 ? SERVER : WINDOWS;
    int policy = c % 10 == 0 ? 5 : 25;
    add(
        logs,
        host,
        "Key Management Service",
        12290,
        w * clients + c + 1,
        t.plusSeconds(1),
        data(
            String.join(
                ",",
                "0x0",
                String.valueOf(policy),
                client,
                cmid(c),
                CLIENT_TIME_12290.format(LocalDateTime.ofInstant(clock, ZoneOffset.UTC)),
                "0",
                "1",
                "259200",
                product)));
    if (c % 3 == 0) {
      add(
          logs,
          client,
          "Application",
          12288,
          w * 2 + 1,
          clock,
          data(request("0x0", host, c, clock, "259200", product, policy)));
      add(
          logs,
          client,
          "Application",
          12289,
          w * 2 + 2,
          clock.plusSeconds(2),
          data(
              String.join(
                  ", ",
                  "0x0",
                  "0x0",
                  "1",
                  "0",
                  "50",
                  "120",
                  "10080",
                  CLIENT_TIME_12288.format(
                      LocalDateTime.ofInstant(clock.plusSeconds(2), ZoneOffset.UTC)))));
    }
  }

  private void failure(Map<String, List<String>> logs, int c, long k, int i, long second) {
    Instant t = START.plusSeconds(second);
    add(
        logs,
        clientName(c),
        "Application",
        12288,
        FAILURE_RECORDS + k * STREAK_ATTEMPTS + i,
        t,
        data(request("0xC004F074", host(c % hosts), c, t, "200000", WINDOWS, 25)));
  }

  private static String request(
      String code, String host, int c, Instant clock, String minutes, String product, int policy) {
    return String.join(
        ", ",
        code,
        "0x0",
        host + ":1688",
        cmid(c),
        CLIENT_TIME_12288.format(LocalDateTime.ofInstant(clock, ZoneOffset.UTC)),
        "0",
        "1",
        minutes,
        product,
        String.valueOf(policy));
  }

  private static void add(
      Map<String, List<String>> logs,
      String computer,
      String channel,
      int id,
      long record,
      Instant t,
      String eventData) {
    logs.computeIfAbsent(
            computer.replace(".corp.example", "") + "_" + channel.replace(' ', '-'),
            k -> new ArrayList<>())
        .add(
            "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
                + "<Provider Name='Microsoft-Windows-Security-SPP'/><EventID Qualifiers='16384'>"
                + id
                + "</EventID><TimeCreated SystemTime='"
                + t
                + "'/><EventRecordID>"
                + record
                + "</EventRecordID><Channel>"
                + channel
                + "</Channel><Computer>"
                + computer
                + "</Computer></System>"
                + eventData
                + "</Event>");
  }

  private static String data(String tuple) {
    StringBuilder xml = new StringBuilder("<EventData>");
    return xml.append("<Data>").append(tuple).append("</Data></EventData>").toString();
  }

  static String host(int h) {
    return String.format(Locale.ROOT, "KMS%02d.corp.example", h + 1);
  }

  private static String clientName(int c) {
    return String.format(Locale.ROOT, "%s%05d.corp.example", c % 10 == 0 ? "SRV-" : "WS-", c + 1);
  }

  private static String key(String name) {
    return name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT);
  }

  private static String cmid(int c) {
    return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", c);
  }

  /** The first column of the first row of a query, or -1 without a row. */
  static long queryLong(Connection c, String sql) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql);
        var row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : -1;
    }
  }
}
