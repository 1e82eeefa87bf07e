package org.kmslog.analyze;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One finished analysis: its id, the reference time it judged against, and what it found.
 *
 * @param id the run's id in the table analysis_run
 * @param asOf the reference time, UTC
 * @param findings the findings, most severe first
 */
public record AnalysisRun(long id, LocalDateTime asOf, List<Finding> findings) {

  public AnalysisRun {
    findings = List.copyOf(findings);
  }

  /** How many findings have this severity. */
  public long count(String severity) {
    return findings.stream().filter(f -> f.severity().equals(severity)).count();
  }
}
