package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A KMS host's activation count: distinct CMIDs seen in the last 30 days, remembering at most twice
 * the highest N-policy it has seen (so memory stays bounded however many clients exist).
 */
final class HostCounter {
  private static final Duration WINDOW = Duration.ofDays(30);
  private final Map<String, Instant> lastSeen = new LinkedHashMap<>();
  private int highestPolicy;

  /** Records a request from a CMID with the N-policy of the requested product. */
  void record(String cmid, Instant t, int minCount) {
    highestPolicy = Math.max(highestPolicy, minCount);
    lastSeen.remove(cmid);
    lastSeen.put(cmid, t);
    while (lastSeen.size() > capacity()) {
      evictOldest();
    }
  }

  /** The count the host reports to clients at time t. */
  int count(Instant t) {
    Instant oldest = t.minus(WINDOW);
    int n = 0;
    for (Instant seen : lastSeen.values()) {
      if (seen.isAfter(oldest)) {
        n++;
      }
    }
    return Math.min(n, capacity());
  }

  private int capacity() {
    return 2 * Math.max(highestPolicy, 5);
  }

  private void evictOldest() {
    String oldestKey = null;
    Instant oldest = null;
    for (Map.Entry<String, Instant> e : lastSeen.entrySet()) {
      if (oldest == null || e.getValue().isBefore(oldest)) {
        oldest = e.getValue();
        oldestKey = e.getKey();
      }
    }
    lastSeen.remove(oldestKey);
  }
}
