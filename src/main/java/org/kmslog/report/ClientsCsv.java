package org.kmslog.report;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;

/**
 * The clients table as CSV (clients.csv): one row per client machine and product, written as the
 * findings CSV is (byte order mark, RFC 4180, CRLF, formula-like values made inert).
 */
public final class ClientsCsv {
  /** The columns, in order. */
  static final List<String> COLUMNS =
      List.of(
          "client",
          "cmids",
          "activationId",
          "product",
          "status",
          "host",
          "lastRequest",
          "lastSuccess",
          "successHost",
          "validUntil",
          "renewAt",
          "licenseState",
          "daysLeft",
          "lastError",
          "lastErrorAt",
          "errorMeaning");

  private ClientsCsv() {}

  /** Writes the clients of this run with this field delimiter, those that need attention first. */
  public static void write(AnalysisRun data, Appendable out, char delimiter) throws IOException {
    write(data.clients(), out, delimiter);
  }

  /** Writes these clients with this field delimiter. */
  public static void write(List<ClientActivation> clients, Appendable out, char delimiter)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(new String[0]))
            .setDelimiter(delimiter)
            .get();
    out.append('\uFEFF');
    // Not closed: closing a CSVPrinter closes the writer it was given, which belongs to the caller.
    CSVPrinter printer = new CSVPrinter(out, format);
    for (ClientActivation c : clients) {
      printer.printRecord(
          CsvReport.inert(c.client()),
          c.cmids(),
          c.activationId(),
          CsvReport.inert(c.product()),
          c.status(),
          CsvReport.inert(c.host()),
          UtcTime.iso(c.lastRequest()),
          UtcTime.iso(c.lastSuccess()),
          CsvReport.inert(c.successHost()),
          UtcTime.iso(c.validUntil()),
          UtcTime.iso(c.renewAt()),
          c.licenseStateWords(),
          c.daysLeft(),
          CsvReport.inert(ClientsTable.error(c)),
          UtcTime.iso(c.lastErrorAt()),
          CsvReport.inert(c.errorMeaning()));
    }
    printer.flush();
  }
}
