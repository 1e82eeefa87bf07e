package org.kmslog.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How an export prints {@code TimeCreated/@SystemTime}.
 *
 * @param fractionDigits 0 to 9 digits of the second's fraction (truncated)
 * @param numericOffset true for {@code +00:00}, false for {@code Z}
 */
record SystemTimeStyle(int fractionDigits, boolean numericOffset) {
  static final SystemTimeStyle WEVTUTIL = new SystemTimeStyle(7, false);

  SystemTimeStyle {
    if (fractionDigits < 0 || fractionDigits > 9) {
      throw new IllegalArgumentException("fraction digits must be 0..9: " + fractionDigits);
    }
  }

  /** Formats an instant in UTC. */
  String format(Instant time) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(36);
    Digits.pad(b, t.getYear(), 4).append('-');
    Digits.pad(b, t.getMonthValue(), 2).append('-');
    Digits.pad(b, t.getDayOfMonth(), 2).append('T');
    Digits.pad(b, t.getHour(), 2).append(':');
    Digits.pad(b, t.getMinute(), 2).append(':');
    Digits.pad(b, t.getSecond(), 2);
    if (fractionDigits > 0) {
      b.append('.').append(Digits.pad(time.getNano(), 9), 0, fractionDigits);
    }
    return b.append(numericOffset ? "+00:00" : "Z").toString();
  }

  /** A short description for the README. */
  String describe() {
    String fraction = fractionDigits == 0 ? "no fraction" : fractionDigits + " fraction digits";
    return fraction + (numericOffset ? ", +00:00 offset" : ", Z");
  }
}
