package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

class UnexpectedHostTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  private Estate rogue() {
    Estate estate = new Estate(dir);
    Client dev = estate.client("WS-DEV07.corp.example");
    estate.activation(dev, "KMS01.corp.example", "2026-10-20T08:00:00Z");
    estate.hostRequest(
        "WS-DEV07.corp.example",
        estate.client("LAB-PC01.corp.example"),
        Instant.parse("2026-10-21T08:00:00Z"),
        "0xC004F038",
        5,
        0);
    return estate;
  }

  @Test
  void aClientThatAnswersKmsRequestsIsReported() {
    List<Finding> found = of(rogue().analyze(AS_OF), "UNEXPECTED_HOST");
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("warning", f.severity());
    assertEquals("WS-DEV07.corp.example", f.host());
    assertEquals("LAB-PC01.corp.example", f.client());
    assertEquals("0xC004F038", f.code());
    assertEquals(1, f.count());
    assertEquals(
        "WS-DEV07.corp.example answers KMS requests (1 from 1 client, all refused with"
            + " 0xC004F038: count too low) but is itself a KMS client of KMS01.corp.example: a KMS"
            + " host key was installed on a client (clients: LAB-PC01.corp.example).",
        f.detail());
    assertEquals(true, f.advice().contains("slmgr /upk"), f.advice());
  }

  @Test
  void itsLowCountIsNotAlsoReportedAsBelowThreshold() {
    assertEquals(List.of(), of(rogue().analyze(AS_OF), "BELOW_THRESHOLD"));
  }

  @Test
  void withASanctionedListEveryOtherAnsweringOrNamedHostIsReported() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-28T08:00:00Z");
    estate.activation(
        estate.client("PC2.corp.example"), "KMS09.corp.example", "2026-10-28T09:00:00Z");
    estate.clientRequest(
        estate.client("PC3.corp.example"),
        "kms-old.corp.example:1688",
        Instant.parse("2026-10-28T10:00:00Z"),
        "0xC004F074",
        1,
        1);
    List<Finding> found =
        of(estate.analyze(AS_OF, "kms01", "KMS02.corp.example"), "UNEXPECTED_HOST");
    assertEquals(
        List.of("kms-old.corp.example", "KMS09.corp.example"),
        found.stream().map(Finding::host).toList());
    assertEquals(
        "kms-old.corp.example is named as KMS host in 1 request of 1 client but is not one of the"
            + " sanctioned hosts (clients: PC3.corp.example).",
        found.get(0).detail());
  }

  @Test
  void sanctionedHostsAreMatchedByMachineKey() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-28T08:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF, "KMS01"), "UNEXPECTED_HOST"));
    assertEquals(
        List.of(),
        of(
            new Estate(dir.resolve("b"))
                .activation(
                    estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-28T08:00:00Z")
                .analyze(AS_OF, "kms01.CORP.example"),
            "UNEXPECTED_HOST"));
  }

  @Test
  void withoutAListANormalHostIsNotReported() {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC1.corp.example"), "KMS01.corp.example", "2026-10-28T08:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "UNEXPECTED_HOST"));
  }
}
