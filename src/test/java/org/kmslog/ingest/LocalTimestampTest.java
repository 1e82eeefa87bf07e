package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimestampTest {

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10/7/2016 06:38:24 PM | MDY | 2016-10-07T18:38:24",
        "10/7/2016 6:38:24 AM  | MDY | 2016-10-07T06:38:24",
        "1/2/2026 12:00:00 AM  | MDY | 2026-01-02T00:00",
        "1/2/2026 12:30:00 PM  | MDY | 2026-01-02T12:30",
        "27.10.2021 12:28:26   | DMY | 2021-10-27T12:28:26",
        "27.10.2021 12.28.26   | DMY | 2021-10-27T12:28:26",
        "27/10/2021 2:28:26    | DMY | 2021-10-27T02:28:26",
        "27-10-2021 12:28:26   | DMY | 2021-10-27T12:28:26",
        "2021/10/27 12:28:26   | YMD | 2021-10-27T12:28:26",
        "2021-10-27T12:28:26.5 | YMD | 2021-10-27T12:28:26.500",
        "2021-10-27 오후 1:28:26 | YMD | 2021-10-27T13:28:26",
        "2021/10/27 午前 9:05:00 | YMD | 2021-10-27T09:05",
        "2021/10/27 下午 9:05:00 | YMD | 2021-10-27T21:05",
        "27/10/2021 9:05:00 p. m. | DMY | 2021-10-27T21:05",
        "10/27/2021 9:05     | MDY | 2021-10-27T09:05",
        "2026-10-07T18:38:24 | YMD | 2026-10-07T18:38:24",
        "2026-10-07T18:38:24.1234567 | YMD | 2026-10-07T18:38:24.1234567",
        "2026-10-07T18:38:24.1234567+02:00 | YMD | 2026-10-07T18:38:24.1234567",
        "2026-10-07T16:38:24.1234567Z | YMD | 2026-10-07T16:38:24.1234567"
      })
  void readsEveryCulturesShape(String text, DateOrder order, String expected) {
    LocalTimestamp t = LocalTimestamp.parse(text);
    assertEquals(LocalDateTime.parse(expected), t.toLocal(order));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021/10/27 12:28:26 | YMD",
        "27.10.2021 12:28:26 | DMY",
        "01.02.2021 12:28:26 | DMY",
        "01-02-2021 12:28:26 | DMY",
        "13/10/2026 09:20:00 | DMY",
        "10/13/2026 09:20:00 | MDY"
      })
  void shapeOrNumbersSettleTheOrder(String text, DateOrder order) {
    assertEquals(order, LocalTimestamp.parse(text).evidentOrder());
  }

  @ParameterizedTest
  @ValueSource(strings = {"01/02/2026 08:00:00", "12/12/2026 8:00:00 PM", "1/1/2026 0:00"})
  void slashDatesWithSmallNumbersDoNot(String text) {
    assertNull(LocalTimestamp.parse(text).evidentOrder());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"yesterday", "", "2021-10-27", "12:28:26", "10/7/2016", "2021/10/27 12:28:26 XM"})
  void notATimestamp(String text) {
    assertNull(LocalTimestamp.parse(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "13/13/2026 10:00:00 | DMY",
        "2/30/2026 10:00:00 | MDY",
        "1/2/2026 13:00:00 PM | MDY",
        "1/2/2026 0:00:00 AM | MDY",
        "1/2/2026 24:00:00 | MDY",
        "1/2/26 10:00:00 | MDY"
      })
  void impossibleDatesAndTimesAreNotRead(String text, DateOrder order) {
    assertNull(LocalTimestamp.parse(text).toLocal(order));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10/7/2016 06:38:24 PM | MDY | M/d/yyyy h:mm:ss AM/PM",
        "27.10.2021 12:28:26 | DMY | d.M.yyyy H:mm:ss",
        "2021/10/27 12:28:26 | YMD | yyyy/M/d H:mm:ss",
        "2026-10-07T18:38:24.1234567 | YMD | yyyy-M-d'T'H:mm:ss",
        "2026-10-07T18:38:24.1234567+02:00 | YMD | yyyy-M-d'T'H:mm:ssXXX"
      })
  void namesItsPattern(String text, DateOrder order, String pattern) {
    assertEquals(pattern, LocalTimestamp.parse(text).pattern(order));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-10-07T18:38:24.1234567+02:00 | +02:00",
        "2026-10-07T18:38:24-05:00 | -05:00",
        "2026-10-07T18:38:24+0530 | +05:30",
        "2026-10-07T18:38:24+14 | +14:00",
        "2026-10-07T16:38:24.1234567Z | Z",
        "2026-10-07t16:38:24z | Z"
      })
  void readsTheOffsetOfAnIsoTime(String text, String offset) {
    assertEquals(ZoneOffset.of(offset), LocalTimestamp.parse(text).zoneOffset());
  }

  @Test
  void aTimeWithoutOffsetIsLocal() {
    assertNull(LocalTimestamp.parse("2026-10-07T18:38:24.1234567").zoneOffset());
    assertNull(LocalTimestamp.parse("10/7/2026 6:38:24 PM").zoneOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-07T18:38:24+25:00", "2026-10-07T18:38:24+02:99"})
  void anOffsetNoClockHasIsRefused(String text) {
    assertThrows(DateTimeException.class, () -> LocalTimestamp.parse(text).zoneOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10/7/2026 6:38:24 PM +02:00", "2026-10-07T18:38:24+2:00"})
  void notATimestampWithAnOffset(String text) {
    assertNull(LocalTimestamp.parse(text));
  }
}
