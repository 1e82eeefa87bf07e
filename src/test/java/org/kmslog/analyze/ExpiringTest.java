package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

class ExpiringTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  @Test
  void lastActivatedMoreThan150DaysAgo() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-OLD20.corp.example");
    estate.activation(pc, "KMS01.corp.example", "2026-06-01T23:00:00Z");
    estate.clientRequest(
        pc,
        "KMS01.corp.example:1688",
        Instant.parse("2026-10-29T09:00:00Z"),
        "0xC004F074",
        1,
        30000);
    List<Finding> found = of(estate.analyze(AS_OF), "EXPIRING");
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("warning", f.severity());
    assertEquals("PC-OLD20.corp.example", f.client());
    assertEquals("0xC004F074", f.code());
    assertEquals(1, f.count(), "requests in the 30 days before the reference time");
    assertEquals(29, f.daysLeft(), "180 days after 2026-06-01 23:00 is 2026-11-28 23:00");
    assertEquals(
        "PC-OLD20.corp.example last activated on 2026-06-01, 150 days before 2026-10-30; its"
            + " activation runs out on 2026-11-28, in 29 days, unless it renews. Its newest request"
            + " ended with 0xC004F074 (No KMS host could be contacted: the client found no host, or"
            + " none answered).",
        f.detail());
  }

  @Test
  void anActivationThatRanOutIsAnError() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC-RAN.corp.example"), "KMS01.corp.example", "2026-03-01T10:00:00Z");
    // Its only events are older than the window of an analysis (WindowedAnalysisTest).
    Finding f = of(estate.analyzeWholeHistory(AS_OF), "EXPIRING").get(0);
    assertEquals("error", f.severity());
    assertEquals(0, f.daysLeft());
    assertEquals(
        "PC-RAN.corp.example last activated on 2026-03-01, 242 days before 2026-10-30, so its"
            + " activation ran out on 2026-08-28 and it is not activated now.",
        f.detail());
  }

  @Test
  void activated149DaysAgoIsNotYetExpiring() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-06-02T01:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "EXPIRING"));
  }

  @Test
  void notificationStateWithoutActivationSince() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-GRACE15.corp.example");
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", Instant.parse("2026-10-29T09:00:00Z"), "0xC004F074", 5, 0);
    Finding f = of(estate.analyze(AS_OF), "EXPIRING").get(0);
    assertEquals("error", f.severity(), "a client in notification is not activated");
    assertEquals(0, f.daysLeft());
    assertEquals(
        "PC-GRACE15.corp.example is not activated: it reported license state 5 (notification: its"
            + " grace period ran out) in its newest request, on 2026-10-29, and no activation of it"
            + " was seen. Its newest request ended with 0xC004F074 (No KMS host could be contacted:"
            + " the client found no host, or none answered).",
        f.detail());
  }

  @Test
  void neverActivatedInOutOfBoxGraceIsAnErrorWithItsGraceDaysLeft() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-NEW.corp.example");
    estate.clientRequest(
        pc,
        "KMS01.corp.example:1688",
        Instant.parse("2026-10-28T00:00:00Z"),
        "0xC004F074",
        2,
        20160);
    AnalysisRun run = estate.analyze(AS_OF);
    Finding f = of(run, "EXPIRING").get(0);
    assertEquals("error", f.severity());
    assertEquals(12, f.daysLeft());
    assertEquals(
        "PC-NEW.corp.example is not activated: it reported license state 2 (out-of-box grace) in"
            + " its newest request, on 2026-10-28, with its grace period running out on"
            + " 2026-11-11, 12 days after 2026-10-30, and no activation of it was seen. Its newest"
            + " request ended with 0xC004F074 (No KMS host could be contacted: the client found no"
            + " host, or none answered).",
        f.detail());
    assertEquals(12, of(run, "UNREACHED_HOST").get(0).daysLeft(), "the same client's days");
  }

  @Test
  void graceFollowedByActivationIsFine() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-NEW.corp.example");
    Instant t = Instant.parse("2026-10-29T09:00:00Z");
    estate.clientRequest(pc, "KMS01.corp.example:1688", t, "0x0", 2, 43000);
    estate.hostRequest("KMS01.corp.example", pc, t.plusSeconds(1), "0x0", 2, 43000);
    estate.clientResponse(pc, t.plusSeconds(2), "0x0", 1, 30);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "EXPIRING"));
  }

  @Test
  void licensedWithThirtyDaysLeftAndNoRenewal() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-SKEW05.corp.example");
    estate.refused(pc, "KMS01.corp.example", "2026-10-28T14:00:00Z", "0xC004F06C", 30);
    // refused() reports license state 5; a licensed client with little time left:
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", Instant.parse("2026-10-29T14:00:00Z"), "0x0", 1, 43200);
    Finding f = of(estate.analyze(AS_OF), "EXPIRING").get(0);
    assertEquals("warning", f.severity());
    assertEquals(29, f.daysLeft(), "30 days from 2026-10-29 14:00 are 29 days and 14 hours");
    assertEquals(
        "PC-SKEW05.corp.example's newest request, on 2026-10-29, says its activation runs out on"
            + " 2026-11-28, 29 days after 2026-10-30, and no activation of it was seen.",
        f.detail());
  }

  @Test
  void daysLeftAreCountedFromTheReferenceTimeNotFromTheRequest() {
    Estate estate = new Estate(dir);
    estate.clientRequest(
        estate.client("PC-E.corp.example"),
        "KMS09.corp.example:1688",
        Instant.parse("2026-10-10T12:00:00Z"),
        "0xC004F038",
        1,
        43200);
    Finding f = of(estate.analyze(AS_OF), "EXPIRING").get(0);
    assertEquals(10, f.daysLeft(), "30 days from 2026-10-10 12:00 end 10 days after 2026-10-30");
    assertEquals(
        true,
        f.detail().contains(" runs out on 2026-11-09, 10 days after 2026-10-30,"),
        f.detail());
  }

  @Test
  void licensedWithMoreThanThirtyDaysLeftIsFine() {
    // 43801 minutes from 2026-10-29 14:00 end at 2026-11-29 00:01: 30 days and a minute after the
    // reference time.
    Estate estate = new Estate(dir);
    estate.clientRequest(
        estate.client("PC1.corp.example"),
        "KMS01.corp.example:1688",
        Instant.parse("2026-10-29T14:00:00Z"),
        "0x0",
        1,
        43801);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "EXPIRING"));
  }

  @Test
  void requestsLoggedAfter2068AreDatedExactly() {
    // The newest request a host logged is unpacked from seconds since 2000, which pass the range
    // of an INT in 2068.
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-GRACE15.corp.example");
    estate.hostRequest(
        "KMS01.corp.example", pc, Instant.parse("2099-06-01T12:34:56Z"), "0xC004F038", 5, 0);
    Finding f = of(estate.analyze("2099-06-02T00:00:00Z"), "EXPIRING").get(0);
    assertEquals(java.time.LocalDateTime.parse("2099-06-01T12:34:56"), f.lastSeen());
    assertEquals(
        "PC-GRACE15.corp.example is not activated: it reported license state 5 (notification: its"
            + " grace period ran out) in its newest request, on 2099-06-01, and no activation of it"
            + " was seen. Its newest request ended with 0xC004F038 (The KMS host answered, but its"
            + " count of recent clients is below the threshold for this product).",
        f.detail());
  }
}
