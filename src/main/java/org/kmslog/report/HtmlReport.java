package org.kmslog.report;

import static org.kmslog.report.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Finding;
import org.kmslog.analyze.HostSummary;

/**
 * The report as one self-contained HTML page that opens offline: inline CSS, no script, nothing
 * fetched (a Content-Security-Policy forbids it), every value from the database escaped, and an
 * inline SVG chart of each host's count against its threshold.
 */
public final class HtmlReport {
  private static final String CSS = stylesheet();
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  private HtmlReport() {}

  /** Writes the report of this run. */
  public static void write(AnalysisRun data, Appendable out) throws IOException {
    String asOf = UtcTime.minutes(data.asOf()) + " UTC";
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(POLICY)
        .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>KMS activation report as of ")
        .append(asOf)
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(data, out);
    problems(data, out);
    hosts(data, out);
    charts(data, out);
    findings(data, out);
    ClientsHtml.section(data, out);
    out.append("<footer>Written by kmslog from analysis #")
        .append(String.valueOf(data.id()))
        .append(", which ran at ")
        .append(time(data.generatedAt()))
        .append(". All times are UTC.</footer>\n</main>\n</body>\n</html>\n");
  }

  private static void header(AnalysisRun data, Appendable out) throws IOException {
    out.append("<header>\n<h1>KMS activation report</h1>\n<p class=\"meta\">As of ")
        .append(UtcTime.seconds(data.asOf()))
        .append(" UTC (analysis #")
        .append(String.valueOf(data.id()))
        .append("): ")
        .append(FindingGroups.plural(data.findings().size(), "finding"))
        .append(", ")
        .append(String.valueOf(data.hosts().size()))
        .append(data.hosts().size() == 1 ? " KMS host" : " KMS hosts")
        .append(".</p>\n<ul class=\"totals\">\n");
    for (String severity : List.of("error", "warning", "info")) {
      out.append("<li><span class=\"badge ")
          .append(severity)
          .append("\">")
          .append(FindingGroups.plural(data.count(severity), severity))
          .append("</span></li>\n");
    }
    out.append("</ul>\n");
    Optional<String> stale = TextReport.staleExports(data);
    if (stale.isPresent()) {
      out.append("<p class=\"stale\">").append(escape(stale.get())).append("</p>\n");
    }
    out.append("</header>\n");
  }

  /**
   * The problems first, so that the first screen shows what is wrong: each finding nothing else
   * explains, with its detail, fix and the findings it explains.
   */
  private static void problems(AnalysisRun data, Appendable out) throws IOException {
    List<Problems> problems = Problems.of(data.findings());
    if (problems.isEmpty()) {
      out.append("<section class=\"problems\">\n<h2>What is wrong</h2>\n")
          .append("<p>Nothing was found that needs attention.</p>\n</section>\n");
      return;
    }
    out.append("<section class=\"problems\">\n<h2>What is wrong: ")
        .append(FindingGroups.plural(problems.size(), "problem"))
        .append("</h2>\n");
    for (Problems problem : problems) {
      Finding f = problem.cause();
      String severity = escape(problem.severity());
      out.append("<article class=\"problem ")
          .append(severity)
          .append("\">\n<p class=\"title\"><span class=\"badge ")
          .append(escape(f.severity()))
          .append("\">")
          .append(escape(f.severity()))
          .append("</span> ")
          .append(escape(Problems.label(f)))
          .append(" <span class=\"ref\">#")
          .append(String.valueOf(f.id()))
          .append("</span></p>\n<p class=\"detail\">")
          .append(escape(f.detail()))
          .append("</p>\n<p class=\"advice\"><strong>Fix:</strong> ")
          .append(escape(f.advice()))
          .append("</p>\n");
      if (!problem.explained().isEmpty()) {
        out.append("<p class=\"explains\">It explains ")
            .append(FindingGroups.plural(problem.explained().size(), "finding"))
            .append(":</p>\n<ul class=\"explains\">\n");
        for (Finding e : problem.explained()) {
          out.append("<li><span class=\"ref\">#")
              .append(String.valueOf(e.id()))
              .append("</span> <span class=\"badge ")
              .append(escape(e.severity()))
              .append("\">")
              .append(escape(e.severity()))
              .append("</span> ")
              .append(escape(Problems.label(e)))
              .append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private static void hosts(AnalysisRun data, Appendable out) throws IOException {
    out.append("<section>\n<h2>KMS hosts</h2>\n");
    if (data.hosts().isEmpty()) {
      out.append("<p>No KMS host logged a request.</p>\n</section>\n");
      return;
    }
    out.append(
        "<div class=\"scroll\"><table>\n<thead><tr><th>Host</th><th class=\"num\">Requests</th>"
            + "<th class=\"num\">Clients in 30 days</th><th class=\"num\">Count</th>"
            + "<th class=\"num\">Threshold</th><th class=\"num\">Counts clients saw</th>"
            + "<th>First request</th><th>Last request</th><th>DNS</th></tr></thead>\n<tbody>\n");
    for (HostSummary host : data.hosts()) {
      // As BELOW_THRESHOLD judges it: the host's own count, or the higher count its clients saw.
      int best =
          Math.max(host.estimatedCount(), host.reportedMax() == null ? 0 : host.reportedMax());
      boolean low = best < host.threshold();
      boolean troubled = hostsWithErrors(data).contains(host.host());
      boolean dnsFailing = host.dnsStatus().contains("failing");
      boolean quiet =
          host.lastRequest() == null || host.lastRequest().isBefore(data.asOf().minusDays(7));
      out.append("<tr><td class=\"nowrap")
          .append(troubled ? " bad" : "")
          .append("\">")
          .append(escape(host.host()))
          .append("</td>")
          .append(number(host.requests(), ""))
          .append(number(host.clients30d(), ""))
          .append(number(host.estimatedCount(), low ? " low" : ""))
          .append(number(host.threshold(), ""))
          .append("<td class=\"num\">")
          .append(escape(FindingGroups.reportedCounts(host)))
          .append("</td><td class=\"nowrap\">")
          .append(time(host.firstRequest()))
          .append("</td><td class=\"nowrap")
          .append(quiet ? " bad" : "")
          .append("\">")
          .append(time(host.lastRequest()))
          .append("</td><td class=\"dns")
          .append(dnsFailing ? " bad" : "")
          .append("\">")
          .append(escape(host.dnsStatus()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** The hosts that a finding of severity error names. */
  private static Set<String> hostsWithErrors(AnalysisRun data) {
    Set<String> hosts = new HashSet<>();
    for (Finding f : data.findings()) {
      if (f.isError() && f.host() != null) {
        hosts.add(f.host());
      }
    }
    return hosts;
  }

  private static String number(long value, String extraClass) {
    return "<td class=\"num" + extraClass + "\">" + value + "</td>";
  }

  private static void charts(AnalysisRun data, Appendable out) throws IOException {
    if (data.hosts().isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>Counts over time</h2>\n<div class=\"charts\">\n");
    for (int i = 0; i < data.hosts().size(); i++) {
      HostSummary host = data.hosts().get(i);
      out.append("<figure>\n<figcaption>")
          .append(escape(host.host()))
          .append("</figcaption>\n")
          .append(SvgChart.render(host.host(), data.history(host), "chart-" + (i + 1)))
          .append("\n</figure>\n");
    }
    out.append("</div>\n</section>\n");
  }

  private static void findings(AnalysisRun data, Appendable out) throws IOException {
    out.append("<section>\n<h2>Findings</h2>\n");
    if (data.findings().isEmpty()) {
      out.append("<p>Nothing was found that needs attention.</p>\n");
    }
    for (Map.Entry<String, List<Finding>> kind : FindingGroups.byKind(data.findings()).entrySet()) {
      out.append("<h3><span class=\"kind\">")
          .append(escape(kind.getKey()))
          .append("</span><span class=\"counts\">")
          .append(FindingGroups.severities(kind.getValue()))
          .append("</span></h3>\n");
      for (Finding finding : kind.getValue()) {
        finding(finding, out);
      }
    }
    out.append("</section>\n");
  }

  private static void finding(Finding f, Appendable out) throws IOException {
    String severity = escape(f.severity());
    out.append("<article class=\"finding ")
        .append(severity)
        .append("\" id=\"f")
        .append(String.valueOf(f.id()))
        .append("\">\n<div>\n<span class=\"ref\">#")
        .append(String.valueOf(f.id()))
        .append("</span> <span class=\"badge ")
        .append(severity)
        .append("\">")
        .append(severity)
        .append("</span>\n<dl>\n");
    field(out, "Host", escape(f.host()));
    field(out, "Client", escape(f.client()));
    field(out, "Code", f.code() == null ? "" : "<code>" + escape(f.code()) + "</code>");
    field(out, "CMID", f.cmid() == null ? "" : "<code>" + f.cmid() + "</code>");
    field(out, "First seen", time(f.firstSeen()));
    field(out, "Last seen", time(f.lastSeen()));
    field(out, "Count", String.valueOf(f.count()));
    field(out, "Days left", f.daysLeft() == null ? "" : String.valueOf(f.daysLeft()));
    field(out, "Explained by", f.cause() == null ? "" : "#" + f.cause());
    out.append("</dl>\n</div>\n<div>\n<p class=\"detail\">")
        .append(escape(f.detail()))
        .append("</p>\n<p class=\"advice\"><strong>Fix:</strong> ")
        .append(escape(f.advice()))
        .append("</p>\n</div>\n</article>\n");
  }

  /** A field of a finding, left out when it has no value; the value is HTML already. */
  private static void field(Appendable out, String name, String html) throws IOException {
    if (!html.isEmpty()) {
      out.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>\n");
    }
  }

  private static String time(LocalDateTime time) {
    return time == null ? "" : UtcTime.minutes(time);
  }

  private static String stylesheet() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is not in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css", e);
    }
  }
}
