package org.kmslog.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One event as an export holds it, before anything KMS-specific is known about it.
 *
 * @param provider the provider (source) name, as exported
 * @param eventId the event ID
 * @param timeCreated when the event was logged, in UTC
 * @param computer the computer that logged it, or null when the export does not say
 * @param channel the log (channel) name, or null when the export does not say
 * @param recordId the event record ID within its log, or null when the export has none
 * @param data the event's data values in document order (empty when the export has none)
 * @param message the rendered message text, or null when the export has none
 * @param location where in the file the event starts, for messages ("line 12, column 3")
 */
public record RawEvent(
    String provider,
    int eventId,
    Instant timeCreated,
    String computer,
    String channel,
    Long recordId,
    List<String> data,
    String message,
    String location) {

  public RawEvent {
    data = List.copyOf(data);
  }
}
