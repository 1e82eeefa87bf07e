package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;
import org.kmslog.testing.StoreUnderTest;

class BelowThresholdTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";
  private static final String HOST = "KMS02.corp.example";

  @TempDir Path dir;

  /** Clients that each asked the host once, a day apart, ending the day before the reference. */
  private static Estate askedBy(Estate estate, int clients, boolean servers) {
    for (int i = 0; i < clients; i++) {
      Client c =
          servers
              ? estate.server("SRV" + i + ".corp.example")
              : estate.client("PC" + i + ".corp.example");
      estate.hostRequest(
          HOST, c, Instant.parse("2026-10-29T12:00:00Z").minusSeconds(3600L * i), "0x0", 1, 1);
    }
    return estate;
  }

  @Test
  void twentyFourClientOsMachinesAreOneShort() {
    Estate estate = askedBy(new Estate(dir), 24, false);
    List<Finding> found = of(estate.analyze(AS_OF), "BELOW_THRESHOLD");
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals(HOST, f.host());
    assertEquals(24, f.count());
    assertEquals(
        "KMS02.corp.example counted 24 distinct clients in the 30 days before 2026-10-30; client"
            + " operating systems need 25, so 1 more client is needed.",
        f.detail());
  }

  @Test
  void twentyFiveClientOsMachinesAreEnough() {
    Estate estate = askedBy(new Estate(dir), 25, false);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "BELOW_THRESHOLD"));
  }

  @Test
  void serversNeedFive() {
    assertEquals(
        1,
        of(askedBy(new Estate(dir.resolve("4")), 4, true).analyze(AS_OF), "BELOW_THRESHOLD")
            .size());
    assertEquals(
        List.of(),
        of(askedBy(new Estate(dir.resolve("5")), 5, true).analyze(AS_OF), "BELOW_THRESHOLD"));
  }

  @Test
  void onlyTheLastThirtyDaysCount() {
    Estate estate = askedBy(new Estate(dir), 24, false);
    Client old = estate.client("PC-OLD.corp.example");
    Client recent = estate.client("PC-RECENT.corp.example");
    estate.hostRequest(HOST, old, Instant.parse("2026-09-29T23:59:00Z"), "0x0", 1, 1);
    assertEquals(
        1, of(estate.analyze(AS_OF), "BELOW_THRESHOLD").size(), "30 days and a minute ago");
    Estate within = askedBy(new Estate(dir.resolve("within")), 24, false);
    within.hostRequest(HOST, recent, Instant.parse("2026-09-30T00:01:00Z"), "0x0", 1, 1);
    assertEquals(List.of(), of(within.analyze(AS_OF), "BELOW_THRESHOLD"));
  }

  @Test
  void clonesCountOnce() {
    Estate estate = askedBy(new Estate(dir), 24, false);
    Client first = estate.client("PC-CLONE-A.corp.example");
    estate.hostRequest(HOST, first, Instant.parse("2026-10-20T08:00:00Z"), "0x0", 1, 1);
    estate.hostRequest(
        HOST,
        estate.client("PC-CLONE-B.corp.example").withCmid(first.cmid()),
        Instant.parse("2026-10-20T09:00:00Z"),
        "0x0",
        1,
        1);
    // 26 machines but 25 CMIDs: enough. Without the shared CMID it would be 26.
    assertEquals(List.of(), of(estate.analyze(AS_OF), "BELOW_THRESHOLD"));
    Estate short_ = askedBy(new Estate(dir.resolve("short")), 23, false);
    Client a = short_.client("PC-CLONE-A.corp.example");
    short_.hostRequest(HOST, a, Instant.parse("2026-10-20T08:00:00Z"), "0x0", 1, 1);
    short_.hostRequest(
        HOST,
        short_.client("PC-CLONE-B.corp.example").withCmid(a.cmid()),
        Instant.parse("2026-10-20T09:00:00Z"),
        "0x0",
        1,
        1);
    assertEquals(24, of(short_.analyze(AS_OF), "BELOW_THRESHOLD").get(0).count());
  }

  @Test
  void theCountsClientsSawCorroborateAShortHostLog() {
    Estate estate = new Estate(dir);
    Client c = estate.client("BR-PC01.corp.example");
    estate.refused(c, HOST, "2026-10-29T08:00:00Z", "0x0", 31);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "BELOW_THRESHOLD"));
  }

  @Test
  void refusalsAreCountedAndNamed() {
    Estate estate = new Estate(dir);
    for (int i = 1; i <= 3; i++) {
      estate.refused(
          estate.client("BR-PC0" + i + ".corp.example"),
          HOST,
          "2026-10-2" + i + "T08:00:00Z",
          "0xC004F038",
          i);
    }
    Finding f = of(estate.analyze(AS_OF), "BELOW_THRESHOLD").get(0);
    assertEquals("0xC004F038", f.code());
    assertEquals(
        "KMS02.corp.example counted 3 distinct clients in the 30 days before 2026-10-30 (its"
            + " clients saw counts of 1 to 3); client operating systems need 25, so 22 more"
            + " clients are needed. It refused 3 requests with 0xC004F038.",
        f.detail());
  }

  @Test
  void theHostCapsItsCount() throws Exception {
    Estate estate = askedBy(new Estate(dir), 60, false);
    AnalysisRun run = estate.analyze(AS_OF);
    assertEquals(List.of(), of(run, "BELOW_THRESHOLD"));
    try (var db = org.kmslog.store.Database.open(StoreUnderTest.location(dir), false)) {
      assertEquals(
          50,
          org.kmslog.testing.Fixtures.queryLong(
              db.connection(),
              "SELECT estimated_count FROM host_summary WHERE run_id = ?",
              run.id()));
    }
  }
}
