package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsPublishFailedTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  @Test
  void anUnclearedFailureIsAnError() {
    Estate estate = new Estate(dir);
    estate.dns("KMS02.corp.example", "2026-10-28T08:00:00Z", "branch.corp.example", "0x80070005");
    estate.dns("KMS02.corp.example", "2026-10-29T08:00:00Z", "branch.corp.example", "0x80070005");
    List<Finding> found = of(estate.analyze(AS_OF), "DNS_PUBLISH_FAILED");
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals("KMS02.corp.example", f.host());
    assertEquals("0x80070005", f.code());
    assertEquals(2, f.count());
    assertEquals(
        "KMS02.corp.example failed to publish its _vlmcs._tcp SRV record in branch.corp.example 2"
            + " times from 2026-10-28 to 2026-10-29 (last: 0x80070005, Access denied); it has not"
            + " succeeded since, so clients cannot find it through DNS.",
        f.detail());
    assertEquals(true, f.advice().startsWith("Let the host register its record"), f.advice());
  }

  @Test
  void aLaterSuccessMakesItAWarning() {
    Estate estate = new Estate(dir);
    estate.dns("KMS01.corp.example", "2026-10-12T04:00:00Z", "corp.example", "0x8007232A");
    estate.dns("KMS01.corp.example", "2026-10-13T04:00:00Z", "corp.example", null);
    Finding f = of(estate.analyze(AS_OF), "DNS_PUBLISH_FAILED").get(0);
    assertEquals("warning", f.severity());
    assertEquals(true, f.detail().endsWith("a later publish on 2026-10-13 succeeded."), f.detail());
    assertEquals(true, f.advice().startsWith("It recovered; if it recurs: "), f.advice());
  }

  @Test
  void aSuccessInAnotherDomainDoesNotClearIt() {
    Estate estate = new Estate(dir);
    estate.dns("KMS01.corp.example", "2026-10-12T04:00:00Z", "branch.corp.example", "0x80070005");
    estate.dns("KMS01.corp.example", "2026-10-13T04:00:00Z", "corp.example", null);
    assertEquals("error", of(estate.analyze(AS_OF), "DNS_PUBLISH_FAILED").get(0).severity());
  }

  @Test
  void anOldClearedFailureIsHistory() {
    Estate estate = new Estate(dir);
    estate.dns("KMS01.corp.example", "2026-09-01T04:00:00Z", "corp.example", "0x8007232A");
    estate.dns("KMS01.corp.example", "2026-09-02T04:00:00Z", "corp.example", null);
    estate.dns("KMS01.corp.example", "2026-10-29T04:00:00Z", "corp.example", null);
    assertEquals(List.of(), of(estate.analyze(AS_OF), "DNS_PUBLISH_FAILED"));
  }
}
