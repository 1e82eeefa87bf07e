package org.kmslog.sample;

import java.util.List;

/** The simulated clients, by index; a synthetic roster computes each profile on demand. */
interface ClientRoster {
  int size();

  /** The profile of client {@code index}; the same index always gives an equal profile. */
  ClientProfile profile(int index);

  /** A roster backed by a fixed list. */
  static ClientRoster of(List<ClientProfile> clients) {
    List<ClientProfile> copy = List.copyOf(clients);
    return new ClientRoster() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public ClientProfile profile(int index) {
        return copy.get(index);
      }
    };
  }
}
