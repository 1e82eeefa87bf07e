package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;
import org.kmslog.store.Database;
import org.kmslog.testing.StoreUnderTest;

/**
 * What an analysis takes from before its window (work_before_client and work_before_pair of
 * sql/analyzers/02-before-window.sql, built in one pass over each event table) is what a lookup
 * client by client, or host by host, in the event tables finds.
 */
class BeforeWindowFactsTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  /** Each window client's first event and last success before the window, looked up one by one. */
  private static final String CLIENT_LOOKUP;

  static {
    String request =
        "(SELECT MIN(r.time_utc) FROM client_request r"
            + " WHERE r.computer_key = k.client_key AND r.time_utc <= w.window_start)";
    String response =
        "(SELECT MIN(c.time_utc) FROM client_response c"
            + " WHERE c.computer_key = k.client_key AND c.time_utc <= w.window_start)";
    String host =
        "(SELECT MIN(h.time_utc) FROM host_request h"
            + " WHERE h.client_key = k.client_key AND h.time_utc <= w.window_start)";
    String activated =
        "(SELECT MAX(c.time_utc) FROM client_response c WHERE c.computer_key = k.client_key"
            + " AND c.activated AND c.time_utc <= w.window_start)";
    String hostSuccess =
        "(SELECT MAX(h.time_utc) FROM host_request h WHERE h.client_key = k.client_key"
            + " AND SUBSTRING(h.hresult, 3, 1) < '8' AND h.time_utc <= w.window_start)";
    // H2's LEAST and GREATEST are NULL when any argument is: each argument falls back on the
    // others.
    CLIENT_LOOKUP =
        String.format(
            "SELECT k.client_key, LEAST(COALESCE(%1$s, %2$s, %3$s), COALESCE(%2$s, %1$s, %3$s),"
                + " COALESCE(%3$s, %1$s, %2$s)), GREATEST(COALESCE(%4$s, %5$s),"
                + " COALESCE(%5$s, %4$s))"
                + " FROM (SELECT client_key FROM work_attempt"
                + " UNION SELECT client_key FROM work_response"
                + " UNION SELECT client_key FROM work_pair) AS k"
                + " CROSS JOIN work_window w ORDER BY k.client_key",
            request, response, host, activated, hostSuccess);
  }

  private static final String CLIENT_FACTS =
      "SELECT k.client_key, b.first_at, b.last_success"
          + " FROM (SELECT client_key FROM work_attempt UNION SELECT client_key FROM work_response"
          + "   UNION SELECT client_key FROM work_pair) AS k"
          + " LEFT JOIN work_before_client b ON b.client_key = k.client_key"
          + " ORDER BY k.client_key";

  /** Each host's first request before the window, and whether it logged any outside it. */
  private static final String HOST_LOOKUP =
      "SELECT h.computer_key, MIN(CASE WHEN h.time_utc <= w.window_start THEN h.time_utc END)"
          + " FROM host_request h CROSS JOIN work_window w"
          + " WHERE h.time_utc <= w.window_start OR h.time_utc > w.as_of"
          + " GROUP BY h.computer_key ORDER BY h.computer_key";

  private static final String HOST_FACTS =
      "SELECT host_key, MIN(first_at) FROM work_before_pair GROUP BY host_key ORDER BY host_key";

  @TempDir Path dir;

  private static Instant at(String time) {
    return Instant.parse(time);
  }

  private Estate estate() {
    Estate estate = new Estate(dir);
    Client both = estate.client("PC-BOTH.corp.example");
    estate.activation(both, "KMS01.corp.example", "2026-02-01T10:00:00Z");
    estate.activation(both, "KMS01.corp.example", "2026-03-01T10:00:00Z");
    estate.clientRequest(
        both, "KMS01.corp.example:1688", at("2026-10-20T10:00:00Z"), "0xC004F074", 1, 9_000);
    Client hostOnly = estate.client("PC-HOST.corp.example");
    estate.hostRequest("KMS02.corp.example", hostOnly, at("2026-01-10T10:00:00Z"), "0x0", 1, 0);
    estate.hostRequest(
        "KMS02.corp.example", hostOnly, at("2026-02-10T10:00:00Z"), "0xC004F038", 1, 0);
    estate.hostRequest(
        "KMS01.corp.example", hostOnly, at("2026-10-21T10:00:00Z"), "0xC004F038", 1, 0);
    Client failedBefore = estate.client("PC-FAILED.corp.example");
    estate.clientRequest(
        failedBefore, "KMS01.corp.example:1688", at("2026-01-05T10:00:00Z"), "0xC004F074", 1, 0);
    estate.activation(failedBefore, "KMS01.corp.example", "2026-10-22T10:00:00Z");
    estate.activation(
        estate.client("PC-NEW.corp.example"), "KMS01.corp.example", "2026-10-23T10:00:00Z");
    // A host whose only requests are after the reference time.
    estate.hostRequest(
        "KMS09.corp.example",
        estate.client("PC-LATER.corp.example"),
        at("2026-11-05T10:00:00Z"),
        "0x0",
        1,
        0);
    return estate;
  }

  private List<String> rows(String sql) throws Exception {
    try (Database database = Database.open(StoreUnderTest.location(dir), false)) {
      Connection c = database.connection();
      try (PreparedStatement query = c.prepareStatement(sql);
          ResultSet row = query.executeQuery()) {
        List<String> rows = new ArrayList<>();
        int columns = row.getMetaData().getColumnCount();
        while (row.next()) {
          StringBuilder line = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            line.append(i > 1 ? " | " : "").append(row.getString(i));
          }
          rows.add(line.toString());
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eachClientsFactsAreWhatALookupOfItFinds() throws Exception {
    estate().analyze(AS_OF);

    assertEquals(rows(CLIENT_LOOKUP), rows(CLIENT_FACTS));
  }

  @Test
  void eachClientsFactsAreTheOnesBeforeTheWindow() throws Exception {
    estate().analyze(AS_OF);

    assertEquals(
        List.of(
            "pc-both | 2026-02-01 10:00:00 | 2026-03-01 10:00:02",
            "pc-failed | 2026-01-05 10:00:00 | null",
            "pc-host | 2026-01-10 10:00:00 | 2026-01-10 10:00:00",
            "pc-new | null | null"),
        rows(CLIENT_FACTS));
  }

  @Test
  void eachHostsFactsAreWhatALookupOfItFinds() throws Exception {
    estate().analyze(AS_OF);

    assertEquals(rows(HOST_LOOKUP), rows(HOST_FACTS));
  }

  @Test
  void aHostWithRequestsOnlyAfterTheReferenceTimeIsKnownToHaveALog() throws Exception {
    estate().analyze(AS_OF);

    assertEquals(
        List.of("kms01 | 2026-02-01 10:00:00.7", "kms02 | 2026-01-10 10:00:00", "kms09 | null"),
        rows(HOST_FACTS));
  }
}
