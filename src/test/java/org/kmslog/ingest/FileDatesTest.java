package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a file's day/month order is decided when every date could be read either way. */
class FileDatesTest {
  private static final Path FILE = Path.of("KMS01_kms.csv");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Each row's message is the time it carries, written as a KMS client time. */
  private static final MessageTime WRITTEN =
      (provider, eventId, message) ->
          message == null ? null : LocalDateTime.parse(message.replace(' ', 'T'));

  private static DatedRow row(String date, String messageTime, int line) {
    return new DatedRow(date, "Security-SPP", 12290, messageTime, "line " + line);
  }

  private static FileDates decide(DateOrder given, DatedRow... rows) throws ReadException {
    return FileDates.decide(FILE, List.of(rows).iterator(), given, BERLIN, WRITTEN);
  }

  @ParameterizedTest(name = "{0} carrying {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "01/10/2026 14:05:33 | 2026-10-01 12:05 | 2026-10-01T12:05:33Z",
        "01/10/2026 14:05:33 | 2026-10-02 04:05 | 2026-10-01T12:05:33Z",
        "01/10/2026 14:05:33 | 2026-09-30 02:06 | 2026-10-01T12:05:33Z",
        "01/10/2026 14:05:33 | 2026-01-10 14:05 | 2026-01-10T13:05:33Z",
        "01/10/2026 14:05:33 | 2026-01-11 23:59 | 2026-01-10T13:05:33Z"
      })
  void theTimeInTheMessageSettlesTheOrder(String date, String carried, String instant)
      throws ReadException {
    FileDates dates = decide(null, row(date, carried, 2));
    assertEquals(Instant.parse(instant), dates.toInstant(date));
  }

  @Test
  void thePatternSaysWhereTheOrderCameFrom() throws ReadException {
    FileDates dates = decide(null, row("01/10/2026 14:05:33", "2026-10-01 12:05", 2));
    assertEquals("d/M/yyyy H:mm:ss (order from message times)", dates.pattern());
  }

  @Test
  void rowsWithoutATimeOrWithOneFarFromBothReadingsDoNotCount() throws ReadException {
    FileDates dates =
        decide(
            null,
            row("02/10/2026 09:00:00", null, 2),
            row("03/10/2026 09:00:00", "2025-06-01 09:00", 5),
            row("01/10/2026 14:05:33", "2026-10-01 12:05", 8));
    assertEquals(Instant.parse("2026-10-03T07:00:00Z"), dates.toInstant("03/10/2026 09:00:00"));
  }

  @Test
  void messagesThatDisagreeAreRefused() {
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                decide(
                    null,
                    row("02/10/2026 09:12:40", "2026-02-10 08:12", 2),
                    row("01/10/2026 14:05:33", "2026-10-01 13:05", 5)));
    assertEquals(
        "KMS01_kms.csv: dates such as '02/10/2026 09:12:40' can be day/month or month/day and the"
            + " times in the events' messages disagree on which (line 5 fits day/month, line 2"
            + " month/day); say which with --date-order DMY or --date-order MDY",
        e.getMessage());
  }

  @Test
  void withoutTimesInTheMessagesTheFileIsRefusedAsBefore() {
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                FileDates.decide(
                    FILE,
                    List.of(row("01/10/2026 14:05:33", "2026-10-01 12:05", 2)).iterator(),
                    null,
                    BERLIN,
                    MessageTime.NONE));
    assertEquals(
        "KMS01_kms.csv: dates such as '01/10/2026 14:05:33' can be day/month or month/day and no"
            + " date in the file settles which; say which with --date-order DMY or --date-order"
            + " MDY",
        e.getMessage());
  }

  @Test
  void theOrderTheUserGivesWins() throws ReadException {
    FileDates dates = decide(DateOrder.MDY, row("01/10/2026 14:05:33", "2026-10-01 12:05", 2));
    assertEquals(Instant.parse("2026-01-10T13:05:33Z"), dates.toInstant("01/10/2026 14:05:33"));
    assertEquals("M/d/yyyy H:mm:ss", dates.pattern());
  }

  @Test
  void aDateThatSettlesTheOrderItselfWinsOverTheMessages() throws ReadException {
    FileDates dates =
        decide(
            null,
            row("01/10/2026 14:05:33", "2026-01-10 14:05", 2),
            row("13/10/2026 09:00:00", null, 5));
    assertEquals("d/M/yyyy H:mm:ss", dates.pattern());
  }

  @Test
  void anIsoTimeWithAnOffsetIsThatInstant() throws ReadException {
    FileDates dates = decide(null, row("2026-10-07T18:38:24.1234567+02:00", null, 2));
    assertEquals(
        Instant.parse("2026-10-07T16:38:24.1234567Z"),
        dates.toInstant("2026-10-07T18:38:24.1234567+02:00"));
    assertEquals(Instant.parse("2026-10-07T16:38:24Z"), dates.toInstant("2026-10-07T18:38:24"));
    assertEquals(
        Instant.parse("2026-10-07T18:38:24Z"),
        dates.toInstant("2026-10-07T18:38:24Z"),
        ZoneOffset.UTC.toString());
  }
}
