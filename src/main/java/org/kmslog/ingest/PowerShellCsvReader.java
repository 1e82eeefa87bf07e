package org.kmslog.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code Get-WinEvent | Export-Csv} output: columns mapped by header name (all 27 or any
 * subset with Id, TimeCreated and Message), ',' or ';' delimited, TimeCreated in local time of the
 * exporting culture. RecordId, MachineName and LogName give the same key as an XML export.
 */
final class PowerShellCsvReader implements EventReader {
  static final String FORMAT = "PowerShell CSV";
  static final List<String> REQUIRED = List.of("Id", "TimeCreated", "Message");

  private final Path file;
  private final CsvSource csv;
  private final FileDates dates;
  private final Columns columns;
  private final String fallbackComputer;
  private final String layout;
  private boolean usedFallback;

  private PowerShellCsvReader(
      Path file, CsvSource csv, FileDates dates, Columns columns, String fallback, String layout) {
    this.file = file;
    this.csv = csv;
    this.dates = dates;
    this.columns = columns;
    this.fallbackComputer = fallback;
    this.layout = layout;
  }

  /** Opens a file; when its dates leave the day/month order open, reads its dates first. */
  static PowerShellCsvReader open(Path file, TextEncoding encoding, ReadSettings settings)
      throws ReadException {
    CsvSource csv = CsvSource.open(file, encoding);
    try {
      Columns columns = Columns.of(file, csv.header());
      String fallback =
          settings.computer() != null ? settings.computer() : FileNameComputer.of(file);
      if (columns.machineName < 0 && fallback == null) {
        throw FileNameComputer.missing(file, FORMAT + " without a MachineName column");
      }
      FileDates dates;
      try (CsvSource scan = CsvSource.open(file, encoding)) {
        dates =
            FileDates.decide(
                file, scan.column(columns.timeCreated), settings.dateOrder(), settings.timeZone());
      }
      String layout =
          (csv.header().size() == 27 ? "all 27 columns" : csv.header().size() + " columns")
              + ", delimiter "
              + (csv.delimiter() == '\t' ? "tab" : "'" + csv.delimiter() + "'");
      return new PowerShellCsvReader(file, csv, dates, columns, fallback, layout);
    } catch (ReadException e) {
      closeQuietly(csv);
      throw e;
    } catch (IOException e) {
      closeQuietly(csv);
      throw ReadException.fileError(file, null, "cannot read: " + InputSniffer.describe(e), e);
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
    String idText = row.get(columns.id).strip();
    int id;
    try {
      id = Integer.parseInt(idText);
    } catch (NumberFormatException e) {
      throw ReadException.eventError(
          file, where, "Id '" + idText + "' is not a number; row skipped");
    }
    String timeText = row.get(columns.timeCreated);
    Instant time = dates.toInstant(timeText);
    if (time == null) {
      throw ReadException.eventError(
          file,
          where,
          "TimeCreated '" + timeText + "' " + dates.problem(timeText) + "; row skipped");
    }
    Long recordId = null;
    String recordText = value(row, columns.recordId);
    if (recordText != null) {
      try {
        recordId = Long.valueOf(recordText);
      } catch (NumberFormatException e) {
        throw ReadException.eventError(
            file, where, "RecordId '" + recordText + "' is not a number; row skipped");
      }
    }
    String computer = value(row, columns.machineName);
    if (computer == null) {
      computer = fallbackComputer;
      usedFallback = true;
    }
    return new RawEvent(
        value(row, columns.providerName),
        id,
        time,
        computer,
        value(row, columns.logName),
        recordId,
        List.of(),
        row.get(columns.message),
        where);
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

  /** Where each column we use sits in the header (-1 when absent). */
  private static final class Columns {
    final int count;
    final int id;
    final int timeCreated;
    final int message;
    final int recordId;
    final int providerName;
    final int logName;
    final int machineName;

    private Columns(Map<String, Integer> index, int count) {
      this.count = count;
      this.id = index.getOrDefault("id", -1);
      this.timeCreated = index.getOrDefault("timecreated", -1);
      this.message = index.getOrDefault("message", -1);
      this.recordId = index.getOrDefault("recordid", -1);
      this.providerName = index.getOrDefault("providername", -1);
      this.logName = index.getOrDefault("logname", -1);
      this.machineName = index.getOrDefault("machinename", -1);
    }

    static Columns of(Path file, List<String> header) throws ReadException {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      List<String> missing = new ArrayList<>();
      for (String name : REQUIRED) {
        if (!index.containsKey(name.toLowerCase(Locale.ROOT))) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw ReadException.fileError(
            file,
            "line 1",
            FORMAT
                + " without the column"
                + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing)
                + "; export at least Id, TimeCreated and Message (with MachineName, RecordId"
                + " and LogName, events already imported from XML are recognised)");
      }
      return new Columns(index, header.size());
    }
  }
}
