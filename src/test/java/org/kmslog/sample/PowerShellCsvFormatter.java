package org.kmslog.sample;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Formats {@code Get-WinEvent | Export-Csv}: every value quoted, one row per event.
 *
 * @param culture the culture of the messages, level names and dates
 * @param zone the exporting machine's time zone
 * @param delimiter {@code ,} or, with {@code -UseCulture} in de-DE, {@code ;}
 * @param typeLine whether Windows PowerShell 5.1's {@code #TYPE} line comes first
 * @param columns the exported properties, in order
 */
record PowerShellCsvFormatter(
    Culture culture, ZoneId zone, char delimiter, boolean typeLine, List<PowerShellColumn> columns)
    implements EventFormatter {
  private static final String CRLF = "\r\n";

  PowerShellCsvFormatter {
    columns = List.copyOf(columns);
  }

  @Override
  public String header() {
    String names =
        columns.stream()
            .map(c -> CsvText.quote(c.header()))
            .collect(Collectors.joining(String.valueOf(delimiter)));
    return (typeLine ? "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord" + CRLF : "")
        + names
        + CRLF;
  }

  @Override
  public String record(LogEvent e) {
    StringBuilder b = new StringBuilder(1200);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      b.append(CsvText.quote(columns.get(i).value(e, culture, zone)));
    }
    return b.append(CRLF).toString();
  }

  @Override
  public String footer() {
    return "";
  }
}
