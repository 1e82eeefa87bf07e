package org.kmslog.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes Event Viewer CSV exports (en-US, no record ids) of numbered host requests (12290), many in
 * each second, for tests of how events without a record id are placed: event N is logged at second
 * N / perSecond after 2026-11-13 03:04:05 (local time), from its own client and CMID, and always
 * has the same content, so two files that share numbers share those events. The computer comes from
 * the file name (KMS09_...csv).
 */
public final class HostRequestCsvExport {
  private static final LocalDateTime START = LocalDateTime.of(2026, 11, 13, 3, 4, 5);
  private static final DateTimeFormatter EVENT_VIEWER =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

  private HostRequestCsvExport() {}

  /** Writes events from..to (inclusive), perSecond of them in each second. */
  public static Path write(Path file, int from, int to, int perSecond) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("\ufeffLevel,Date and Time,Source,Event ID,Task Category\r\n");
      for (int i = from; i <= to; i++) {
        out.write(event(i, perSecond));
      }
    }
    return file;
  }

  /** Event number N as a CSV record. */
  public static String event(int n, int perSecond) {
    String cmid = String.format("609dc6ba-12c9-4e85-afa1-%012x", n);
    return "Information,"
        + EVENT_VIEWER.format(START.plusSeconds(n / perSecond))
        + ",Security-SPP,12290,None,\"An activation request has been processed.\r\nInfo:\r\n"
        + "0x0,25,VDI-"
        + n
        + ".corp.example,"
        + cmid
        + ",2026/11/13 2:04,1,1,259200,73111121-5638-40f6-bc11-f1d7b0d64300\"\r\n";
  }
}
