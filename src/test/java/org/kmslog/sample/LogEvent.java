package org.kmslog.sample;

import java.time.Instant;
import java.util.List;

/**
 * One generated event as the event log stores it, independent of any export shape.
 *
 * @param time when the event was logged (UTC, a multiple of 100 ns)
 * @param computer the logging machine's name as the event's {@code Computer} element shows it
 * @param channel the log the event belongs to
 * @param provider the event's provider
 * @param eventId the event id
 * @param level 2 error, 3 warning, 4 information
 * @param data the insertion strings; for KMS events the fields of the "Info:" tuple
 * @param binary hex of the binary data, or null
 * @param sequence creation order, to break ties between events with the same time
 * @param recordId the record id in its log, 0 until the pipeline assigns it
 */
record LogEvent(
    Instant time,
    String computer,
    Channel channel,
    Provider provider,
    int eventId,
    int level,
    List<String> data,
    String binary,
    long sequence,
    long recordId) {

  LogEvent {
    data = List.copyOf(data);
  }

  /** This event with its record id set. */
  LogEvent withRecordId(long id) {
    return new LogEvent(
        time, computer, channel, provider, eventId, level, data, binary, sequence, id);
  }

  /** Whether the data is a KMS "Info:" tuple (12288, 12289 or 12290 from SPP). */
  boolean isKmsTuple() {
    return provider == Provider.SPP && (eventId == 12288 || eventId == 12289 || eventId == 12290);
  }

  /** The tuple as the message shows it: ", " between client fields, "," between host fields. */
  String joinedTuple() {
    return String.join(eventId == 12290 ? "," : ", ", data);
  }
}
