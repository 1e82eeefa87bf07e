package org.kmslog.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.ClientActivation;
import org.kmslog.analyze.Finding;

/** What every format of the clients section says alike: the words and the at-risk lists. */
final class ClientsTable {
  private ClientsTable() {}

  /** A status as the reports say it: "never" is "never activated". */
  static String words(String status) {
    return status.equals("never") ? "never activated" : status;
  }

  /**
   * The last error as a cell: its code, or "refused" for a failure without one; null when none came
   * since the last success.
   */
  static String error(ClientActivation c) {
    if (c.lastErrorAt() == null) {
      return null;
    }
    return c.lastError() != null ? c.lastError() : "refused";
  }

  /**
   * For each host with a HOST_SILENT finding, in the findings' order, the clients among these whose
   * last success came from it: they are at risk when they renew.
   */
  static Map<String, List<ClientActivation>> ofSilentHosts(
      AnalysisRun data, List<ClientActivation> clients) {
    Map<String, List<ClientActivation>> silent = new LinkedHashMap<>();
    for (Finding f : data.findings()) {
      if (!f.kind().equals("HOST_SILENT") || f.host() == null) {
        continue;
      }
      String host = f.host().toLowerCase(Locale.ROOT);
      List<ClientActivation> served = new ArrayList<>();
      for (ClientActivation c : clients) {
        if (c.successHost() != null && c.successHost().toLowerCase(Locale.ROOT).equals(host)) {
          served.add(c);
        }
      }
      if (!served.isEmpty()) {
        silent.putIfAbsent(f.host(), served);
      }
    }
    return silent;
  }

  /** The headline of a silent host's list of clients. */
  static String atRiskSentence(String host, List<ClientActivation> clients) {
    return FindingGroups.plural(clients.size(), "client product")
        + " last activated by "
        + host
        + ", which is silent (HOST_SILENT); each stays activated until its date below, and"
        + " must reach another host before then:";
  }

  /**
   * One client of a silent host: when it tries (or tried) to renew and by when it must.
   *
   * @param asOf the run's reference time, which tells a renewal due from one overdue
   */
  static String renewal(ClientActivation c, LocalDateTime asOf) {
    boolean overdue = c.renewAt() != null && !c.renewAt().isAfter(asOf);
    return c.client()
        + " ("
        + c.productName()
        + "): last activated "
        + UtcTime.minutes(c.lastSuccess())
        + " UTC, "
        + (overdue ? "due to renew since " : "renews from ")
        + UtcTime.day(c.renewAt())
        + ", must renew by "
        + UtcTime.day(c.validUntil())
        + (c.daysLeft() == null ? "" : " (" + FindingGroups.plural(c.daysLeft(), "day") + " left)")
        + "; "
        + words(c.status())
        + ".";
  }
}
