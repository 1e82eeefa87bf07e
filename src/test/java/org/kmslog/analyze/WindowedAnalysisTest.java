package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

/**
 * An analysis reads the 180 days up to its reference time (sql/analyzers/00-prepare.sql): on an
 * estate longer than that, it finds what a full analysis of the window's events alone finds,
 * however much older history would change the findings if it were read; and where the window cuts a
 * history short, the finding says so.
 */
class WindowedAnalysisTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  private static Instant at(String time) {
    return Instant.parse(time);
  }

  /** The estate of the last months: what both analyses must agree on. */
  private static void recent(Estate estate) {
    Client a = estate.client("PC-A.corp.example");
    Client b = estate.client("PC-B.corp.example");
    Client failing = estate.client("PC-FAIL.corp.example");
    for (String day : List.of("2026-08-10", "2026-09-14", "2026-10-19", "2026-10-26")) {
      estate.activation(a, "KMS01.corp.example", day + "T09:00:00Z");
      estate.activation(b, "KMS01.corp.example", day + "T10:00:00Z");
      estate.dns("KMS01.corp.example", day + "T01:00:00Z", "corp.example", null);
    }
    estate.activation(failing, "KMS01.corp.example", "2026-10-01T08:00:00Z");
    for (int hour = 0; hour < 6; hour += 2) {
      estate.clientRequest(
          failing,
          "KMS01.corp.example:1688",
          at("2026-10-29T0" + hour + ":00:00Z"),
          "0xC004F074",
          1,
          200_000);
    }
  }

  /** History older than the window that changes the findings wherever it is read. */
  private static void old(Estate estate) {
    // A client last seen in March: its activation ran out.
    estate.activation(
        estate.client("PC-OLD.corp.example"), "KMS01.corp.example", "2026-03-01T10:00:00Z");
    // Two clones of one image, both activated in February on a host retired since.
    UUID shared = UUID.fromString("00000000-0000-4000-8000-00000000c10e");
    estate.activation(
        estate.client("PC-CLONE1.corp.example").withCmid(shared),
        "KMS02.corp.example",
        "2026-02-02T10:00:00Z");
    estate.activation(
        estate.client("PC-CLONE2.corp.example").withCmid(shared),
        "KMS02.corp.example",
        "2026-02-03T10:00:00Z");
    // That host failed to publish its SRV record, and never succeeded since.
    estate.dns("KMS02.corp.example", "2026-02-04T01:00:00Z", "corp.example", "0x80070005");
  }

  @Test
  void findsWhatAFullAnalysisOfTheWindowsEventsFinds() {
    Estate withHistory = new Estate(dir.resolve("history"));
    recent(withHistory);
    old(withHistory);
    Estate windowOnly = new Estate(dir.resolve("window"));
    recent(windowOnly);

    List<Finding> windowed = withHistory.analyze(AS_OF).findings();

    assertEquals(windowOnly.analyzeWholeHistory(AS_OF).findings(), windowed);
  }

  @Test
  void theHistoryBeforeTheWindowWouldChangeTheFindings() {
    Estate withHistory = new Estate(dir.resolve("history"));
    recent(withHistory);
    old(withHistory);
    Estate again = new Estate(dir.resolve("again"));
    recent(again);
    old(again);

    assertNotEquals(
        withHistory.analyze(AS_OF).findings(), again.analyzeWholeHistory(AS_OF).findings());
  }

  @Test
  void aClientThatLastReachedAHostBeforeTheWindowHasNotReachedOneInIt() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-LONG.corp.example");
    estate.activation(pc, "KMS01.corp.example", "2026-03-01T10:00:00Z");
    estate.activation(
        estate.client("PC-OK.corp.example"), "KMS01.corp.example", "2026-10-29T10:00:00Z");
    for (String day : List.of("2026-10-27", "2026-10-28")) {
      estate.clientRequest(
          pc, "KMS01.corp.example:1688", at(day + "T10:00:00Z"), "0xC004F074", 1, 200_000);
    }

    Finding f = of(estate.analyze(AS_OF), "UNREACHED_HOST").get(0);

    assertEquals(2, f.count(), "the attempts of the window");
    assertEquals(
        "PC-LONG.corp.example made 2 activation attempts to KMS01.corp.example:1688 from"
            + " 2026-10-27 10:00 to 2026-10-28 10:00 UTC and none reached a KMS host; the last"
            + " ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or"
            + " none answered). The log of KMS01.corp.example was imported and shows none of them."
            + " It has not reached a host in the 180 days before 2026-10-30.",
        f.detail());
  }

  @Test
  void aTargetWhoseLogEndsBeforeTheWindowHasNoLogForTheWindow() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-STALE.corp.example");
    estate.activation(pc, "KMS09.corp.example", "2026-03-01T10:00:00Z");
    estate.activation(pc, "KMS01.corp.example", "2026-10-20T10:00:00Z");
    estate.clientRequest(
        pc, "KMS09.corp.example:1688", at("2026-10-28T10:00:00Z"), "0xC004F074", 1, 200_000);

    Finding f = of(estate.analyze(AS_OF), "UNREACHED_HOST").get(0);

    assertEquals(
        "PC-STALE.corp.example made 1 activation attempt to KMS09.corp.example:1688 from"
            + " 2026-10-28 10:00 to 2026-10-28 10:00 UTC and none reached a KMS host; the last"
            + " ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or"
            + " none answered). No log of KMS09.corp.example with requests in the 180 days before"
            + " 2026-10-30 was imported, so the host side could not be checked. It last reached a"
            + " host on 2026-10-20.",
        f.detail());
  }

  @Test
  void aLastActivationBeforeTheWindowIsLookedUp() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-RAN.corp.example");
    estate.activation(pc, "KMS01.corp.example", "2026-03-01T10:00:00Z");
    estate.activation(
        estate.client("PC-OK.corp.example"), "KMS01.corp.example", "2026-10-29T10:00:00Z");
    estate.hostRequest("KMS01.corp.example", pc, at("2026-10-20T10:00:00Z"), "0xC004F038", 1, 0);

    Finding f = of(estate.analyze(AS_OF), "EXPIRING").get(0);

    assertEquals("PC-RAN.corp.example", f.client());
    assertEquals(
        "PC-RAN.corp.example last activated on 2026-03-01, 242 days before 2026-10-30, so its"
            + " activation ran out on 2026-08-28 and it is not activated now. Its newest request"
            + " ended with 0xC004F038 (The KMS host answered, but its count of recent clients is"
            + " below the threshold for this product).",
        f.detail());
  }

  @Test
  void aLastActivationBeforeTheWindowIsWhatAFullAnalysisSays() {
    Estate windowed = new Estate(dir.resolve("windowed"));
    Estate whole = new Estate(dir.resolve("whole"));
    for (Estate estate : List.of(windowed, whole)) {
      Client pc = estate.client("PC-RAN.corp.example");
      estate.activation(pc, "KMS01.corp.example", "2026-03-01T10:00:00Z");
      estate.activation(
          estate.client("PC-OK.corp.example"), "KMS01.corp.example", "2026-10-29T10:00:00Z");
      estate.hostRequest("KMS01.corp.example", pc, at("2026-10-20T10:00:00Z"), "0xC004F038", 1, 0);
    }

    assertEquals(
        of(whole.analyzeWholeHistory(AS_OF), "EXPIRING"), of(windowed.analyze(AS_OF), "EXPIRING"));
  }
}
