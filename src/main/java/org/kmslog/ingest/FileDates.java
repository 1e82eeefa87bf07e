package org.kmslog.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;

/**
 * How one CSV file writes its local dates, decided once for the whole file (a file uses one
 * culture's pattern), and the zone they are converted from.
 */
final class FileDates {
  private final DateOrder order;
  private final ZoneId zone;
  private final String pattern;

  private FileDates(DateOrder order, ZoneId zone, String pattern) {
    this.order = order;
    this.zone = zone;
    this.pattern = pattern;
  }

  /**
   * Decides the day/month order from the file's dates, reading only as far as it takes: the first
   * date whose shape or numbers settle it. An order the user gave wins.
   *
   * @param dates the file's date texts, in file order, read lazily
   * @throws ReadException when every date in the file could be read either way
   */
  static FileDates decide(Path file, Iterator<String> dates, DateOrder given, ZoneId zone)
      throws ReadException {
    LocalTimestamp sample = null;
    String ambiguous = null;
    while (dates.hasNext()) {
      String text = dates.next();
      LocalTimestamp timestamp = LocalTimestamp.parse(text);
      if (timestamp == null) {
        continue; // reported for its own event when it is read
      }
      if (sample == null) {
        sample = timestamp;
      }
      if (given != null) {
        return new FileDates(given, zone, timestamp.pattern(given));
      }
      DateOrder evident = timestamp.evidentOrder();
      if (evident != null) {
        return new FileDates(evident, zone, timestamp.pattern(evident));
      }
      if (ambiguous == null) {
        ambiguous = text.strip();
      }
    }
    if (ambiguous != null) {
      throw ReadException.fileError(
          file,
          null,
          "dates such as '"
              + ambiguous
              + "' can be day/month or month/day and no date in the file settles which;"
              + " say which with --date-order DMY or --date-order MDY");
    }
    DateOrder order = given != null ? given : DateOrder.YMD;
    return new FileDates(order, zone, sample == null ? null : sample.pattern(order));
  }

  /**
   * The instant a date text stands for: a local time in the file's zone, or the instant an ISO-8601
   * time with an offset names; null when it does not fit (then {@link #problem} says why).
   */
  Instant toInstant(String text) {
    LocalTimestamp timestamp = LocalTimestamp.parse(text);
    if (timestamp == null) {
      return null;
    }
    LocalDateTime local = timestamp.toLocal(order);
    if (local == null) {
      return null;
    }
    if (timestamp.offset() != null) {
      try {
        return local.toInstant(timestamp.zoneOffset());
      } catch (DateTimeException e) {
        return null;
      }
    }
    // In the hour repeated when clocks go back, the earlier offset is taken; the export does
    // not say which of the two hours an event fell in.
    return local.atZone(zone).toInstant();
  }

  /** Why {@link #toInstant} gave no instant for a text, in words that follow the quoted text. */
  String problem(String text) {
    LocalTimestamp timestamp = LocalTimestamp.parse(text);
    if (timestamp != null && timestamp.offset() != null && timestamp.toLocal(order) != null) {
      return "has the UTC offset " + timestamp.offset() + ", which no clock has";
    }
    if (pattern == null) {
      return "is not a date and time (such as 10/7/2026 6:38:24 PM, 07.10.2026 18:38:24 or"
          + " 2026-10-07T18:38:24)";
    }
    return "does not fit the file's pattern " + pattern;
  }

  /** The pattern found, such as "M/d/yyyy h:mm:ss AM/PM", with the zone, for the ledger. */
  String pattern() {
    return pattern;
  }
}
