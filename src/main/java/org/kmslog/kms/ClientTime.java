package org.kmslog.kms;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the client time of a tuple: "2010/09/29 17:52" (12288) or "2010/9/29 21:46" (12290). */
final class ClientTime {
  static final Pattern PATTERN =
      Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private ClientTime() {}

  /** Parses a value the pattern accepts; null when the date itself is impossible. */
  static LocalDateTime parse(String value) {
    Matcher m = PATTERN.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDateTime.of(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
