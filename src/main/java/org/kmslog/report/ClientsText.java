package org.kmslog.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;

/**
 * The clients table as text: one row per client machine and product, then the clients of each
 * silent host, then what the error codes in the table mean. The text report's clients section and
 * {@code kmslog clients} print it.
 */
public final class ClientsText {
  private ClientsText() {}

  /**
   * Writes the report's clients section, after a blank line: every client of the run. A run without
   * clients (only host logs of DNS publishing, or analyzed before there was a clients table) has
   * none.
   */
  static void section(AnalysisRun data, Appendable out) throws IOException {
    if (data.clients().isEmpty()) {
      return;
    }
    out.append("\nClients: ").append(counts(data.clients())).append("\n\n");
    write(data, data.clients(), false, out);
  }

  /**
   * Writes these clients of the run as a table, the clients of its silent hosts among them, and
   * what their error codes mean.
   *
   * @param cmids whether the table shows each client's CMIDs
   */
  public static void write(
      AnalysisRun data, List<ClientActivation> clients, boolean cmids, Appendable out)
      throws IOException {
    TextTable table =
        cmids
            ? new TextTable(
                "Client",
                "CMID",
                "Product",
                "Status",
                "Host",
                "Last success (UTC)",
                "Valid until",
                "Days left>",
                "License state",
                "Last error")
            : new TextTable(
                "Client",
                "Product",
                "Status",
                "Host",
                "Last success (UTC)",
                "Valid until",
                "Days left>",
                "License state",
                "Last error");
    Map<String, String> meanings = new LinkedHashMap<>();
    for (ClientActivation c : clients) {
      String error = ClientsTable.error(c);
      if (error != null && c.errorMeaning() != null) {
        meanings.putIfAbsent(error, c.errorMeaning());
      }
      if (cmids) {
        table.add(
            c.client(),
            c.cmids(),
            c.productName(),
            c.status(),
            c.host(),
            UtcTime.minutes(c.lastSuccess()),
            UtcTime.day(c.validUntil()),
            c.daysLeft(),
            c.licenseStateWords(),
            error);
      } else {
        table.add(
            c.client(),
            c.productName(),
            c.status(),
            c.host(),
            UtcTime.minutes(c.lastSuccess()),
            UtcTime.day(c.validUntil()),
            c.daysLeft(),
            c.licenseStateWords(),
            error);
      }
    }
    out.append(table.render());
    for (Map.Entry<String, List<ClientActivation>> silent :
        ClientsTable.ofSilentHosts(data, clients).entrySet()) {
      out.append('\n');
      lines(
          PlainText.wrap(
              ClientsTable.atRiskSentence(silent.getKey(), silent.getValue()),
              TextReport.WIDTH,
              "",
              "    "),
          out);
      for (ClientActivation c : silent.getValue()) {
        lines(
            PlainText.wrap(ClientsTable.renewal(c, data.asOf()), TextReport.WIDTH, "  ", "    "),
            out);
      }
    }
    if (!meanings.isEmpty()) {
      out.append('\n');
      for (Map.Entry<String, String> meaning : meanings.entrySet()) {
        lines(
            PlainText.wrap(
                meaning.getKey() + ": " + meaning.getValue(), TextReport.WIDTH, "", "    "),
            out);
      }
    }
  }

  /** How many rows have each status, such as "59 client products (4 failing, ...)". */
  public static String counts(List<ClientActivation> clients) {
    StringBuilder text =
        new StringBuilder(FindingGroups.plural(clients.size(), "client product")).append(" (");
    for (int i = 0; i < ClientActivation.STATUSES.size(); i++) {
      String status = ClientActivation.STATUSES.get(i);
      long n = clients.stream().filter(c -> c.status().equals(status)).count();
      text.append(i > 0 ? ", " : "").append(n).append(' ').append(ClientsTable.words(status));
    }
    return text.append(')').toString();
  }

  private static void lines(List<String> lines, Appendable out) throws IOException {
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }
}
