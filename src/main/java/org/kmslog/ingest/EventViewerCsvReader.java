package org.kmslog.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Event Viewer's "Save As CSV": a header of five localized names (Level, Date and Time,
 * Source, Event ID, Task Category) and rows of six fields, the sixth the whole message. Dates are
 * local time in the exporting culture; there is no computer name and no record ID.
 */
final class EventViewerCsvReader implements EventReader {
  static final String FORMAT = "Event Viewer CSV";
  private static final int DATE = 1;
  private static final int SOURCE = 2;
  private static final int EVENT_ID = 3;
  private static final int MESSAGE = 5;
  private static final int FIELDS = 6;

  private final Path file;
  private final CsvSource csv;
  private final FileDates dates;
  private final String computer;
  private final String layout;

  private EventViewerCsvReader(
      Path file, CsvSource csv, FileDates dates, String computer, String layout) {
    this.file = file;
    this.csv = csv;
    this.dates = dates;
    this.computer = computer;
    this.layout = layout;
  }

  /** Opens a file; when its dates leave the day/month order open, reads its dates first. */
  static EventViewerCsvReader open(InputFile input, TextEncoding encoding, ReadSettings settings)
      throws ReadException {
    Path file = input.path();
    String computer = settings.computer() != null ? settings.computer() : FileNameComputer.of(file);
    if (computer == null) {
      throw FileNameComputer.missing(file, FORMAT);
    }
    FileDates dates;
    try (CsvSource scan = CsvSource.open(input, encoding)) {
      dates =
          FileDates.decide(
              file,
              scan.rows(EventViewerCsvReader::datedRow),
              settings.dateOrder(),
              settings.timeZone(),
              settings.messageTime());
    } catch (IOException e) {
      throw ReadException.cannotRead(file, e);
    }
    CsvSource csv = CsvSource.open(input, encoding);
    List<String> header = csv.header();
    if (header.size() != FIELDS - 1) {
      closeQuietly(csv);
      throw ReadException.fileError(
          file, "line 1", "the header has " + header.size() + " columns; " + FORMAT + " has 5");
    }
    return new EventViewerCsvReader(
        file, csv, dates, computer, "header " + String.join(",", header));
  }

  /** A row's date and what tells the time its message carries; null for a row without a date. */
  private static DatedRow datedRow(CSVRecord row, String where) {
    if (row.size() <= DATE) {
      return null;
    }
    if (row.size() != FIELDS) {
      return new DatedRow(row.get(DATE), null, -1, null, where);
    }
    int id;
    try {
      id = Integer.parseInt(row.get(EVENT_ID).strip());
    } catch (NumberFormatException e) {
      id = -1;
    }
    String source = row.get(SOURCE).strip();
    return new DatedRow(
        row.get(DATE), source.isEmpty() ? null : source, id, row.get(MESSAGE), where);
  }

  @Override
  public RawEvent readNext() throws ReadException {
    CSVRecord row = csv.next();
    if (row == null) {
      return null;
    }
    String where = csv.location();
    if (row.size() != FIELDS) {
      throw ReadException.eventError(
          file,
          where,
          "row has "
              + row.size()
              + " fields, expected 6 (level, date and time, source, event ID, task category,"
              + " message); skipped");
    }
    int id;
    try {
      id = Integer.parseInt(row.get(EVENT_ID).strip());
    } catch (NumberFormatException e) {
      throw ReadException.eventError(
          file, where, "event ID '" + row.get(EVENT_ID) + "' is not a number; row skipped");
    }
    Instant time = dates.toInstant(row.get(DATE));
    if (time == null) {
      throw ReadException.eventError(
          file,
          where,
          "date '" + row.get(DATE) + "' " + dates.problem(row.get(DATE)) + "; row skipped");
    }
    String source = row.get(SOURCE).strip();
    return new RawEvent(
        source.isEmpty() ? null : source,
        id,
        time,
        computer,
        null,
        null,
        List.of(),
        row.get(MESSAGE),
        where);
  }

  @Override
  public ReadNotes notes() {
    return new ReadNotes(layout, dates.pattern(), computer);
  }

  @Override
  public long bytesRead() {
    return csv.bytesRead();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  private static void closeQuietly(CsvSource csv) {
    try {
      csv.close();
    } catch (IOException ignored) {
      // Already failing; the first error is the one worth reporting.
    }
  }
}
