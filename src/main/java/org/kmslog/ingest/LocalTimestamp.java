package org.kmslog.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as a Windows culture writes it in CSV exports ("10/7/2016 06:38:24 PM",
 * "27.10.2021 12:28:26", "2021/10/27 12:28:26"), or as a script formats it in ISO-8601
 * ("2026-10-07T18:38:24.1234567+02:00", what {@code ToString('o')} writes), split into its numbers
 * before the order of day and month is known.
 *
 * @param first the first number of the date
 * @param middle the second number of the date
 * @param last the third number of the date
 * @param separator the date separator: '/', '.' or '-'
 * @param hour the hour as written
 * @param minute the minute
 * @param second the second
 * @param nanos the fraction of the second
 * @param meridiem 'A' for before noon, 'P' for after, or 0 for a 24-hour clock
 * @param iso whether date and time are joined by a 'T', as in ISO-8601
 * @param offset the UTC offset written after the time ("Z", "+02:00"), or null for a local time
 */
record LocalTimestamp(
    int first,
    int middle,
    int last,
    char separator,
    int hour,
    int minute,
    int second,
    int nanos,
    char meridiem,
    boolean iso,
    String offset) {

  private static final Set<String> MORNING =
      Set.of("am", "a.m.", "a. m.", "午前", "上午", "오전", "vorm.");
  private static final String MERIDIEM =
      "(am|pm|a\\.m\\.|p\\.m\\.|a\\. m\\.|p\\. m\\.|午前|午後|上午|下午|오전|오후|vorm\\.|nachm\\.)";
  private static final Pattern PATTERN =
      Pattern.compile(
          "(\\d{1,4})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{1,4})\\.?(?:\\s+|(T))"
              + "(?:"
              + MERIDIEM
              + "\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:[.,](\\d{1,9}))?"
              + "(?:\\s*"
              + MERIDIEM
              + ")?"
              + "\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?",
          Pattern.CASE_INSENSITIVE);

  /** Splits a timestamp, or returns null when the text is not one. */
  static LocalTimestamp parse(String text) {
    Matcher m = PATTERN.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String meridiemText = m.group(6) != null ? m.group(6) : m.group(11);
    String offset = m.group(12);
    if (meridiemText != null && offset != null) {
      return null; // no culture writes both
    }
    char meridiem = 0;
    if (meridiemText != null) {
      meridiem = MORNING.contains(meridiemText.toLowerCase(Locale.ROOT)) ? 'A' : 'P';
    }
    String fraction = m.group(10);
    int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    return new LocalTimestamp(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)),
        m.group(2).charAt(0),
        Integer.parseInt(m.group(7)),
        Integer.parseInt(m.group(8)),
        m.group(9) == null ? 0 : Integer.parseInt(m.group(9)),
        nanos,
        meridiem,
        m.group(5) != null,
        offset == null ? null : offset.toUpperCase(Locale.ROOT));
  }

  /** True when the year comes first (four digits in the first place). */
  boolean yearFirst() {
    return first > 31;
  }

  /**
   * The order this timestamp's own shape fixes, or null when only the whole file can tell (a
   * slash-separated date with the year last: 10/07/2021 is D/M in Britain and M/D in the US).
   */
  DateOrder evidentOrder() {
    if (yearFirst()) {
      return DateOrder.YMD;
    }
    if (separator != '/') {
      return DateOrder.DMY; // 27.10.2021 and 27-10-2021 are day-first in every culture
    }
    if (first > 12) {
      return DateOrder.DMY;
    }
    if (middle > 12) {
      return DateOrder.MDY;
    }
    return null;
  }

  /** The local date and time in the given order, or null when it is not a real date or time. */
  LocalDateTime toLocal(DateOrder order) {
    int year;
    int month;
    int day;
    switch (order) {
      case YMD -> {
        year = first;
        month = middle;
        day = last;
      }
      case DMY -> {
        day = first;
        month = middle;
        year = last;
      }
      default -> {
        month = first;
        day = middle;
        year = last;
      }
    }
    int h = hour;
    if (meridiem != 0) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      h = hour % 12 + (meridiem == 'P' ? 12 : 0);
    }
    if (year < 1000) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, h, minute, second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The UTC offset written with the time, or null when none is (a local time).
   *
   * @throws DateTimeException when the offset is not one a clock can have (+25:00, +02:99)
   */
  ZoneOffset zoneOffset() {
    return offset == null ? null : ZoneOffset.of(offset);
  }

  /** How dates in this shape and order are written, for the ledger ("M/d/yyyy h:mm:ss AM/PM"). */
  String pattern(DateOrder order) {
    if (iso) {
      return "yyyy-M-d'T'H:mm:ss" + (offset == null ? "" : "XXX");
    }
    String s = String.valueOf(separator);
    String date =
        switch (order) {
          case YMD -> "yyyy" + s + "M" + s + "d";
          case DMY -> "d" + s + "M" + s + "yyyy";
          case MDY -> "M" + s + "d" + s + "yyyy";
        };
    return date + (meridiem == 0 ? " H:mm:ss" : " h:mm:ss AM/PM");
  }
}
