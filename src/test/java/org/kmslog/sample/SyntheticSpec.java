package org.kmslog.sample;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The size and make-up of a synthetic benchmark estate.
 *
 * @param seed the seed of every random choice; equal specs give byte-identical files
 * @param hosts the number of KMS hosts (1..100)
 * @param clients the number of client machines (1..1,000,000); all of them reach the host logs, at
 *     most 50 have their own Application log exported
 * @param days the simulated days (1..3660), starting 2026-08-01 UTC
 * @param formats the export shapes to spread the files over
 * @param targetEvents the number of events to write in total (10,000..10,000,000)
 * @param exportedClients how many clients (the first ones) have their own Application log exported,
 *     one file each (0..1,000,000; at most all of them)
 */
public record SyntheticSpec(
    long seed,
    int hosts,
    int clients,
    int days,
    Set<ExportFormat> formats,
    long targetEvents,
    int exportedClients) {

  /** How many clients have their own log exported unless a spec says otherwise. */
  public static final int DEFAULT_EXPORTED_CLIENTS = 50;

  /** Validates the ranges and keeps an unmodifiable copy of the formats, in declaration order. */
  public SyntheticSpec {
    requireRange("hosts", hosts, 1, 100);
    requireRange("clients", clients, 1, 1_000_000);
    requireRange("days", days, 1, 3660);
    requireRange("target events", targetEvents, 10_000, 10_000_000);
    requireRange("exported clients", exportedClients, 0, 1_000_000);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one export format is needed");
    }
    formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
  }

  /** A spec whose first 50 clients (or all, when fewer) have their Application log exported. */
  public SyntheticSpec(
      long seed, int hosts, int clients, int days, Set<ExportFormat> formats, long targetEvents) {
    this(seed, hosts, clients, days, formats, targetEvents, DEFAULT_EXPORTED_CLIENTS);
  }

  /** A spec with the default seed 1, 3 hosts, 2,000 clients, 30 days and every format. */
  public static SyntheticSpec withTarget(long targetEvents) {
    return new SyntheticSpec(1, 3, 2_000, 30, EnumSet.copyOf(ExportFormat.TEXT), targetEvents);
  }

  private static void requireRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", not " + value);
    }
  }
}
