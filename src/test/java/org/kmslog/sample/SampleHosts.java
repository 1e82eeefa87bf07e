package org.kmslog.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The four KMS hosts of the sample estate. */
final class SampleHosts {
  static final String KMS01 = "KMS01.corp.example";
  static final String KMS02 = "KMS02.corp.example";
  static final String KMS03 = "KMS03.corp.example";
  static final String WS_DEV07 = "WS-DEV07.corp.example";
  static final LocalDate KMS01_DNS_FAILURE_DAY = LocalDate.of(2026, 10, 12);
  static final Instant KMS02_START = Instant.parse("2026-09-01T08:10:00Z");
  static final Instant KMS03_FAILURE = Instant.parse("2026-10-05T15:20:00Z");
  static final Instant WS_DEV07_HOST_START = Instant.parse("2026-09-18T13:05:00Z");
  private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

  private SampleHosts() {}

  static List<HostProfile> all() {
    Instant start = SampleEstate.START;
    return List.of(
        new HostProfile(
            KMS01,
            "corp.example",
            null,
            Map.of(KMS01_DNS_FAILURE_DAY, "0x8007232A"),
            new Period(LONG_AGO, NEVER),
            start.plusSeconds(3 * 3600 + 17 * 60 + 4).plusNanos(318_470_900)),
        new HostProfile(
            KMS02,
            "branch.corp.example",
            "0x80070005",
            Map.of(),
            new Period(KMS02_START, NEVER),
            KMS02_START.plusSeconds(41).plusNanos(725_100_300)),
        new HostProfile(
            KMS03,
            "corp.example",
            null,
            Map.of(),
            new Period(LONG_AGO, KMS03_FAILURE),
            start.plusSeconds(5 * 3600 + 42 * 60 + 19).plusNanos(66_016_800)),
        // A rogue host: someone installed a host key on a workstation; DNS publishing is off.
        new HostProfile(
            WS_DEV07, null, null, Map.of(), new Period(WS_DEV07_HOST_START, NEVER), null));
  }
}
