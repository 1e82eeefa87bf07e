package org.kmslog.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.Finding;
import org.kmslog.analyze.HostSummary;

/** Groups and counts findings the way every report shows them. */
final class FindingGroups {
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

  private FindingGroups() {}

  /**
   * The findings by kind, each kind where its most severe finding puts it (findings come most
   * severe first, then in the order of the contract), each keeping its findings' order.
   */
  static Map<String, List<Finding>> byKind(List<Finding> findings) {
    Map<String, List<Finding>> kinds = new LinkedHashMap<>();
    for (Finding finding : findings) {
      kinds.computeIfAbsent(finding.kind(), k -> new ArrayList<>()).add(finding);
    }
    return kinds;
  }

  /** How many of each severity, such as "5 errors" or "1 error, 1 warning"; none are left out. */
  static String severities(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (String severity : SEVERITIES) {
      long n = findings.stream().filter(f -> f.severity().equals(severity)).count();
      if (n > 0) {
        parts.add(plural(n, severity));
      }
    }
    return String.join(", ", parts);
  }

  /** A count with its noun, such as "1 error", "2 warnings" or "3 info". */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
  }

  /** The counts seen by clients, such as "7", "3-7", or "-" when clients reported none. */
  static String reportedCounts(HostSummary host) {
    if (host.reportedMin() == null || host.reportedMax() == null) {
      return "-";
    }
    return host.reportedMin().equals(host.reportedMax())
        ? host.reportedMin().toString()
        : host.reportedMin() + "-" + host.reportedMax();
  }
}
