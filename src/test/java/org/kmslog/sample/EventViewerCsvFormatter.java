package org.kmslog.sample;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Formats Event Viewer's "Save As CSV": five named columns, but six fields per row, the sixth the
 * quoted message.
 *
 * @param culture the header and value language
 * @param zone the exporting machine's time zone, in which the dates are written
 */
record EventViewerCsvFormatter(Culture culture, ZoneId zone) implements EventFormatter {
  private static final String CRLF = "\r\n";

  @Override
  public String header() {
    return (culture == Culture.DE_DE
            ? "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie"
            : "Level,Date and Time,Source,Event ID,Task Category")
        + CRLF;
  }

  @Override
  public String record(LogEvent e) {
    LocalDateTime local = LocalDateTime.ofInstant(e.time(), zone);
    return culture.levelName(e.level())
        + ','
        + culture.localTime(local)
        + ','
        + e.provider().sourceName()
        + ','
        + e.eventId()
        + ','
        + culture.noTask()
        + ','
        + CsvText.quote(MessageCatalog.message(e, culture))
        + CRLF;
  }

  @Override
  public String footer() {
    return "";
  }
}
