package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Runs the estate forward in time and produces its events slice by slice.
 *
 * <p>State is one queue entry per client product plus a few counters per host, so memory depends on
 * the number of machines, never on the number of events.
 */
final class Simulator {
  private final Estate estate;
  private final SplittableRandom random;
  private final EventBuffer buffer = new EventBuffer();
  private final Map<String, HostState> hosts = new LinkedHashMap<>();
  private final PriorityQueue<Attempt> queue = new PriorityQueue<>(Attempt.CHRONOLOGICAL);
  private final NoiseEvents noise;
  private final AttemptProcessor attempts;
  private long order;

  Simulator(Estate estate) {
    this.estate = estate;
    this.random = new SplittableRandom(estate.seed());
    estate.hosts().forEach(h -> hosts.put(h.computer(), new HostState(h)));
    Set<String> systemLogs =
        estate.exports().stream()
            .filter(x -> x.channels().contains(Channel.SYSTEM))
            .map(ExportSpec::computer)
            .collect(Collectors.toSet());
    noise = new NoiseEvents(estate.noiseProbability(), systemLogs);
    ClientLedger ledger = new ClientLedger(estate.clients().size());
    attempts = new AttemptProcessor(estate, ledger, hosts, noise, random, buffer);
    for (int i = 0; i < estate.clients().size(); i++) {
      enrol(i, estate.clients().profile(i));
    }
  }

  /** Generates every event that happens before {@code until}, in no particular order. */
  List<LogEvent> advance(Instant until) {
    hosts.values().forEach(h -> publish(h, until));
    while (!queue.isEmpty() && queue.peek().time().isBefore(until)) {
      Attempt a = queue.poll();
      schedule(a.client(), a.product(), attempts.process(a));
    }
    return buffer.drain();
  }

  private void enrol(int index, ClientProfile client) {
    if (client.products().size() > ClientLedger.PRODUCTS) {
      throw new IllegalArgumentException("too many products for " + client.computer());
    }
    HostState host = hosts.get(client.route().hostComputer());
    for (int p = 0; p < client.products().size(); p++) {
      Instant due;
      if (client.lastActivation() != null) {
        if (host != null) {
          host.counter()
              .record(client.cmid(), client.lastActivation(), client.products().get(p).minCount());
        }
        due = firstRenewal(client.lastActivation());
      } else {
        due = client.installed().plusSeconds(random.nextLong(180, 900));
      }
      Instant first = due.plusSeconds(p * random.nextLong(600, 7200));
      schedule(index, p, client.power().nextAttempt(first, true, random));
    }
  }

  /** The first renewal after the last activation that falls into the simulation. */
  private Instant firstRenewal(Instant lastActivation) {
    Instant due = lastActivation.plus(estate.renewal());
    if (due.isBefore(estate.start())) {
      long gap = Duration.between(due, estate.start()).toNanos();
      long interval = estate.renewal().toNanos();
      due = due.plus(estate.renewal().multipliedBy((gap + interval - 1) / interval));
    }
    return due;
  }

  private void schedule(int client, int product, Instant when) {
    if (when != null && when.isBefore(estate.end())) {
      queue.add(new Attempt(when, client, product, order++));
    }
  }

  private void publish(HostState host, Instant until) {
    HostProfile profile = host.profile();
    while (host.nextPublish() != null && host.nextPublish().isBefore(until)) {
      Instant t = host.nextPublish();
      if (host.servesAt(t) && profile.dnsDomain() != null) {
        String failure = profile.publishFailureOn(LocalDate.ofInstant(t, ZoneOffset.UTC));
        boolean ok = failure == null;
        LogEvent e =
            buffer.add(
                t,
                profile.computer(),
                Channel.APPLICATION,
                Provider.SPP,
                ok ? 12294 : 12293,
                ok ? 4 : 2,
                ok ? List.of(profile.dnsDomain()) : List.of(failure, profile.dnsDomain()),
                null);
        noise.maybeFollow(e, buffer, random);
      }
      Instant next = t.plus(Duration.ofDays(1)).plusNanos(random.nextLong(0, 600_000_000L) * 100);
      host.scheduleNextPublish(next.isBefore(estate.end()) ? next : null);
    }
  }
}
