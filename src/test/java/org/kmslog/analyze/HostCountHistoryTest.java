package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;
import org.kmslog.store.Database;
import org.kmslog.testing.StoreUnderTest;

/** The day-by-day count and threshold behind the reports' charts (host_count_day). */
class HostCountHistoryTest {
  private static final String HOST = "KMS02.corp.example";

  @TempDir Path dir;

  @Test
  void eachCmidCountsOnceForThirtyDaysAfterEachRequest() throws Exception {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    Client server = estate.server("SRV1.corp.example");
    estate.hostRequest(HOST, pc, Instant.parse("2026-09-01T10:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(HOST, server, Instant.parse("2026-09-05T10:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(HOST, pc, Instant.parse("2026-09-10T10:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(HOST, pc, Instant.parse("2026-09-10T11:00:00Z"), "0x0", 1, 1);
    estate.analyze("2026-10-30T00:00:00Z", HOST);
    Map<LocalDate, String> days = history();

    assertEquals(null, days.get(LocalDate.parse("2026-08-31")), "nothing before the first request");
    assertEquals("1/25", days.get(LocalDate.parse("2026-09-01")));
    assertEquals("1/25", days.get(LocalDate.parse("2026-09-04")));
    assertEquals("2/25", days.get(LocalDate.parse("2026-09-05")));
    assertEquals("2/25", days.get(LocalDate.parse("2026-09-10")), "PC1 counts once");
    assertEquals("2/25", days.get(LocalDate.parse("2026-10-04")), "SRV1's 30th day");
    assertEquals("1/25", days.get(LocalDate.parse("2026-10-05")));
    assertEquals("1/25", days.get(LocalDate.parse("2026-10-09")), "PC1's 30th day");
    assertEquals("0/5", days.get(LocalDate.parse("2026-10-10")), "no client OS left: 5");
    assertEquals("0/5", days.get(LocalDate.parse("2026-10-30")));
  }

  @Test
  void theThresholdIsTwentyFiveOnlyWhileAClientOsRequestIsInTheWindow() throws Exception {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    Client server = estate.server("SRV1.corp.example");
    estate.hostRequest(HOST, server, Instant.parse("2026-09-01T10:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(HOST, pc, Instant.parse("2026-09-03T10:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(HOST, server, Instant.parse("2026-09-20T10:00:00Z"), "0x0", 1, 1);
    estate.analyze("2026-10-30T00:00:00Z", HOST);
    Map<LocalDate, String> days = history();

    assertEquals("1/5", days.get(LocalDate.parse("2026-09-02")));
    assertEquals("2/25", days.get(LocalDate.parse("2026-09-03")));
    assertEquals("2/25", days.get(LocalDate.parse("2026-10-02")), "PC1's 30th day");
    assertEquals("1/5", days.get(LocalDate.parse("2026-10-03")));
    assertEquals("1/5", days.get(LocalDate.parse("2026-10-19")), "SRV1's second request");
    assertEquals("0/5", days.get(LocalDate.parse("2026-10-20")));
  }

  /** The host's newest history as "count/threshold" by day. */
  private Map<LocalDate, String> history() throws Exception {
    Map<LocalDate, String> days = new LinkedHashMap<>();
    try (Database database = Database.open(StoreUnderTest.location(dir), false);
        PreparedStatement query =
            database
                .connection()
                .prepareStatement(
                    "SELECT d.on_day, d.count, d.threshold FROM host_count_day d"
                        + " JOIN machine_name n ON n.machine_key = d.host_key"
                        + " WHERE n.name = ? AND d.run_id = (SELECT MAX(id) FROM analysis_run)"
                        + " ORDER BY d.on_day")) {
      query.setString(1, HOST);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          days.put(row.getObject(1, LocalDate.class), row.getInt(2) + "/" + row.getInt(3));
        }
      }
    }
    return days;
  }
}
