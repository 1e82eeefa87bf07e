package org.kmslog.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes wevtutil exports of numbered client requests (12288), each from its own machine and CMID,
 * for tests that need many events: event N always has record ID N and the same content, so two
 * files that share numbers share those events.
 */
public final class ClientRequestExport {
  private ClientRequestExport() {}

  /** Writes events from..to (inclusive), one per line. */
  public static Path write(Path file, int from, int to) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = from; i <= to; i++) {
        out.write(event(i));
        out.write('\n');
      }
    }
    return file;
  }

  /** Event number N. */
  public static String event(int record) {
    String cmid = String.format("6c1a3b0e-2d4f-4c7e-9a51-%012x", record);
    return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
        + "<Provider Name='Microsoft-Windows-Security-SPP'/><EventID>12288</EventID>"
        + "<TimeCreated SystemTime='2026-10-01T08:15:01.5Z'/><EventRecordID>"
        + record
        + "</EventRecordID><Channel>Application</Channel><Computer>PC"
        + record
        + ".corp.example</Computer></System><EventData><Data>0x0, 0x0, KMS01.corp.example:1688, "
        + cmid
        + ", 2026/10/01 08:15, 0, 1, 250123, 73111121-5638-40f6-bc11-f1d7b0d64300, 25</Data>"
        + "</EventData></Event>";
  }
}
