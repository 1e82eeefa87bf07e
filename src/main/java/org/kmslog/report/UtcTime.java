package org.kmslog.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How reports write times, all UTC. Machine-readable times are ISO-8601 with a Z, cut to whole
 * seconds (not rounded, so a time never moves past the event it stands for): the same width
 * everywhere, sortable as text, and readable by spreadsheets, which mostly refuse fractions.
 */
final class UtcTime {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private UtcTime() {}

  /** ISO-8601 with a Z, such as 2026-10-29T10:21:36Z; null for null. */
  static String iso(LocalDateTime time) {
    return time == null ? null : ISO.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  /** For people, to the second, such as 2026-10-29 10:21:36; null for null. */
  static String seconds(LocalDateTime time) {
    return time == null ? null : SECONDS.format(time);
  }

  /** For people, the day only, such as 2026-10-29; null for null. */
  static String day(LocalDateTime time) {
    return time == null ? null : time.toLocalDate().toString();
  }

  /** For people, to the minute, such as 2026-10-29 10:21; null for null. */
  static String minutes(LocalDateTime time) {
    return time == null ? null : MINUTES.format(time);
  }
}
