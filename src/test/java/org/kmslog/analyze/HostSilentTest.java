package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

class HostSilentTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  @Test
  void aHostThatStoppedWhileItsClientsKeepTryingIsReported() {
    Estate estate = new Estate(dir);
    Client srv = estate.server("SRV-APP01.corp.example");
    estate.activation(srv, "KMS03.corp.example", "2026-10-05T06:12:00Z");
    estate.clientRequest(
        srv,
        "KMS03.corp.example:1688",
        Instant.parse("2026-10-12T06:12:00Z"),
        "0xC004F074",
        1,
        1000);
    estate.clientRequest(
        srv,
        "KMS03.corp.example:1688",
        Instant.parse("2026-10-12T08:12:00Z"),
        "0xC004F074",
        1,
        1000);
    List<Finding> found = of(estate.analyze(AS_OF), "HOST_SILENT");
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals("KMS03.corp.example", f.host());
    assertEquals("SRV-APP01.corp.example", f.client());
    assertEquals(2, f.count());
    assertEquals(LocalDateTime.parse("2026-10-05T06:12:00.700"), f.firstSeen());
    assertEquals(LocalDateTime.parse("2026-10-12T08:12"), f.lastSeen());
    assertEquals(
        "KMS03.corp.example logged its last activation request on 2026-10-05 06:12 UTC, 24 days"
            + " before 2026-10-30; since then 2 attempts by 1 client (SRV-APP01.corp.example) to"
            + " reach it failed, the last on 2026-10-12 08:12 UTC.",
        f.detail());
  }

  @Test
  void aHostWithoutRequestsForMoreThanAWeekIsReported() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-21T23:00:00Z");
    Finding f = of(estate.analyze(AS_OF), "HOST_SILENT").get(0);
    assertEquals(0, f.count());
    assertEquals(
        true, f.detail().endsWith("If its log was exported before then, import a newer export."));
  }

  @Test
  void sixDaysWithoutRequestsIsNormal() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-24T01:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "HOST_SILENT"));
  }

  @Test
  void clientsThatGetAnswersAfterTheHostsLogEndsShowItIsAlive() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC1.corp.example");
    estate.activation(pc, "KMS01.corp.example", "2026-10-27T08:00:00Z");
    Instant later = Instant.parse("2026-10-29T08:00:00Z");
    estate.clientRequest(pc, "KMS01.corp.example:1688", later, "0x0", 1, 1000);
    estate.clientResponse(pc, later.plusSeconds(2), "0x0", 1, 40);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "HOST_SILENT"));
  }
}
