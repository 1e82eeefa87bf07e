package org.kmslog.report;

import static org.kmslog.report.Html.escape;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;

/**
 * The HTML report's clients section: a table of every client and product, and the at-risk lists.
 */
final class ClientsHtml {
  private ClientsHtml() {}

  static void section(AnalysisRun data, Appendable out) throws IOException {
    out.append("<section id=\"clients\">\n<h2>Clients</h2>\n");
    if (data.clients().isEmpty()) {
      out.append("<p>No client in this analysis.</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(escape(ClientsText.counts(data.clients()))).append("</p>\n");
    for (Map.Entry<String, List<ClientActivation>> silent :
        ClientsTable.ofSilentHosts(data, data.clients()).entrySet()) {
      out.append("<p>")
          .append(escape(ClientsTable.atRiskSentence(silent.getKey(), silent.getValue())))
          .append("</p>\n<ul>\n");
      for (ClientActivation c : silent.getValue()) {
        out.append("<li>").append(escape(ClientsTable.renewal(c, data.asOf()))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append(
        "<div class=\"wide\"><table class=\"clients\">\n<thead><tr><th>Client</th><th>CMID</th>"
            + "<th>Product</th><th>Status</th><th>Host</th><th>Last success</th>"
            + "<th>Activated by</th><th>Valid until</th><th class=\"num\">Days left</th>"
            + "<th>License state</th><th>Last error</th></tr></thead>\n<tbody>\n");
    // What each error code in the table means, once each, below it: in the rows they would
    // make every row as tall as its longest sentence.
    Map<String, String> meanings = new LinkedHashMap<>();
    for (ClientActivation c : data.clients()) {
      String error = ClientsTable.error(c);
      out.append("<tr class=\"")
          .append(escape(c.status()))
          .append("\"><td class=\"nowrap\">")
          .append(escape(c.client()))
          .append("</td><td><code>")
          .append(escape(c.cmids()))
          .append("</code></td><td>")
          .append(escape(c.productName()))
          .append("</td><td class=\"status\">")
          .append(escape(ClientsTable.words(c.status())))
          .append("</td><td class=\"nowrap\">")
          .append(escape(c.host()))
          .append("</td><td class=\"nowrap\">")
          .append(time(c))
          .append("</td><td class=\"nowrap\">")
          .append(escape(c.successHost()))
          .append("</td><td class=\"nowrap\">")
          .append(escape(UtcTime.day(c.validUntil())))
          .append("</td><td class=\"num\">")
          .append(c.daysLeft() == null ? "" : String.valueOf(c.daysLeft()))
          .append("</td><td>")
          .append(escape(c.licenseStateWords()))
          .append("</td><td>");
      if (error != null) {
        out.append("<code>")
            .append(escape(error))
            .append("</code> ")
            .append(escape(UtcTime.minutes(c.lastErrorAt())));
        if (c.errorMeaning() != null) {
          meanings.putIfAbsent(error, c.errorMeaning());
        }
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
    if (!meanings.isEmpty()) {
      out.append("<dl class=\"codes\">\n");
      for (Map.Entry<String, String> meaning : meanings.entrySet()) {
        out.append("<dt><code>")
            .append(escape(meaning.getKey()))
            .append("</code></dt><dd>")
            .append(escape(meaning.getValue()))
            .append("</dd>\n");
      }
      out.append("</dl>\n");
    }
    out.append("</section>\n");
  }

  private static String time(ClientActivation c) {
    return c.lastSuccess() == null ? "" : UtcTime.minutes(c.lastSuccess());
  }
}
