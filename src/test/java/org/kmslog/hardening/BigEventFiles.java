package org.kmslog.hardening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kmslog.testing.ClientRequestExport;

/**
 * Writes valid exports whose events are big, for the tests of the memory the reading takes: each
 * event is within every limit, so only how many are held at once can exhaust a small heap.
 */
final class BigEventFiles {
  private static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  private BigEventFiles() {}

  /**
   * An Application log of events of another provider with messages of messageLength characters, and
   * among them, every hundredth, a KMS client request (record ids 1, 101, ...).
   */
  static Path xmlLog(Path file, int events, int messageLength) throws IOException {
    String message = "Faulting application name: app.exe ".repeat(messageLength / 35 + 1);
    message = message.substring(0, messageLength);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= events; i++) {
        if (i % 100 == 1) {
          out.write(ClientRequestExport.event(i));
        } else {
          out.write(
              "<Event xmlns='"
                  + NS
                  + "'><System><Provider Name='Application Error'/><EventID>1000</EventID>"
                  + "<TimeCreated SystemTime='2026-10-01T08:15:01.5Z'/><EventRecordID>"
                  + i
                  + "</EventRecordID><Channel>Application</Channel><Computer>PC1.corp.example"
                  + "</Computer></System><EventData><Data>app.exe</Data></EventData>"
                  + "<RenderingInfo Culture='en-US'><Message>"
                  + message
                  + "</Message></RenderingInfo></Event>");
        }
        out.write('\n');
      }
    }
    return file;
  }

  /**
   * An Event Viewer CSV of events of another provider with messages of messageLength characters.
   */
  static Path eventViewerCsv(Path file, int events, int messageLength) throws IOException {
    String message = "x".repeat(messageLength);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("\ufeffLevel,Date and Time,Source,Event ID,Task Category\r\n");
      for (int i = 0; i < events; i++) {
        out.write(
            "Error,10/13/2026 8:15:01 AM,Application Error,1000,(100),\"" + message + "\"\r\n");
      }
    }
    return file;
  }

  /** One event with this many Data elements, then one KMS client request. */
  static Path manyData(Path file, int dataElements) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "<Event xmlns='"
              + NS
              + "'><System><Provider Name='Application Error'/><EventID>1000</EventID>"
              + "<TimeCreated SystemTime='2026-10-01T08:15:01.5Z'/><EventRecordID>1"
              + "</EventRecordID><Channel>Application</Channel><Computer>PC1.corp.example"
              + "</Computer></System><EventData>");
      for (int i = 0; i < dataElements; i++) {
        out.write("<Data>1</Data>");
      }
      out.write("</EventData></Event>\n");
      out.write(ClientRequestExport.event(2));
      out.write('\n');
    }
    return file;
  }
}
