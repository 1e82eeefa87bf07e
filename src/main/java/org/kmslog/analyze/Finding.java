package org.kmslog.analyze;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One finding, with exactly the fields of the findings contract (DESIGN.md, "Findings").
 *
 * @param kind what was found, such as UNREACHED_HOST
 * @param severity error, warning or info
 * @param host the KMS host concerned, or null
 * @param client the client (or clients) concerned, or null
 * @param cmid the client machine ID concerned, or null
 * @param code the HRESULT concerned, or null
 * @param firstSeen when it was first seen, UTC
 * @param lastSeen when it was last seen, UTC
 * @param count how many (attempts, machines, failures, requests: each kind says)
 * @param daysLeft the days of activation the client has left (0 once it ran out), or null where
 *     days left mean nothing
 * @param detail one sentence saying what is wrong
 * @param advice how to fix it
 * @param id the finding's number in its run, 1 for the first in the reports' order
 * @param cause the number of the finding that explains this one, or null when it is a problem of
 *     its own
 */
public record Finding(
    String kind,
    String severity,
    String host,
    String client,
    UUID cmid,
    String code,
    LocalDateTime firstSeen,
    LocalDateTime lastSeen,
    long count,
    Integer daysLeft,
    String detail,
    String advice,
    int id,
    Integer cause) {

  /** True when no other finding explains this one: it is a problem of its own. */
  public boolean isCause() {
    return cause == null;
  }

  /** True for findings of severity error: the ones that stop activations. */
  public boolean isError() {
    return severity.equals("error");
  }
}
