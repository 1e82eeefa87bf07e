package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;

/** The bundled sample estate: fixed seed, fixed dates, every situation the analyzers look for. */
final class SampleEstate {
  static final Instant START = Instant.parse("2026-05-20T00:00:00Z");
  static final Instant END = Instant.parse("2026-10-31T00:00:00Z");
  static final long SEED = 20261030L;
  static final Duration RENEWAL = Duration.ofDays(7);
  static final Duration RETRY = Duration.ofMinutes(120);
  static final double NOISE_PROBABILITY = 0.17;

  private SampleEstate() {}

  static Estate build() {
    return new Estate(
        START,
        END,
        Duration.ofDays(1),
        SEED,
        SampleHosts.all(),
        ClientRoster.of(SampleClients.all(SEED ^ 0x5DEECE66DL)),
        SampleExports.all(),
        RENEWAL,
        RETRY,
        NOISE_PROBABILITY);
  }
}
