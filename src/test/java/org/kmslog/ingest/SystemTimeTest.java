package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemTimeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-10-01T08:15:02Z",
        "2026-10-01T08:15:02.1Z",
        "2026-10-01T08:15:02.1234567Z",
        "2026-10-01T08:15:02.123456789Z",
        "2026-10-01T10:15:02.5+02:00",
        "2026-10-01T08:15:02",
        "2024-02-29T23:59:59.999999999Z"
      })
  void agreesWithTheIsoFormatter(String text) {
    assertEquals(iso(text), SystemTime.parse(text));
  }

  @Test
  void agreesWithTheIsoFormatterOnManyTimes() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      long seconds = 1_600_000_000L + random.nextInt(400_000_000);
      int digits = random.nextInt(10);
      Instant t = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      String text =
          DateTimeFormatter.ofPattern(
                  "yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'")
              .withZone(ZoneOffset.UTC)
              .format(t);
      assertEquals(iso(text), SystemTime.parse(text), text);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2026-13-01T08:15:02Z",
        "2026-02-30T08:15:02Z",
        "2026-10-01T25:15:02Z",
        "2026-10-01T08:15:02.1234567890Z",
        "2026-1O-01T08:15:02Z",
        ""
      })
  void refusesWhatIsNotATime(String text) {
    assertNull(SystemTime.parse(text));
  }

  private static Instant iso(String text) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime offset
        ? offset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }
}
