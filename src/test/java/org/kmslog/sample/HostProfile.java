package org.kmslog.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A simulated KMS host.
 *
 * @param computer the host's FQDN
 * @param dnsDomain the domain it publishes its SRV record to, or null if publishing is off
 * @param dailyFailure the HRESULT of every publish attempt when it always fails, or null
 * @param failures publish failures on single days (UTC), by day
 * @param service the period the KMS service runs; outside it the host logs nothing
 * @param firstPublish when it first publishes to DNS in the simulation
 */
record HostProfile(
    String computer,
    String dnsDomain,
    String dailyFailure,
    Map<LocalDate, String> failures,
    Period service,
    Instant firstPublish) {

  HostProfile {
    failures = Map.copyOf(failures);
  }

  /** The HRESULT of the publish attempt on a day, or null when it succeeds. */
  String publishFailureOn(LocalDate day) {
    return dailyFailure != null ? dailyFailure : failures.get(day);
  }
}
