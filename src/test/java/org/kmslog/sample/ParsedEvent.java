package org.kmslog.sample;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event as a test reads it back from an XML export.
 *
 * @param provider the Provider Name attribute
 * @param eventId the EventID
 * @param level the Level
 * @param systemTime the SystemTime attribute as written
 * @param recordId the EventRecordID
 * @param channel the Channel
 * @param computer the Computer
 * @param hasEventData whether an EventData element exists
 * @param data the text of each Data element, in order
 * @param message the RenderingInfo message, or null
 * @param culture the RenderingInfo culture, or null
 */
record ParsedEvent(
    String provider,
    int eventId,
    int level,
    String systemTime,
    long recordId,
    String channel,
    String computer,
    boolean hasEventData,
    List<String> data,
    String message,
    String culture) {

  Instant time() {
    return OffsetDateTime.parse(systemTime).toInstant();
  }

  boolean isSpp() {
    return provider.equals("Microsoft-Windows-Security-SPP");
  }

  /** The tuple fields whatever the Data layout (joined, one per field, leading empty). */
  List<String> tuple() {
    String separator = eventId == 12290 ? "," : ", ";
    if (data.isEmpty()) {
      String[] lines = message.split("\r\n");
      return List.of(lines[lines.length - 1].split(separator, -1));
    }
    if (data.size() == 1) {
      return List.of(data.get(0).split(separator, -1));
    }
    // A leading Data that is empty or holds the joined fields (the message's %1) is not a field.
    List<String> rest = data.subList(1, data.size());
    String first = data.get(0);
    return first.isEmpty() || first.equals(String.join(separator, rest)) ? rest : data;
  }
}
