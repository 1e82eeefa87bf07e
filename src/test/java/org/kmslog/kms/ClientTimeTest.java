package org.kmslog.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written client time parser reads exactly what its pattern describes. */
class ClientTimeTest {

  @Test
  void readsBothTupleShapes() {
    assertEquals(LocalDateTime.of(2010, 9, 29, 17, 52), ClientTime.parse("2010/09/29 17:52"));
    assertEquals(LocalDateTime.of(2010, 9, 29, 21, 46), ClientTime.parse("2010/9/29 21:46"));
    assertEquals(LocalDateTime.of(2026, 1, 2, 3, 4, 5), ClientTime.parse("2026-1-2T3:04:05"));
  }

  @Test
  void impossibleDatesAndOtherShapesAreNull() {
    for (String value :
        List.of(
            "2026/02/30 10:00",
            "2026/13/01 10:00",
            "2026/01/01 24:00",
            "2026/01/01 10:60",
            "2026/01/01 10:00:60",
            "2026/01/01 10:00:",
            "2026/01/01 10:0",
            "2026/01/01 10:000",
            "2026/01/01  10:00",
            "26/01/01 10:00",
            "20266/01/01 10:00",
            "2026/001/01 10:00",
            "2026/01/01 10:00 ",
            "２０２６/01/01 10:00",
            "")) {
      assertNull(ClientTime.parse(value), value);
    }
  }

  @Test
  void agreesWithThePatternOnRandomValues() {
    Random random = new Random(5);
    String alphabet = "0123456789/- T:x";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int n = 10 + random.nextInt(12); n > 0; n--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      check(value.toString());
    }
    for (int i = 0; i < 20_000; i++) {
      check(
          String.format(
              "%04d%c%d%c%02d%c%d:%02d%s",
              1990 + random.nextInt(60),
              random.nextBoolean() ? '/' : '-',
              random.nextInt(14),
              random.nextBoolean() ? '/' : '-',
              random.nextInt(33),
              random.nextBoolean() ? ' ' : 'T',
              random.nextInt(25),
              random.nextInt(61),
              random.nextBoolean() ? "" : String.format(":%02d", random.nextInt(61))));
    }
  }

  private static void check(String value) {
    assertEquals(byPattern(value), ClientTime.parse(value), value);
  }

  /** What the pattern, read with the JDK's regular expressions, makes of a value. */
  private static LocalDateTime byPattern(String value) {
    Matcher m = ClientTime.PATTERN.matcher(value);
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
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
