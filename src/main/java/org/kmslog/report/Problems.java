package org.kmslog.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.analyze.Finding;

/**
 * The findings as the problems they are: each finding that nothing else explains (its cause is
 * null), with every finding it explains, directly or through others. The reports lead with these.
 *
 * @param cause the finding that is a problem of its own
 * @param explained the findings it explains, in the reports' order
 */
record Problems(Finding cause, List<Finding> explained) {
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

  Problems {
    explained = List.copyOf(explained);
  }

  /**
   * The problems of these findings, the most severe first: a problem is as severe as the worst of
   * its findings (a warning that explains errors is an error's cause); then the one that explains
   * most, then in the findings' order.
   */
  static List<Problems> of(List<Finding> findings) {
    Map<Integer, Finding> byId = new HashMap<>();
    for (Finding finding : findings) {
      byId.put(finding.id(), finding);
    }
    Map<Integer, List<Finding>> explained = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (root(finding, byId).id() == finding.id()) {
        explained.put(finding.id(), new ArrayList<>());
      }
    }
    for (Finding finding : findings) {
      Finding root = root(finding, byId);
      if (root.id() != finding.id()) {
        explained.get(root.id()).add(finding);
      }
    }
    List<Problems> problems = new ArrayList<>();
    for (Map.Entry<Integer, List<Finding>> entry : explained.entrySet()) {
      problems.add(new Problems(byId.get(entry.getKey()), entry.getValue()));
    }
    problems.sort(
        Comparator.comparingInt(Problems::rank)
            .thenComparing(problem -> -problem.explained().size()));
    return problems;
  }

  /** The worst severity among the cause and what it explains. */
  String severity() {
    return SEVERITIES.get(rank());
  }

  private int rank() {
    int rank = SEVERITIES.indexOf(cause.severity());
    for (Finding finding : explained) {
      rank = Math.min(rank, SEVERITIES.indexOf(finding.severity()));
    }
    return rank < 0 ? SEVERITIES.size() - 1 : rank;
  }

  /**
   * The finding at the end of this one's causes; a cause missing from the run, or a loop (which the
   * analyzers never write), ends the walk where it is.
   */
  private static Finding root(Finding finding, Map<Integer, Finding> byId) {
    Finding at = finding;
    for (int steps = 0; at.cause() != null && steps < byId.size(); steps++) {
      Finding next = byId.get(at.cause());
      if (next == null) {
        break;
      }
      at = next;
    }
    return at;
  }

  /** The kinds whose finding is about a host, which its clients only give evidence of. */
  private static final List<String> HOST_KINDS =
      List.of(
          "BELOW_THRESHOLD",
          "DNS_PUBLISH_FAILED",
          "HOST_SILENT",
          "UNEXPECTED_HOST",
          "EXPORTS_STALE");

  /**
   * A finding in a few words: its kind and whom it concerns, such as "BELOW_THRESHOLD KMS2" or
   * "EXPIRING PC1 (host KMS1)".
   */
  static String label(Finding f) {
    StringBuilder label = new StringBuilder(f.kind());
    if (HOST_KINDS.contains(f.kind()) || f.client() == null) {
      if (f.host() != null) {
        label.append(' ').append(f.host());
      }
    } else {
      label.append(' ').append(f.client());
      if (f.host() != null) {
        label.append(" (host ").append(f.host()).append(')');
      }
    }
    return label.toString();
  }
}
