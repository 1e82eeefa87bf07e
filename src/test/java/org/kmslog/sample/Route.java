package org.kmslog.sample;

import java.time.Instant;

/**
 * Where a client sends its requests and what stops them from arriving.
 *
 * @param targetHost the {@code host:port} the client names in its 12288
 * @param hostComputer the host machine that receives the requests, or null if none exists
 * @param networkError the HRESULT of every attempt when the path is blocked, or null
 * @param unreachableFrom from this instant on no host can be contacted (0xC004F074), or null
 * @param failOnceAt the first attempt at or after this instant cannot reach the host, or null
 */
record Route(
    String targetHost,
    String hostComputer,
    String networkError,
    Instant unreachableFrom,
    Instant failOnceAt) {

  /** A healthy route to a host on the default port. */
  static Route to(String hostComputer) {
    return new Route(hostComputer + ":1688", hostComputer, null, null, null);
  }

  Route withNetworkError(String hresult) {
    return new Route(targetHost, hostComputer, hresult, unreachableFrom, failOnceAt);
  }

  Route unreachableFrom(Instant t) {
    return new Route(targetHost, hostComputer, networkError, t, failOnceAt);
  }

  Route failingOnceAt(Instant t) {
    return new Route(targetHost, hostComputer, networkError, unreachableFrom, t);
  }
}
