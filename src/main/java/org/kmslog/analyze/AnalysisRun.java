package org.kmslog.analyze;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One finished analysis run as the database keeps it: everything the reports show of it.
 *
 * @param id the run's id in the table analysis_run
 * @param asOf the reference time the run judged against, UTC
 * @param generatedAt when the analysis ran, UTC
 * @param hosts the KMS hosts, by name
 * @param findings the findings, most severe first
 * @param countHistory each host's count day by day, oldest first, by host key
 * @param clients the clients table: each client machine and product, those that need attention
 *     first, then by name
 */
public record AnalysisRun(
    long id,
    LocalDateTime asOf,
    LocalDateTime generatedAt,
    List<HostSummary> hosts,
    List<Finding> findings,
    Map<String, List<CountDay>> countHistory,
    List<ClientActivation> clients) {

  public AnalysisRun {
    hosts = List.copyOf(hosts);
    findings = List.copyOf(findings);
    clients = List.copyOf(clients);
    countHistory =
        countHistory.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A run without a clients table, as runs analyzed before schema version 4 are. */
  public AnalysisRun(
      long id,
      LocalDateTime asOf,
      LocalDateTime generatedAt,
      List<HostSummary> hosts,
      List<Finding> findings,
      Map<String, List<CountDay>> countHistory) {
    this(id, asOf, generatedAt, hosts, findings, countHistory, List.of());
  }

  /** The count history of a host, oldest day first; empty when it has none. */
  public List<CountDay> history(HostSummary host) {
    return countHistory.getOrDefault(host.hostKey(), List.of());
  }

  /** How many findings have this severity. */
  public long count(String severity) {
    return findings.stream().filter(f -> f.severity().equals(severity)).count();
  }
}
