package org.kmslog.sample;

import java.time.Instant;

/** A host during the simulation: its profile, its count and its next DNS publish. */
final class HostState {
  private final HostProfile profile;
  private final HostCounter counter = new HostCounter();
  private Instant nextPublish;

  HostState(HostProfile profile) {
    this.profile = profile;
    this.nextPublish = profile.firstPublish();
  }

  HostProfile profile() {
    return profile;
  }

  HostCounter counter() {
    return counter;
  }

  boolean servesAt(Instant t) {
    return profile.service().contains(t);
  }

  Instant nextPublish() {
    return nextPublish;
  }

  void scheduleNextPublish(Instant next) {
    nextPublish = next;
  }
}
