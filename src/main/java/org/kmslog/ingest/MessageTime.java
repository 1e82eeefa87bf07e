package org.kmslog.ingest;

import java.time.LocalDateTime;

/**
 * Finds the time an event's own message carries (for KMS events, the client time in the Info
 * tuple), which settles how a CSV file orders day and month when its dates alone cannot. The
 * readers know nothing of what a message means; whoever opens them may say.
 */
@FunctionalInterface
public interface MessageTime {
  /** No message carries a time kmslog trusts. */
  MessageTime NONE = (provider, eventId, message) -> null;

  /**
   * The time written in an event's message, in whatever clock its writer used, or null when the
   * message carries none.
   *
   * @param provider the event's provider (source) as exported, or null
   * @param eventId the event's ID, or -1 when the export's is not a number
   * @param message the rendered message, or null
   */
  LocalDateTime in(String provider, int eventId, String message);
}
