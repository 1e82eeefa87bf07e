package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.analyze.Estate.Client;

class UnreachedHostTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  private static Instant at(String time) {
    return Instant.parse(time);
  }

  @Test
  void clientThatNeverReachesItsHostIsReported() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-FW09.corp.example");
    Client other = estate.client("PC-OK.corp.example");
    estate.activation(other, "KMS01.corp.example", "2026-10-20T09:00:00Z");
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", at("2026-10-20T08:00:00Z"), "0x8007274C", 2, 40000);
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", at("2026-10-20T10:00:00Z"), "0x8007274C", 2, 39880);
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", at("2026-10-21T08:00:00Z"), "0xC004F074", 2, 38000);
    List<Finding> found = of(estate.analyze(AS_OF), "UNREACHED_HOST");
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals("KMS01.corp.example:1688", f.host());
    assertEquals("PC-FW09.corp.example", f.client());
    assertEquals(pc.cmid(), f.cmid());
    assertEquals("0xC004F074", f.code());
    assertEquals(3, f.count());
    assertEquals(LocalDateTime.parse("2026-10-20T08:00"), f.firstSeen());
    assertEquals(LocalDateTime.parse("2026-10-21T08:00"), f.lastSeen());
    assertEquals(
        "PC-FW09.corp.example made 3 activation attempts to KMS01.corp.example:1688 from"
            + " 2026-10-20 08:00 to 2026-10-21 08:00 UTC and none reached a KMS host; the last"
            + " ended with 0xC004F074 (No KMS host could be contacted: the client found no host,"
            + " or none answered). The log of KMS01.corp.example was imported and shows none of"
            + " them.",
        f.detail());
    assertTrue(f.advice().contains("slmgr /skms host:1688"), f.advice());
  }

  @Test
  void saysWhenTheTargetHostsLogWasNotImported() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-NEW.corp.example");
    estate.clientRequest(
        pc, "kms-old.corp.example:1688", at("2026-10-20T08:00:00Z"), "0xC004F074", 2, 40000);
    Finding f = of(estate.analyze(AS_OF), "UNREACHED_HOST").get(0);
    assertEquals("kms-old.corp.example:1688", f.host());
    assertTrue(
        f.detail()
            .endsWith(
                "No log of kms-old.corp.example was imported, so the host side could"
                    + " not be checked."),
        f.detail());
  }

  @Test
  void aTransientFailureFollowedBySuccessIsNotReported() {
    Estate estate = new Estate(dir);
    Client laptop = estate.client("PC-LAPTOP12.corp.example");
    estate.clientRequest(
        laptop, "KMS01.corp.example:1688", at("2026-10-20T08:00:00Z"), "0xC004F074", 1, 40000);
    estate.activation(laptop, "KMS01.corp.example", "2026-10-20T10:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "UNREACHED_HOST"));
  }

  @Test
  void aFailureAfterTheLastSuccessIsReportedWithWhenItLastReachedAHost() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-OLD20.corp.example");
    estate.activation(pc, "KMS01.corp.example", "2026-10-01T10:00:00Z");
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", at("2026-10-20T08:00:00Z"), "0xC004F074", 1, 40000);
    Finding f = of(estate.analyze(AS_OF), "UNREACHED_HOST").get(0);
    assertEquals(1, f.count());
    assertTrue(f.detail().endsWith(" It last reached a host on 2026-10-01."), f.detail());
  }

  @Test
  void anAnswerTheClientProcessedShowsItReachedAHostWhoseLogIsMissing() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    Instant t = at("2026-10-20T08:00:00Z");
    estate.clientRequest(pc, "KMS09.corp.example:1688", t, "0x0", 1, 40000);
    estate.clientResponse(pc, t.plusSeconds(3), "0x0", 1, 40);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "UNREACHED_HOST"));
  }

  @Test
  void aRequestSentButNeverLoggedOrAnsweredIsUnreached() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    estate.activation(
        estate.client("PC2.corp.example"), "KMS01.corp.example", "2026-10-20T07:00:00Z");
    estate.clientRequest(
        pc, "KMS01.corp.example:1688", at("2026-10-20T08:00:00Z"), "0x0", 1, 40000);
    Finding f = of(estate.analyze(AS_OF), "UNREACHED_HOST").get(0);
    assertEquals(null, f.code(), "a success code is not the error");
    assertTrue(
        f.detail()
            .contains(
                "they were sent, but no imported host logged them and no answer" + " came back."),
        f.detail());
  }

  @Test
  void requestsMatchHostRecordsByClientTimeWithinOneMinute() {
    Estate estate = new Estate(dir);
    Client near = estate.client("PC-NEAR.corp.example");
    Client far = estate.client("PC-FAR.corp.example");
    Instant t = at("2026-10-20T08:00:00Z");
    estate.clientRequest(near, "KMS01.corp.example:1688", t, "0x0", 1, 40000);
    estate.hostRequest(
        "KMS01.corp.example", near, t.plusSeconds(5), t.plusSeconds(60), "0x0", 1, 40000);
    estate.clientRequest(far, "KMS01.corp.example:1688", t, "0x0", 1, 40000);
    estate.hostRequest(
        "KMS01.corp.example", far, t.plusSeconds(5), t.plusSeconds(120), "0x0", 1, 40000);
    List<Finding> found = of(estate.analyze(AS_OF), "UNREACHED_HOST");
    assertEquals(List.of("PC-FAR.corp.example"), found.stream().map(Finding::client).toList());
  }

  @Test
  void aSkewedClockDoesNotBreakTheMatch() {
    Estate estate = new Estate(dir);
    Client skewed = estate.client("PC-SKEW.corp.example").skewed(java.time.Duration.ofHours(5));
    estate.refused(skewed, "KMS01.corp.example", "2026-10-20T08:00:00Z", "0xC004F06C", 30);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "UNREACHED_HOST"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0xC004F06C", "0xC004F038", "0xC004F041", "0xC004F042"})
  void aResultOnlyAHostCanGiveShowsTheRequestReachedOne(String code) {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    estate.clientRequest(pc, "KMS09.corp.example:1688", at("2026-10-20T08:00:00Z"), code, 2, 41760);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "UNREACHED_HOST"));
  }

  @Test
  void withoutClientTimeEventTimesWithinTenMinutesMatch() {
    Estate estate = new Estate(dir);
    Client near = estate.client("PC-NEAR.corp.example");
    Client far = estate.client("PC-FAR.corp.example");
    Instant t = at("2026-10-20T08:00:00Z");
    estate.clientRequestWithoutTime(near, "KMS01.corp.example:1688", t);
    estate.hostRequest("KMS01.corp.example", near, t.plusSeconds(600), "0x0", 1, 40000);
    estate.clientRequestWithoutTime(far, "KMS01.corp.example:1688", t);
    estate.hostRequest("KMS01.corp.example", far, t.plusSeconds(601), "0x0", 1, 40000);
    List<Finding> found = of(estate.analyze(AS_OF), "UNREACHED_HOST");
    assertEquals(List.of("PC-FAR.corp.example"), found.stream().map(Finding::client).toList());
  }

  @Test
  void oneFindingPerTarget() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    estate.clientRequest(
        pc, "kms-a.corp.example:1688", at("2026-10-20T08:00:00Z"), "0xC004F074", 1, 40000);
    estate.clientRequest(
        pc, "kms-b.corp.example:1688", at("2026-10-20T10:00:00Z"), "0xC004F074", 1, 40000);
    List<Finding> found = of(estate.analyze(AS_OF), "UNREACHED_HOST");
    assertEquals(
        List.of("kms-a.corp.example:1688", "kms-b.corp.example:1688"),
        found.stream().map(Finding::host).toList());
  }
}
