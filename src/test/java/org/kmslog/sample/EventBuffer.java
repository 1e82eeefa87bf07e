package org.kmslog.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects the events generated for one time slice, numbering them in creation order. */
final class EventBuffer {
  private List<LogEvent> events = new ArrayList<>();
  private long sequence;

  /** Adds an event (without record id) and returns it. */
  LogEvent add(
      Instant time,
      String computer,
      Channel channel,
      Provider provider,
      int eventId,
      int level,
      List<String> data,
      String binary) {
    LogEvent e =
        new LogEvent(
            time, computer, channel, provider, eventId, level, data, binary, sequence++, 0);
    events.add(e);
    return e;
  }

  /** Hands over the collected events and starts an empty collection. */
  List<LogEvent> drain() {
    List<LogEvent> drained = events;
    events = new ArrayList<>();
    return drained;
  }
}
