package org.kmslog.report;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;

/**
 * The findings as CSV: RFC 4180 with CRLF line ends, a header of exactly the contract fields, and a
 * byte order mark so that Excel reads it as UTF-8. A value a spreadsheet would take for a formula
 * gets a leading apostrophe, so that opening the file never runs what a log held.
 */
public final class CsvReport {
  /**
   * The columns: the fields of the findings contract, in its order, then the finding's number (its
   * row, counted without the header) and the number of the finding that explains it.
   */
  static final List<String> COLUMNS =
      List.of(
          "kind",
          "severity",
          "host",
          "client",
          "cmid",
          "code",
          "firstSeen",
          "lastSeen",
          "count",
          "daysLeft",
          "detail",
          "advice",
          "id",
          "cause");

  private CsvReport() {}

  /** Writes the findings of this run, one row each, most severe first. */
  public static void write(AnalysisRun data, Appendable out) throws IOException {
    write(data, out, ',');
  }

  /**
   * Writes the findings of this run with this field delimiter, such as the semicolon that Excel
   * expects where the comma is the decimal separator (German, French).
   */
  public static void write(AnalysisRun data, Appendable out, char delimiter) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(new String[0]))
            .setDelimiter(delimiter)
            .get();
    out.append('\uFEFF');
    // Not closed: closing a CSVPrinter closes the writer it was given, which belongs to the caller.
    CSVPrinter printer = new CSVPrinter(out, format);
    for (Finding f : data.findings()) {
      printer.printRecord(
          f.kind(),
          f.severity(),
          inert(f.host()),
          inert(f.client()),
          f.cmid(),
          inert(f.code()),
          UtcTime.iso(f.firstSeen()),
          UtcTime.iso(f.lastSeen()),
          f.count(),
          f.daysLeft(),
          inert(f.detail()),
          inert(f.advice()),
          f.id(),
          f.cause());
    }
    printer.flush();
  }

  /**
   * The value on one line (see {@link SafeText}), with a leading apostrophe when a spreadsheet
   * would read it as a formula (see {@link SpreadsheetCell}).
   */
  static String inert(String raw) {
    return SpreadsheetCell.inert(SafeText.line(raw));
  }
}
