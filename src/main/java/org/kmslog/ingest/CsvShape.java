package org.kmslog.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Tells the two CSV layouts apart by shape, never by English header names: Event Viewer's has five
 * named columns and rows of six fields with a number fourth; PowerShell's has the property names of
 * an EventLogRecord (Get-WinEvent: Id, TimeCreated, Message...) or an EventLogEntry (Get-EventLog:
 * EventID, TimeGenerated, Message...), which are never translated.
 */
final class CsvShape {
  /**
   * Property names of the two event objects PowerShell exports. Left out: Get-EventLog's Source,
   * Index and Category, words an Event Viewer header or another CSV may use.
   */
  private static final Set<String> POWERSHELL_COLUMNS =
      Set.of(
          "id",
          "timecreated",
          "message",
          "recordid",
          "providername",
          "machinename",
          "logname",
          "eventid",
          "instanceid",
          "timegenerated",
          "timewritten",
          "entrytype",
          "replacementstrings",
          "categorynumber");

  private static final int ROWS_CHECKED = 5;

  private CsvShape() {}

  /**
   * The layout of a file from its first characters, or null when it is neither.
   *
   * @param head the start of the decoded text (the last record may be cut off)
   */
  static InputFormat detect(String head) {
    String text = head.startsWith("#TYPE") ? afterFirstLine(head) : head;
    List<List<String>> records = firstRecords(text, ROWS_CHECKED + 1);
    if (records.isEmpty()) {
      return null;
    }
    List<String> header = records.get(0);
    if (head.startsWith("#TYPE") || powerShellColumns(header) >= 2) {
      return InputFormat.POWERSHELL_CSV;
    }
    if (header.size() == 5 && header.stream().noneMatch(String::isBlank)) {
      if (records.size() < 2) {
        return InputFormat.EVENT_VIEWER_CSV; // a header without events is still an export
      }
      // One good row among the first few is enough: a damaged row is reported when it is read.
      for (List<String> row : records.subList(1, records.size())) {
        if (row.size() == 6 && row.get(3).strip().matches("\\d{1,5}")) {
          return InputFormat.EVENT_VIEWER_CSV;
        }
      }
    }
    return null;
  }

  /** The first line of a text, for messages. */
  static String firstLine(String head) {
    int end = head.indexOf('\n');
    String line = (end < 0 ? head : head.substring(0, end)).strip();
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }

  /** True when a line holds a CSV delimiter at all. */
  static boolean hasDelimiter(String line) {
    return line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('\t') >= 0;
  }

  private static int powerShellColumns(List<String> header) {
    int known = 0;
    for (String name : header) {
      known += POWERSHELL_COLUMNS.contains(name.strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    return known;
  }

  private static String afterFirstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? "" : text.substring(end + 1);
  }

  /** Up to n complete records; a record cut off by the end of the head is left out. */
  private static List<List<String>> firstRecords(String text, int n) {
    String firstLine = text.lines().findFirst().orElse("");
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(CsvSource.delimiterOf(firstLine))
            .setIgnoreEmptyLines(true)
            .get();
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      Iterator<CSVRecord> rows = parser.iterator();
      while (records.size() < n && rows.hasNext()) {
        records.add(rows.next().toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // The head ends inside a record, or the text is not CSV: judge what was read.
    }
    return records;
  }
}
