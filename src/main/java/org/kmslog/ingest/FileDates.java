package org.kmslog.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
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
   * date whose shape or numbers settle it. When none does, the times the rows' messages carry
   * settle it if they all point the same way. An order the user gave wins.
   *
   * @param rows the file's rows, in file order, read lazily
   * @param times the time each row's message carries, if any
   * @throws ReadException when every date in the file could be read either way, and the messages'
   *     times do not say which or disagree
   */
  static FileDates decide(
      Path file, Iterator<DatedRow> rows, DateOrder given, ZoneId zone, MessageTime times)
      throws ReadException {
    LocalTimestamp sample = null;
    String ambiguous = null;
    Votes votes = new Votes();
    while (rows.hasNext()) {
      DatedRow row = rows.next();
      LocalTimestamp timestamp = LocalTimestamp.parse(row.date());
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
        ambiguous = row.date().strip();
      }
      votes.count(timestamp, times.in(row.provider(), row.eventId(), row.message()), row);
    }
    if (ambiguous != null) {
      DateOrder voted = votes.winner();
      if (voted != null) {
        return new FileDates(voted, zone, sample.pattern(voted) + " (order from message times)");
      }
      throw ReadException.fileError(
          file,
          null,
          "dates such as '"
              + ambiguous
              + "' can be day/month or month/day and "
              + (votes.disagree()
                  ? "the times in the events' messages disagree on which ("
                      + votes.dayFirstAt
                      + " fits day/month, "
                      + votes.monthFirstAt
                      + " month/day)"
                  : "no date in the file settles which")
              + "; say which with --date-order DMY or --date-order MDY");
    }
    DateOrder order = given != null ? given : DateOrder.YMD;
    return new FileDates(order, zone, sample == null ? null : sample.pattern(order));
  }

  /**
   * How the ambiguous rows whose messages carry a time read: day first or month first, by which
   * reading of the row's date lies within {@link #CLOSE} of that time. The two readings of a date
   * such as 01/10 are four weeks or more apart, so at most one is close.
   */
  private static final class Votes {
    /**
     * How far a message's time may be from its row's: the clocks' bases are not known (a KMS client
     * time may be UTC or another zone's local time, up to 14 hours off the row's) and clocks are
     * skewed, so a day and a half, which still leaves the wrong reading weeks away.
     */
    private static final Duration CLOSE = Duration.ofHours(36);

    private int dayFirst;
    private int monthFirst;
    private String dayFirstAt;
    private String monthFirstAt;

    void count(LocalTimestamp timestamp, LocalDateTime quoted, DatedRow row) {
      if (quoted == null) {
        return;
      }
      boolean dmy = close(timestamp.toLocal(DateOrder.DMY), quoted);
      boolean mdy = close(timestamp.toLocal(DateOrder.MDY), quoted);
      if (dmy && !mdy) {
        dayFirst++;
        dayFirstAt = dayFirstAt == null ? row.location() : dayFirstAt;
      } else if (mdy && !dmy) {
        monthFirst++;
        monthFirstAt = monthFirstAt == null ? row.location() : monthFirstAt;
      }
    }

    private static boolean close(LocalDateTime reading, LocalDateTime quoted) {
      return reading != null && Duration.between(reading, quoted).abs().compareTo(CLOSE) <= 0;
    }

    /** The order every counted row points to, or null when none was counted or they disagree. */
    DateOrder winner() {
      if (dayFirst > 0 && monthFirst == 0) {
        return DateOrder.DMY;
      }
      if (monthFirst > 0 && dayFirst == 0) {
        return DateOrder.MDY;
      }
      return null;
    }

    boolean disagree() {
      return dayFirst > 0 && monthFirst > 0;
    }
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
