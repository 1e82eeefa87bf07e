package org.kmslog.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kmslog.kms.MachineKey;
import org.kmslog.testing.StoreUnderTest;

/**
 * Holds the rows an analyzer script inserts to what an import of real exports would store (see
 * sql/schema/v1.sql and v2.sql), so that the analyzers are tested on data they can meet: ids made
 * of a numbered stream and a record id, a ledger row for every file, codes and machine keys as the
 * decoder and the store write them.
 */
final class FixtureRules {
  /** Each rule: a query for the rows that break it, and what it requires. */
  private static final String[][] RULES = {
    {
      ids("client_request", "application")
          + " UNION ALL "
          + ids("client_response", "application")
          + " UNION ALL "
          + ids("host_request", "key management service")
          + " UNION ALL "
          + ids("dns_publish", "application"),
      "an event's id is its stream's number * 2^40 + its record id, key_check is NULL, and its"
          + " stream (event_stream) is numbered by the first 8 bytes of SHA-256 of"
          + " 'r|' || LOWER(computer) || '|' || channel (key management service for 12290,"
          + " application for the others)"
    },
    {
      "SELECT f.id, f.path, f.status, f.stored, f.newest_event, COUNT(e.time_utc), MAX(e.time_utc)"
          + " FROM import_file f LEFT JOIN ("
          + events()
          + ") e ON e.import_id = f.id"
          + " GROUP BY f.id, f.path, f.status, f.stored, f.newest_event, f.error"
          + " HAVING CASE f.status"
          + " WHEN 'imported' THEN f.stored <> COUNT(e.time_utc)"
          + " OR f.newest_event IS DISTINCT FROM MAX(e.time_utc)"
          + " WHEN 'failed' THEN COUNT(e.time_utc) > 0 OR f.stored <> 0"
          + " OR f.newest_event IS NOT NULL OR f.error IS NULL"
          + " ELSE TRUE END",
      "every import_file is 'imported', with stored = its events and newest_event = the newest,"
          + " or 'failed', with an error and no events"
    },
    {
      "SELECT e.import_id, e.computer, e.time_utc FROM ("
          + events()
          + ") e WHERE NOT EXISTS (SELECT 1 FROM import_file f WHERE f.id = e.import_id)",
      "every event's import_id names an import_file"
    },
    {
      "SELECT 'client_request', id, hresult FROM client_request WHERE NOT "
          + hresult()
          + " UNION ALL SELECT 'client_response', id, hresult FROM client_response WHERE NOT "
          + hresult()
          + " UNION ALL SELECT 'host_request', id, hresult FROM host_request WHERE NOT "
          + hresult()
          + " UNION ALL SELECT 'dns_publish', id, hresult FROM dns_publish"
          + " WHERE CASE WHEN succeeded THEN event_id <> 12294 OR hresult IS NOT NULL"
          + " ELSE event_id <> 12293 OR hresult IS NULL OR NOT "
          + hresult()
          + " END",
      "codes are 0x and 8 upper-case hex digits (0x00000000 for success); a 12294 succeeded and"
          + " has no code, a 12293 failed and has one"
    },
  };

  /** Where each table names a machine: its name column and its key column. */
  private static final String MACHINES =
      "SELECT computer, computer_key FROM client_request"
          + " UNION SELECT kms_host, kms_host_key FROM client_request WHERE kms_host IS NOT NULL"
          + " UNION SELECT computer, computer_key FROM client_response"
          + " UNION SELECT computer, computer_key FROM host_request"
          + " UNION SELECT client_name, client_key FROM host_request"
          + " UNION SELECT computer, computer_key FROM dns_publish";

  private FixtureRules() {}

  /** Fails, naming the rule and the rows, when the script's rows break one. */
  static void check(String script, Connection connection) throws SQLException {
    for (String[] rule : RULES) {
      List<String> broken = rows(connection, rule[0]);
      if (!broken.isEmpty()) {
        throw new AssertionError(script + ": " + rule[1] + "; these rows do not: " + broken);
      }
    }
    checkMachineNames(script, connection);
  }

  /**
   * Keys are MachineKey's, and machine_name holds exactly one row per key with the name the store
   * keeps: the longest, or the alphabetically first of equally long ones.
   */
  private static void checkMachineNames(String script, Connection connection) throws SQLException {
    Map<String, String> names = new TreeMap<>();
    for (String row : rows(connection, MACHINES)) {
      String[] pair = row.split("\\|", 2);
      if (!pair[1].equals(MachineKey.of(pair[0]))) {
        throw new AssertionError(
            script
                + ": the key of "
                + pair[0]
                + " is "
                + MachineKey.of(pair[0])
                + ", not "
                + pair[1]);
      }
      names.merge(pair[1], pair[0], FixtureRules::preferred);
    }
    Map<String, String> stored = new TreeMap<>();
    for (String row : rows(connection, "SELECT machine_key, name FROM machine_name")) {
      String[] pair = row.split("\\|", 2);
      stored.put(pair[0], pair[1]);
    }
    if (!stored.equals(names)) {
      throw new AssertionError(
          script + ": machine_name must hold " + names + " (key=name), not " + stored);
    }
  }

  private static String preferred(String a, String b) {
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String ids(String table, String channel) {
    return "SELECT '"
        + table
        + "', e.id, e.computer, e.record_id FROM "
        + table
        + " e LEFT JOIN event_stream s ON s.stream_no = e.id / 1099511627776"
        + " WHERE e.key_check IS NOT NULL OR e.record_id IS NULL"
        + " OR MOD(e.id, 1099511627776) <> e.record_id OR s.stream_no IS NULL"
        + " OR s.stream_hash <> "
        + streamHash("'r|' || LOWER(e.computer) || '|" + channel + "'");
  }

  /** The first 8 bytes of the SHA-256 of a text expression as a BIGINT, in the store's SQL. */
  private static String streamHash(String text) {
    return StoreUnderTest.onServer()
        ? "CAST(CAST('x' || LEFT(ENCODE(SHA256(CONVERT_TO("
            + text
            + ", 'UTF8')), 'hex'), 16) AS BIT(64)) AS BIGINT)"
        : "CAST(SUBSTRING(HASH('SHA-256', " + text + "), 1, 8) AS BIGINT)";
  }

  private static String events() {
    return "SELECT import_id, computer, time_utc FROM client_request"
        + " UNION ALL SELECT import_id, computer, time_utc FROM client_response"
        + " UNION ALL SELECT import_id, computer, time_utc FROM host_request"
        + " UNION ALL SELECT import_id, computer, time_utc FROM dns_publish";
  }

  private static String hresult() {
    return "REGEXP_LIKE(hresult, '^0x[0-9A-F]{8}$', 'c')";
  }

  /** The rows of a query, each as its values joined by |. */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(row.getObject(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
