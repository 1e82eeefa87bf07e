package org.kmslog.sample;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

/** Plays out one activation attempt: the client's 12288, the host's 12290, the client's 12289. */
final class AttemptProcessor {
  private static final long FOUR_HOURS_SECONDS = 4 * 3600;
  private final Estate estate;
  private final ClientLedger ledger;
  private final Map<String, HostState> hosts;
  private final NoiseEvents noise;
  private final SplittableRandom random;
  private final EventBuffer out;

  AttemptProcessor(
      Estate estate,
      ClientLedger ledger,
      Map<String, HostState> hosts,
      NoiseEvents noise,
      SplittableRandom random,
      EventBuffer out) {
    this.estate = estate;
    this.ledger = ledger;
    this.hosts = hosts;
    this.noise = noise;
    this.random = random;
    this.out = out;
  }

  /** Logs the attempt's events and returns when the product's next attempt happens, or null. */
  Instant process(Attempt a) {
    ClientProfile client = estate.clients().profile(a.client());
    Product product = client.products().get(a.product());
    int slot = ClientLedger.slot(a.client(), a.product());
    Instant t = a.time();
    LicenseStatus license = ledger.license(slot, client, t);
    String failure = failure(client, a.client(), t);
    if (failure != null) {
      logRequest(client, product, t, failure, license);
      return retryOrRenew(client, slot, t);
    }
    HostState host = hosts.get(client.route().hostComputer());
    logRequest(client, product, t, KmsTuples.OK, license);
    Instant hostTime = t.plusNanos(ticks(0.2, 1.8));
    String hresult = answer(host, client, product, hostTime);
    out.add(
        hostTime,
        host.profile().computer(),
        Channel.KEY_MANAGEMENT_SERVICE,
        Provider.SPP,
        12290,
        4,
        KmsTuples.hostRequest(
            hresult,
            product,
            client.reportedName(),
            client.cmid(),
            t.plus(client.clockSkew()),
            client.vm(),
            license),
        null);
    boolean activated = hresult.equals(KmsTuples.OK);
    int count = host.counter().count(hostTime);
    logResponse(client, hostTime.plusNanos(ticks(0.3, 1.2)), t, hresult, activated, count);
    if (activated) {
      ledger.activated(slot, t);
      return client.power().nextAttempt(t.plus(estate.renewal()), true, random);
    }
    return retryOrRenew(client, slot, t);
  }

  /** The host's verdict; a request it accepts for judging counts towards its count. */
  private static String answer(HostState host, ClientProfile client, Product product, Instant t) {
    if (Math.abs(client.clockSkew().getSeconds()) > FOUR_HOURS_SECONDS) {
      return KmsTuples.INVALID_TIMESTAMP;
    }
    host.counter().record(client.cmid(), t, product.minCount());
    return host.counter().count(t) >= product.minCount() ? KmsTuples.OK : KmsTuples.COUNT_TOO_LOW;
  }

  private String failure(ClientProfile client, int index, Instant t) {
    Route route = client.route();
    if (route.networkError() != null) {
      return route.networkError();
    }
    if (route.unreachableFrom() != null && !t.isBefore(route.unreachableFrom())) {
      return KmsTuples.NO_HOST;
    }
    if (route.failOnceAt() != null
        && !t.isBefore(route.failOnceAt())
        && ledger.takeSingleFailure(index)) {
      return KmsTuples.NO_HOST;
    }
    HostState host = route.hostComputer() == null ? null : hosts.get(route.hostComputer());
    return host == null || !host.servesAt(t) ? KmsTuples.NO_HOST : null;
  }

  private Instant retryOrRenew(ClientProfile client, int slot, Instant t) {
    boolean retry = ledger.takeRetry(slot, client.maxRetries());
    return client
        .power()
        .nextAttempt(t.plus(retry ? estate.retry() : estate.renewal()), !retry, random);
  }

  private void logRequest(
      ClientProfile client, Product product, Instant t, String hresult, LicenseStatus license) {
    if (!client.exported()) {
      return;
    }
    LogEvent e =
        out.add(
            t,
            client.computer(),
            Channel.APPLICATION,
            Provider.SPP,
            12288,
            4,
            KmsTuples.clientRequest(
                hresult,
                client.route().targetHost(),
                client.cmid(),
                t.plus(client.clockSkew()),
                client.vm(),
                license,
                product,
                client.quirk()),
            null);
    noise.maybeFollow(e, out, random);
  }

  private void logResponse(
      ClientProfile client, Instant t, Instant sent, String hresult, boolean activated, int count) {
    if (!client.exported()) {
      return;
    }
    Instant when = t.isBefore(sent.plusSeconds(1)) ? sent.plusSeconds(1).plusNanos(ticks(0, 1)) : t;
    LogEvent e =
        out.add(
            when,
            client.computer(),
            Channel.APPLICATION,
            Provider.SPP,
            12289,
            4,
            KmsTuples.clientResponse(hresult, activated, count, when.plus(client.clockSkew())),
            null);
    noise.maybeFollow(e, out, random);
  }

  /** A random duration between the bounds, in nanoseconds, on Windows' 100 ns grid. */
  private long ticks(double minSeconds, double maxSeconds) {
    long min = (long) (minSeconds * 10_000_000);
    long max = (long) (maxSeconds * 10_000_000);
    return random.nextLong(min, max + 1) * 100;
  }
}
