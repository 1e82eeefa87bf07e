package org.kmslog.sample;

import java.time.Instant;
import java.util.Comparator;

/**
 * A scheduled activation attempt of one product of one client.
 *
 * @param time when the client sends the request (true UTC)
 * @param client the client's roster index
 * @param product the index in the client's product list
 * @param order the scheduling order, to keep ties deterministic
 */
record Attempt(Instant time, int client, int product, long order) {
  static final Comparator<Attempt> CHRONOLOGICAL =
      Comparator.comparing(Attempt::time).thenComparingLong(Attempt::order);
}
