package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

class DuplicateCmidTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  @Test
  void twoMachinesWithOneCmidAreReported() {
    Estate estate = new Estate(dir);
    Client a = estate.client("PC-CLONE-A.corp.example");
    Client b = estate.client("PC-CLONE-B.corp.example").withCmid(a.cmid());
    estate.activation(a, "KMS01.corp.example", "2026-10-20T08:00:00Z");
    estate.activation(b, "KMS01.corp.example", "2026-10-21T08:00:00Z");
    List<Finding> found = of(estate.analyze(AS_OF), "DUPLICATE_CMID");
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals(a.cmid(), f.cmid());
    assertEquals("PC-CLONE-A.corp.example, PC-CLONE-B.corp.example", f.client());
    assertEquals("KMS01.corp.example", f.host());
    assertEquals(2, f.count());
    assertEquals(
        "CMID "
            + a.cmid()
            + " is used by 2 machines: PC-CLONE-A.corp.example,"
            + " PC-CLONE-B.corp.example; a KMS host counts them as one client, so they add only 1"
            + " to its count.",
        f.detail());
  }

  @Test
  void aCloneSeenOnlyInTheClientsOwnLogsIsReported() {
    Estate estate = new Estate(dir);
    Client a = estate.client("PC-A.corp.example");
    Client b = estate.client("PC-B.corp.example").withCmid(a.cmid());
    estate.clientRequest(a, "kms:1688", Instant.parse("2026-10-20T08:00:00Z"), "0xC004F074", 1, 1);
    estate.clientRequest(b, "kms:1688", Instant.parse("2026-10-20T09:00:00Z"), "0xC004F074", 1, 1);
    assertEquals(1, of(estate.analyze(AS_OF), "DUPLICATE_CMID").size());
  }

  @Test
  void oneMachineUnderItsShortNameFqdnAndAnyCaseIsNotADuplicate() {
    Estate estate = new Estate(dir);
    Client hr = estate.client("PC-HR01.corp.example").reportedAs("PC-HR01");
    estate.activation(hr, "KMS01.corp.example", "2026-10-20T08:00:00Z");
    estate.activation(
        hr.reportedAs("pc-hr01.CORP.example"), "KMS01.corp.example", "2026-10-27T08:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "DUPLICATE_CMID"));
  }

  @Test
  void windowsAndOfficeUnderOneCmidOnOneMachineIsNotADuplicate() {
    Estate estate = new Estate(dir);
    Client fin = estate.client("PC-FIN03.corp.example");
    estate.activation(fin, "KMS01.corp.example", "2026-10-20T08:00:00Z");
    estate.activation(fin.asking(5, Estate.OFFICE), "KMS01.corp.example", "2026-10-20T08:05:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "DUPLICATE_CMID"));
  }
}
