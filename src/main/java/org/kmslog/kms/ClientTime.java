package org.kmslog.kms;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/** Parses the client time of a tuple: "2010/09/29 17:52" (12288) or "2010/9/29 21:46" (12290). */
final class ClientTime {
  /** The shape a client time has; {@link #parse} reads exactly what it accepts, by hand. */
  static final Pattern PATTERN =
      Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private ClientTime() {}

  /** Parses a value of the pattern's shape; null when it has another or the date is impossible. */
  static LocalDateTime parse(String value) {
    int[] f = fields(value);
    if (f == null) {
      return null;
    }
    try {
      return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether a value has the pattern's shape, whether or not its date exists. */
  static boolean hasShape(String value) {
    return fields(value) != null;
  }

  /** Year, month, day, hour, minute and second as written, or null for another shape. */
  private static int[] fields(String value) {
    Cursor c = new Cursor(value);
    int year = c.number(4, 4);
    boolean ok = year >= 0 && c.oneOf('/', '-');
    int month = ok ? c.number(1, 2) : -1;
    ok = month >= 0 && c.oneOf('/', '-');
    int day = ok ? c.number(1, 2) : -1;
    ok = day >= 0 && c.oneOf(' ', 'T');
    int hour = ok ? c.number(1, 2) : -1;
    ok = hour >= 0 && c.oneOf(':', ':');
    int minute = ok ? c.number(2, 2) : -1;
    int second = 0;
    if (minute >= 0 && !c.atEnd()) {
      second = c.oneOf(':', ':') ? c.number(2, 2) : -1;
    }
    if (minute < 0 || second < 0 || !c.atEnd()) {
      return null;
    }
    return new int[] {year, month, day, hour, minute, second};
  }

  /** Reads a value from left to right. */
  private static final class Cursor {
    private final String text;
    private int at;

    Cursor(String text) {
      this.text = text;
    }

    /** Reads min to max ASCII digits as a number (as many as there are), or returns -1. */
    int number(int min, int max) {
      int start = at;
      int value = 0;
      while (at < text.length() && at - start < max) {
        char ch = text.charAt(at);
        if (ch < '0' || ch > '9') {
          break;
        }
        value = value * 10 + (ch - '0');
        at++;
      }
      return at - start >= min ? value : -1;
    }

    /** Reads one of two characters, or returns false. */
    boolean oneOf(char a, char b) {
      if (at < text.length() && (text.charAt(at) == a || text.charAt(at) == b)) {
        at++;
        return true;
      }
      return false;
    }

    boolean atEnd() {
      return at == text.length();
    }
  }
}
