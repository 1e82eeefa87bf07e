package org.kmslog.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kmslog.ingest.RawEvent;
import org.kmslog.report.SpreadsheetCell;

/**
 * Writes events as CSV: RFC 4180, a header, one row per event with a fixed set of columns. The data
 * values go into one column as a JSON array of strings, so that any number of them, holding any
 * characters, reads back unambiguously. A text a spreadsheet would take for a formula gets a
 * leading apostrophe, as in the CSV report.
 */
final class EventsCsv implements EventPrinter {
  /** The columns, in order; part of the command's documented output. */
  static final List<String> COLUMNS =
      List.of(
          "file",
          "location",
          "recordId",
          "timeCreated",
          "eventId",
          "provider",
          "channel",
          "computer",
          "data",
          "message");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CSVPrinter printer;

  @Override
  public void start(StringBuilder out) {
    printer = printer(out);
    record(COLUMNS.toArray());
  }

  @Override
  public void print(Path file, RawEvent e, StringBuilder out) {
    record(
        inert(file.toString()),
        inert(e.location()),
        e.recordId(),
        EventsXml.systemTime(e.timeCreated()),
        e.eventId(),
        inert(e.provider()),
        inert(e.channel()),
        inert(e.computer()),
        json(e.data()),
        inert(e.message()));
  }

  private static CSVPrinter printer(StringBuilder out) {
    try {
      return new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void record(Object... values) {
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      // A StringBuilder does not fail.
      throw new UncheckedIOException(e);
    }
  }

  /** The values as a JSON array of strings. */
  static String json(List<String> values) {
    StringBuilder b = new StringBuilder(16 + values.size() * 24).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"');
      String value = values.get(i);
      for (int j = 0; j < value.length(); j++) {
        char c = value.charAt(j);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    }
    return b.append(']').toString();
  }

  /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
  static String inert(String value) {
    return SpreadsheetCell.inert(value);
  }
}
