package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

/**
 * A KMS host whose own clock is off: KMS refuses every client more than 4 hours off it, so all its
 * clients look skewed by the same amount, and the host's clock is the one to put right.
 */
class HostClockTest {
  private static final String HOST = "KMS01.corp.example";

  @TempDir Path dir;

  private final List<Client> clients = new ArrayList<>();

  /**
   * Clients PC-0, PC-1, ... with true clocks but for the given skews (minutes), each asking HOST
   * once a day on 20 to 22 October, the host's clock {@code hostBehind} behind (see {@link #ask}).
   */
  private Estate estate(Duration hostBehind, boolean clientLogs, long... clientSkews) {
    Estate estate = new Estate(dir);
    for (int i = 0; i < clientSkews.length; i++) {
      Client pc =
          estate.client("PC-" + i + ".corp.example").skewed(Duration.ofMinutes(clientSkews[i]));
      clients.add(pc);
      for (int day = 20; day <= 22; day++) {
        Instant t = Instant.parse("2026-10-" + day + "T08:00:00Z").plus(Duration.ofMinutes(7 * i));
        ask(estate, pc, t, hostBehind, clientLogs);
      }
    }
    return estate;
  }

  /**
   * PC asks HOST at true time t: the host, its clock {@code hostBehind} behind, logs the request
   * that much earlier and refuses it with 0xC004F06C when the two clocks differ by more than 4
   * hours (KMS's rule), else activates it; with the client's log, its 12288 and 12289 too.
   */
  private static void ask(
      Estate estate, Client pc, Instant t, Duration hostBehind, boolean clientLogs) {
    long off = Math.abs(hostBehind.toMinutes() + pc.skewMinutes());
    String code = off > 240 ? "0xC004F06C" : "0x0";
    if (clientLogs) {
      estate.clientRequest(pc, HOST + ":1688", t, "0x0", 5, 20_000);
      estate.clientResponse(pc, t.plusSeconds(2), code, code.equals("0x0") ? 1 : 0, 30);
    }
    estate.hostRequest(HOST, pc, t.minus(hostBehind).plusMillis(700), pc.clock(t), code, 5, 20_000);
  }

  private static List<Finding> hostClock(AnalysisRun run) {
    return of(run, "CLOCK_SKEW").stream().filter(f -> f.client() == null).toList();
  }

  private static final String ADVICE =
      "Check the host's time before the clients': on KMS01.corp.example run w32tm /query /status"
          + " and w32tm /stripchart /computer:<a domain controller> /samples:3, then w32tm"
          + " /resync; a virtual machine can take a wrong time from its hypervisor (check its time"
          + " synchronization integration service). The refused clients activate at their next"
          + " attempt (within 2 hours), or at once with slmgr /ato.";

  @Test
  void aHostSixHoursBehindIsNamedAndExplainsEachClientsSkew() {
    AnalysisRun run = estate(Duration.ofHours(6), true, 0, 0, 0, 0, 0, 0).analyze(null);
    assertEquals(
        "2026-10-22T08:35:02",
        run.asOf().toString(),
        "as of the clients' newest event: the host's clock does not take it 6 hours back");
    List<Finding> host = hostClock(run);
    assertEquals(1, host.size(), run.findings().toString());
    Finding f = host.get(0);
    assertEquals("error", f.severity());
    assertEquals(HOST, f.host());
    assertEquals("0xC004F06C", f.code());
    assertEquals(18, f.count(), "six clients, three refused requests each");
    assertEquals("2026-10-20T02:00:00.700", f.firstSeen().toString());
    assertEquals("2026-10-22T02:35:00.700", f.lastSeen().toString());
    assertEquals(
        "KMS01.corp.example's own clock is about 6 h 0 min behind: all 6 clients it logged last,"
            + " up to its newest request (2026-10-22 02:35 UTC by its clock), carry clocks 6 h 0"
            + " min ahead of its own, and it refused 18 requests of theirs with 0xC004F06C."
            + " Many clients off one host by the same amount point at the host's clock (or at a"
            + " time source only those clients share), not at each client's.",
        f.detail());
    assertEquals(ADVICE, f.advice());
    assertEquals(null, f.cause());

    List<Finding> clients = of(run, "CLOCK_SKEW").stream().filter(c -> c.client() != null).toList();
    assertEquals(6, clients.size());
    for (Finding c : clients) {
      assertEquals(f.id(), c.cause(), c.client() + "'s skew is the host's clock");
    }
    Map<Integer, Finding> byId =
        run.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity()));
    for (Finding e : of(run, "EXPIRING")) {
      assertEquals(f.id(), byId.get(e.cause()).cause(), e.client() + " expires through it");
    }
  }

  @Test
  void theHostsLogAloneShowsItToo() {
    Finding f = hostClock(estate(Duration.ofHours(6), false, 0, 0, 0, 0).analyze(null)).get(0);
    assertEquals(12, f.count());
    assertEquals(
        true,
        f.detail().startsWith("KMS01.corp.example's own clock is about 6 h 0 min behind: all 4"),
        f.detail());
  }

  @Test
  void aHostAheadIsNamedAsAhead() {
    AnalysisRun run = estate(Duration.ofHours(-7), true, 0, 1, -1).analyze(null);
    assertEquals(
        "2026-10-22T15:14:00.700",
        run.asOf().toString(),
        "as of the host's newest event, which taking it back would leave out");
    Finding f = hostClock(run).get(0);
    assertEquals(
        true,
        f.detail()
            .startsWith(
                "KMS01.corp.example's own clock is about 7 h 0 min ahead: all 3 clients it logged"
                    + " last,"),
        f.detail());
    assertEquals(
        true,
        f.detail().contains(" carry clocks 6 h 59 min to 7 h 1 min behind its own, and it"),
        f.detail());
  }

  @Test
  void clientsOfTheSameOffsetAcrossAQuarterHourBoundaryAreOneGroup() {
    // 6 h 29 min to 6 h 31 min: split by a grid of half hours from 0, whole in the one shifted
    // by a quarter hour.
    Finding f = hostClock(estate(Duration.ofMinutes(390), true, -1, 0, 1).analyze(null)).get(0);
    assertEquals(
        true, f.detail().startsWith("KMS01.corp.example's own clock is about 6 h 30 min behind"));
  }

  @Test
  void aFewSkewedClientsAmongManyAreTheirOwnProblem() {
    // A host with a right clock and three clients five hours ahead among seven.
    AnalysisRun run = estate(Duration.ZERO, true, 300, 300, 300, 0, 0, 0, 0).analyze(null);
    assertEquals(List.of(), hostClock(run));
    List<Finding> clients = of(run, "CLOCK_SKEW");
    assertEquals(3, clients.size());
    clients.forEach(c -> assertEquals(null, c.cause()));
  }

  @Test
  void twoClientsAreNotEnoughToBlameTheHost() {
    assertEquals(List.of(), hostClock(estate(Duration.ofHours(6), true, 0, 0).analyze(null)));
  }

  @Test
  void clientsSkewedByDifferentAmountsAreNotTheHostsClock() {
    assertEquals(
        List.of(), hostClock(estate(Duration.ZERO, true, 300, 600, 1200, 2400).analyze(null)));
  }

  @Test
  void onlyTheClientsOffByTheHostsAmountAreExplainedByIt() {
    // PC-3 runs 20 hours ahead of its own: off the host by 26 hours, not by the host's 6.
    AnalysisRun run = estate(Duration.ofHours(6), true, 0, 0, 0, 1200).analyze(null);
    Finding host = hostClock(run).get(0);
    assertEquals(
        true, host.detail().contains(": 3 of the 4 clients it logged last"), host.detail());
    for (Finding c : of(run, "CLOCK_SKEW")) {
      if (c.client() != null) {
        assertEquals(
            c.client().equals("PC-3.corp.example") ? null : host.id(), c.cause(), c.client());
      }
    }
  }

  /**
   * A host of 30 clients whose clock went 6 hours behind on 22 October: 18 clients last asked it on
   * the 18th and 19th, with its clock right, the last 12 on the 22nd, refused. The next night's run
   * names the host although most of its week's clients never saw the wrong clock.
   */
  @Test
  void aClockThatWentWrongLatelyShowsInTheClientsItLoggedLast() {
    Estate estate = new Estate(dir);
    for (int i = 0; i < 30; i++) {
      Client pc = estate.client("PC-" + i + ".corp.example");
      Instant t = Instant.parse("2026-10-" + (i < 18 ? 18 + i % 2 : 22) + "T08:00:00Z");
      t = t.plus(Duration.ofMinutes(7 * i));
      ask(estate, pc, t, i < 18 ? Duration.ZERO : Duration.ofHours(6), true);
    }
    Finding f = hostClock(estate.analyze(null)).get(0);
    assertEquals(12, f.count());
    assertEquals(
        true,
        f.detail().contains(": all 12 clients it logged last, up to its newest request"),
        f.detail());
  }

  @Test
  void theClientsOffItBeyondTheLastTwelveAreCountedAndExplainedByIt() {
    // PC-0 and PC-1 asked first, both refused: all 14 are off the host's clock by 6 hours.
    AnalysisRun run = estate(Duration.ofHours(6), true, new long[14]).analyze(null);
    Finding host = hostClock(run).get(0);
    assertEquals(
        true,
        host.detail()
            .contains(
                "carry clocks 6 h 0 min ahead of its own (14 of its clients are off it by as much"
                    + " now), and it refused 42 requests"),
        host.detail());
    List<Finding> clients = of(run, "CLOCK_SKEW").stream().filter(c -> c.client() != null).toList();
    assertEquals(14, clients.size());
    clients.forEach(c -> assertEquals(host.id(), c.cause(), c.client()));
  }

  @Test
  void aHostClockPutRightSinceIsNotReported() {
    Estate estate = estate(Duration.ofHours(6), true, 0, 0, 0);
    for (int i = 0; i < 3; i++) {
      estate.activation(clients.get(i), HOST, "2026-10-23T09:0" + i + ":00Z");
    }
    assertEquals(List.of(), hostClock(estate.analyze(null)));
  }
}
