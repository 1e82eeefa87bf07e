package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The changing state of every client and product, in flat arrays so that it costs a few bytes per
 * client and nothing per event.
 */
final class ClientLedger {
  /** Products per client the ledger has room for. */
  static final int PRODUCTS = 2;

  private static final long ACTIVATION_MINUTES = 180L * 24 * 60;
  private static final long GRACE_MINUTES = 30L * 24 * 60;
  private static final long UNSET = Long.MIN_VALUE;
  private final long[] lastActivation;
  private final int[] retries;
  private final boolean[] failedOnce;

  ClientLedger(int clients) {
    lastActivation = new long[clients * PRODUCTS];
    Arrays.fill(lastActivation, UNSET);
    retries = new int[clients * PRODUCTS];
    failedOnce = new boolean[clients];
  }

  static int slot(int client, int product) {
    return client * PRODUCTS + product;
  }

  /** The license state a product of the client reports at time t. */
  LicenseStatus license(int slot, ClientProfile client, Instant t) {
    Instant last =
        lastActivation[slot] == UNSET
            ? client.lastActivation()
            : Instant.ofEpochSecond(lastActivation[slot]);
    if (last != null) {
      long left = ACTIVATION_MINUTES - Duration.between(last, t).toMinutes();
      return left > 0 ? new LicenseStatus(1, left) : new LicenseStatus(5, 0);
    }
    long grace = GRACE_MINUTES - Duration.between(client.installed(), t).toMinutes();
    return grace > 0 ? new LicenseStatus(2, grace) : new LicenseStatus(5, 0);
  }

  void activated(int slot, Instant t) {
    lastActivation[slot] = t.getEpochSecond();
    retries[slot] = 0;
  }

  /** Whether another retry is allowed; if not, the retry count starts over for the next cycle. */
  boolean takeRetry(int slot, int maxRetries) {
    if (retries[slot] < maxRetries) {
      retries[slot]++;
      return true;
    }
    retries[slot] = 0;
    return false;
  }

  /** True the first time it is asked for a client, false afterwards. */
  boolean takeSingleFailure(int client) {
    boolean first = !failedOnce[client];
    failedOnce[client] = true;
    return first;
  }
}
