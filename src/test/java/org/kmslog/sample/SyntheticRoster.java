package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clients of a synthetic estate, computed from their index so that a million clients cost no
 * memory: every tenth is a server, every twentieth also runs Office, every fiftieth is behind a
 * firewall that blocks TCP 1688, and the first few (50 unless the spec says otherwise) have their
 * Application log exported.
 */
final class SyntheticRoster implements ClientRoster {
  private static final String BLOCKED = "0x8007274C";
  private final long seed;
  private final int clients;
  private final int hosts;
  private final Instant start;
  private final Duration renewal;
  private final int exported;

  SyntheticRoster(
      long seed, int clients, int hosts, Instant start, Duration renewal, int exported) {
    this.seed = seed;
    this.exported = exported;
    this.clients = clients;
    this.hosts = hosts;
    this.start = start;
    this.renewal = renewal;
  }

  @Override
  public int size() {
    return clients;
  }

  @Override
  public ClientProfile profile(int index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    String computer = computerName(index);
    Route route = Route.to(hostName(index % hosts));
    if (isBlocked(index)) {
      route = route.withNetworkError(BLOCKED);
    }
    String cmid = RandomIds.uuid(r);
    // The last activation sits one renewal interval before a random phase, so the first
    // attempts spread evenly over the first interval.
    long phase = (long) (r.nextDouble() * renewal.toNanos());
    Instant last = start.minus(renewal).plusNanos(phase / 100 * 100);
    ClientProfile client =
        new ClientProfile(
            computer,
            computer,
            cmid,
            products(index),
            isServer(index),
            route,
            Duration.ZERO,
            PowerSchedule.EXACT,
            start.minus(Duration.ofDays(400)),
            last,
            0,
            TupleQuirk.NONE,
            isExported(index, exported));
    return client;
  }

  /** The events one renewal cycle of the client adds to all files, on average. */
  static double expectedEventsPerCycle(int index, int exported, double noiseProbability) {
    double clientEvents = isExported(index, exported) ? 1 + noiseProbability : 0;
    double perProduct = isBlocked(index) ? clientEvents : 1 + 2 * clientEvents;
    return perProduct * products(index).size();
  }

  static String computerName(int index) {
    return (isServer(index) ? "SRV-" : "WS-") + Digits.pad(index + 1, 5) + ".corp.example";
  }

  static String hostName(int host) {
    return "KMS" + Digits.pad(host + 1, 2) + ".corp.example";
  }

  static boolean isExported(int index, int exported) {
    return index < exported;
  }

  private static boolean isServer(int index) {
    return index % 10 == 9;
  }

  private static boolean isBlocked(int index) {
    return index % 50 == 17;
  }

  private static List<Product> products(int index) {
    if (isServer(index)) {
      return List.of(Product.SERVER_2022_STANDARD);
    }
    return index % 20 == 3
        ? List.of(Product.WINDOWS_ENTERPRISE, Product.OFFICE_2016_PROPLUS)
        : List.of(Product.WINDOWS_ENTERPRISE);
  }
}
