package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;
import org.kmslog.analyze.HostSummary;

class TextReportTest {
  private static final LocalDateTime T = LocalDateTime.of(2026, 10, 29, 10, 21, 36, 271_542_000);

  @Test
  void noControlCharacterFromALogReachesTheTerminal() {
    Finding f =
        new Finding(
            "EXPIRING",
            "warning",
            "KMS01\u001b]0;owned\u0007",
            "PC1\r\nPC2\u009b2J",
            null,
            null,
            T,
            T,
            1,
            null,
            "PC1\u001b[31m is red\nand on two lines.",
            "Fix\u0000 it.",
            1,
            null);
    HostSummary host =
        new HostSummary("KMS\u001b[2J01", "kms01", 1, 1, 1, 25, null, null, T, T, "no DNS events");
    AnalysisRun data = new AnalysisRun(7, T, T, List.of(host), List.of(f), Map.of());
    String text = Reports.render(ReportFormat.TEXT, data);
    for (char c : text.toCharArray()) {
      assertFalse(Character.isISOControl(c) && c != '\n', "control character " + (int) c);
    }
    assertEquals(
        "Analysis #7 as of 2026-10-29 10:21:36 UTC: 1 finding (0 errors, 1 warning, 0 info).\n"
            + "\n"
            + "KMS hosts\n"
            + "\n"
            + "Host       Requests  Clients 30d  Count  Threshold  Clients saw  Last request (UTC)  DNS\n"
            + "---------  --------  -----------  -----  ---------  -----------  ------------------  -------------\n"
            + "KMS [2J01         1            1      1         25            -  2026-10-29 10:21    no DNS events\n"
            + "\n"
            + "EXPIRING: 1 warning\n"
            + "\n"
            + "#  Severity  Host             Client       Code  Count  First seen  Last seen\n"
            + "-  --------  ---------------  -----------  ----  -----  ----------  ----------\n"
            + "1  warning   KMS01 ]0;owned   PC1  PC2 2J            1  2026-10-29  2026-10-29\n"
            + "\n"
            + " 1. PC1 [31m is red and on two lines.\n"
            + "    Fix: Fix it.\n",
        text);
  }
}
