package org.kmslog.sample;

import java.time.Instant;
import java.util.Set;

/**
 * One export file: which machine's logs, which time window, and in which shape.
 *
 * @param fileName the file name inside the output directory
 * @param computer the exporting machine, matched against each event's {@code Computer}
 * @param channels the logs the file holds (several only for a custom view)
 * @param shape the shape letter (A..I) the README refers to
 * @param encoding the bytes on disk
 * @param newestFirst whether records run from newest to oldest (Event Viewer, Get-WinEvent)
 * @param formatter the text of header, records and footer
 * @param from the oldest event time the file holds (inclusive)
 * @param to the end of the file's window (exclusive)
 * @param notes a short description of the file's peculiarities for the README
 */
record ExportSpec(
    String fileName,
    String computer,
    Set<Channel> channels,
    String shape,
    FileEncoding encoding,
    boolean newestFirst,
    EventFormatter formatter,
    Instant from,
    Instant to,
    String notes) {

  ExportSpec {
    channels = Set.copyOf(channels);
  }

  /** Whether the event belongs in this file. */
  boolean accepts(LogEvent e) {
    return e.computer().equals(computer)
        && channels.contains(e.channel())
        && !e.time().isBefore(from)
        && e.time().isBefore(to);
  }
}
