package org.kmslog.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.kmslog.ingest.PowerShellColumns.Cmdlet;

/**
 * Reads {@code Get-WinEvent | Export-Csv} and {@code Get-EventLog | Export-Csv} output: columns
 * mapped by header name (all of them or any subset with an event ID, a time and the message), ','
 * or ';' delimited, times in local time of the exporting culture. RecordId (Index), MachineName and
 * LogName (the log of a Get-EventLog "#TYPE" line) give the same key as an XML export.
 */
final class PowerShellCsvReader implements EventReader {
  static final String FORMAT = "PowerShell CSV";

  /** Event ID bits of an InstanceId; the higher ones are its qualifiers (severity, facility). */
  private static final long EVENT_ID_BITS = 0xFFFF;

  private final Path file;
  private final CsvSource csv;
  private final FileDates dates;
  private final PowerShellColumns columns;
  private final String fallbackComputer;
  private final String layout;
  private boolean usedFallback;

  private PowerShellCsvReader(
      Path file,
      CsvSource csv,
      FileDates dates,
      PowerShellColumns columns,
      String fallback,
      String layout) {
    this.file = file;
    this.csv = csv;
    this.dates = dates;
    this.columns = columns;
    this.fallbackComputer = fallback;
    this.layout = layout;
  }

  /** Opens a file; when its dates leave the day/month order open, reads its dates first. */
  static PowerShellCsvReader open(InputFile input, TextEncoding encoding, ReadSettings settings)
      throws ReadException {
    Path file = input.path();
    CsvSource csv = CsvSource.open(input, encoding);
    try {
      PowerShellColumns columns = PowerShellColumns.of(file, csv.header(), csv.typeLine());
      String fallback =
          settings.computer() != null ? settings.computer() : FileNameComputer.of(file);
      if (columns.machineName < 0 && fallback == null) {
        throw FileNameComputer.missing(file, FORMAT + " without a MachineName column");
      }
      FileDates dates;
      try (CsvSource scan = CsvSource.open(input, encoding)) {
        dates =
            FileDates.decide(
                file,
                scan.rows((row, where) -> datedRow(columns, row, where)),
                settings.dateOrder(),
                settings.timeZone(),
                settings.messageTime());
      }
      String layout = layout(columns, csv);
      return new PowerShellCsvReader(file, csv, dates, columns, fallback, layout);
    } catch (ReadException e) {
      closeQuietly(csv);
      throw e;
    } catch (IOException e) {
      closeQuietly(csv);
      throw ReadException.cannotRead(file, e);
    }
  }

  @Override
  public RawEvent readNext() throws ReadException {
    CSVRecord row = csv.next();
    if (row == null) {
      return null;
    }
    String where = csv.location();
    if (row.size() != columns.count) {
      throw ReadException.eventError(
          file,
          where,
          "row has " + row.size() + " fields, the header has " + columns.count + "; skipped");
    }
    IdText idText = idText(columns, row);
    Integer id = eventIdOf(columns, idText);
    if (id == null) {
      throw ReadException.eventError(
          file,
          where,
          idText.text() == null
              ? "no EventID or InstanceId; row skipped"
              : idText.column()
                  + " '"
                  + idText.text()
                  + (columns.cmdlet == Cmdlet.GET_WINEVENT
                      ? "' is not a number; row skipped"
                      : "' is not an event ID; row skipped"));
    }
    String timeText = row.get(columns.time);
    Instant time = dates.toInstant(timeText);
    if (time == null) {
      throw ReadException.eventError(
          file,
          where,
          columns.timeName + " '" + timeText + "' " + dates.problem(timeText) + "; row skipped");
    }
    Long recordId = null;
    String recordText = value(row, columns.recordId);
    if (recordText != null) {
      try {
        recordId = Long.valueOf(recordText);
      } catch (NumberFormatException e) {
        throw ReadException.eventError(
            file,
            where,
            columns.recordIdName + " '" + recordText + "' is not a number; row skipped");
      }
    }
    String computer = value(row, columns.machineName);
    if (computer == null) {
      computer = fallbackComputer;
      usedFallback = true;
    }
    return new RawEvent(
        value(row, columns.provider),
        id,
        time,
        computer,
        columns.cmdlet == Cmdlet.GET_EVENTLOG ? columns.typeLog : value(row, columns.logName),
        recordId,
        List.of(),
        row.get(columns.message),
        where);
  }

  /** A row's date and what tells the time its message carries; null for a row without a date. */
  private static DatedRow datedRow(PowerShellColumns columns, CSVRecord row, String where) {
    if (row.size() <= columns.time) {
      return null;
    }
    if (row.size() != columns.count) {
      return new DatedRow(row.get(columns.time), null, -1, null, where);
    }
    Integer id = eventIdOf(columns, idText(columns, row));
    return new DatedRow(
        row.get(columns.time),
        value(row, columns.provider),
        id == null ? -1 : id,
        row.get(columns.message),
        where);
  }

  /** A row's event ID as written, and the column it is in: Id, EventID or InstanceId. */
  private record IdText(String column, String text) {}

  private static IdText idText(PowerShellColumns columns, CSVRecord row) {
    if (columns.cmdlet == Cmdlet.GET_WINEVENT) {
      return new IdText("Id", row.get(columns.id).strip());
    }
    String eventId = value(row, columns.id);
    return eventId != null
        ? new IdText("EventID", eventId)
        : new IdText("InstanceId", value(row, columns.instanceId));
  }

  /**
   * The event ID a row's text stands for, or null when it stands for none: Get-WinEvent's Id;
   * Get-EventLog's EventID or, without it, its InstanceId, of which the low 16 bits are the ID
   * (1073754114 is 0x40003002: qualifiers 0x4000, event 12290).
   */
  private static Integer eventIdOf(PowerShellColumns columns, IdText id) {
    if (id.text() == null) {
      return null;
    }
    try {
      if (columns.cmdlet == Cmdlet.GET_WINEVENT) {
        return Integer.parseInt(id.text());
      }
      long number = Long.parseLong(id.text());
      return number < 0 || number > 0xFFFF_FFFFL ? null : (int) (number & EVENT_ID_BITS);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String layout(PowerShellColumns columns, CsvSource csv) {
    int n = csv.header().size();
    String delimiter = csv.delimiter() == '\t' ? "tab" : "'" + csv.delimiter() + "'";
    if (columns.cmdlet == Cmdlet.GET_WINEVENT) {
      return (n == 27 ? "all 27 columns" : n + " columns") + ", delimiter " + delimiter;
    }
    return "Get-EventLog, "
        + (n == 16 ? "all 16 columns" : n + " columns")
        + ", delimiter "
        + delimiter
        + (columns.typeLog == null ? ", no log named" : ", log '" + columns.typeLog + "' (#TYPE)");
  }

  private static String value(CSVRecord row, int index) {
    if (index < 0) {
      return null;
    }
    String value = row.get(index).strip();
    return value.isEmpty() ? null : value;
  }

  @Override
  public ReadNotes notes() {
    return new ReadNotes(layout, dates.pattern(), usedFallback ? fallbackComputer : null);
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
