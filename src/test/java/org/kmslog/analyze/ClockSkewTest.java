package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate.Client;

class ClockSkewTest {
  private static final String AS_OF = "2026-10-30T00:00:00Z";

  @TempDir Path dir;

  private List<Finding> skewOf(Duration offset) {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-SKEW05.corp.example").skewed(offset);
    estate.activation(pc, "KMS01.corp.example", "2026-10-20T08:00:00Z");
    return of(estate.analyze(AS_OF), "CLOCK_SKEW");
  }

  @Test
  void moreThanFourHoursAheadIsReportedWithTheOffset() {
    List<Finding> found = skewOf(Duration.ofMinutes(241));
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("error", f.severity());
    assertEquals("PC-SKEW05.corp.example", f.client());
    assertEquals("KMS01.corp.example", f.host());
    assertEquals(null, f.code());
    assertEquals(
        "PC-SKEW05.corp.example's clock is 4 h 1 min ahead of its KMS host's: the requests"
            + " KMS01.corp.example logged carry client times that far off, the newest logged at"
            + " 2026-10-20 08:00 UTC (measured against the time base KMS01.corp.example writes"
            + " client times in, UTC, learned from 1 request also in its client's own log).",
        f.detail());
  }

  @Test
  void fourHoursIsWithinTolerance() {
    assertEquals(List.of(), skewOf(Duration.ofMinutes(239)));
  }

  @Test
  void behindIsSkewToo() {
    assertEquals(
        true, skewOf(Duration.ofHours(-6)).get(0).detail().contains(" 6 h 0 min behind its KMS"));
  }

  @Test
  void refusalsWithTheSkewCodeAreReportedAndCountedOnce() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-SKEW05.corp.example").skewed(Duration.ofHours(5));
    estate.refused(pc, "KMS01.corp.example", "2026-10-20T08:00:00Z", "0xC004F06C", 30);
    estate.refused(pc, "KMS01.corp.example", "2026-10-20T10:00:00Z", "0xC004F06C", 30);
    Finding f = of(estate.analyze(AS_OF), "CLOCK_SKEW").get(0);
    assertEquals("0xC004F06C", f.code());
    assertEquals(2, f.count(), "each refusal is on the host and the client: counted once");
    assertEquals(
        true, f.detail().endsWith("; 2 requests were refused with 0xC004F06C."), f.detail());
  }

  @Test
  void theClientsOwnResponsesAloneAreEnough() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-SKEW05.corp.example");
    estate.clientResponse(pc, Instant.parse("2026-10-20T08:00:00Z"), "0xC004F06C", 0, 30);
    Finding f = of(estate.analyze(AS_OF), "CLOCK_SKEW").get(0);
    assertEquals(
        "PC-SKEW05.corp.example had 1 request refused with 0xC004F06C: its time is more than 4"
            + " hours off its KMS host's.",
        f.detail());
  }

  @Test
  void aClockPutRightSinceIsNotReported() {
    Estate estate = new Estate(dir);
    Client pc = estate.client("PC-SKEW05.corp.example");
    estate.refused(
        pc.skewed(Duration.ofHours(5)),
        "KMS01.corp.example",
        "2026-10-20T08:00:00Z",
        "0xC004F06C",
        30);
    estate.activation(pc, "KMS01.corp.example", "2026-10-21T08:00:00Z");
    assertEquals(List.of(), of(estate.analyze(AS_OF), "CLOCK_SKEW"));
  }

  /** PC-OK activates; two hours later PC-AHEAD, whose clock runs this far ahead, is refused. */
  private AnalysisRun clientAhead(Duration ahead) {
    return estateWithAClientAhead(ahead).analyze(null);
  }

  private Estate estateWithAClientAhead(Duration ahead) {
    Estate estate = new Estate(dir);
    estate.activation(
        estate.client("PC-OK.corp.example"), "KMS01.corp.example", "2026-10-20T08:00:00Z");
    Client pc = estate.client("PC-AHEAD.corp.example").skewed(ahead);
    estate.refused(pc, "KMS01.corp.example", "2026-10-20T10:00:00Z", "0xC004F06C", 30);
    return estate;
  }

  @Test
  void aClientWhoseClockRunsAheadDoesNotMoveTheReferenceTime() {
    AnalysisRun run = clientAhead(Duration.ofHours(5));
    assertEquals(
        "2026-10-20T10:00:02",
        run.asOf().toString(),
        "its own newest event says 15:00:02; its host's log shows its clock 5 h ahead");
    assertEquals(1, of(run, "CLOCK_SKEW").size());
  }

  /**
   * A clock a year ahead: none of its hosts' records lie in the 180 days before its newest event,
   * so the window up to that event would hold it alone and its skew could not be learned. The
   * analysis is judged as of the newest event a window reaching back to the hosts' newest can hold
   * (here the host's record of that request: the client's own events are all a year ahead).
   */
  @Test
  void aClientWhoseClockRunsAYearAheadDoesNotMoveTheReferenceTimeEither() {
    AnalysisRun run = clientAhead(Duration.ofDays(365));
    assertEquals(
        "2026-10-20T10:00:00.700",
        run.asOf().toString(),
        "its own newest event says 2027-10-20; judged as of its host's record of it, the newest"
            + " event a window reaching back to the host's log can hold");
    List<Finding> skew = of(run, "CLOCK_SKEW");
    assertEquals(1, skew.size());
    assertEquals("PC-AHEAD.corp.example", skew.get(0).client());
    // The client that activated two hours before is fine; the fast one is not activated either.
    assertEquals(
        List.of("CLOCK_SKEW PC-AHEAD.corp.example", "EXPIRING PC-AHEAD.corp.example"),
        run.findings().stream().map(f -> f.kind() + " " + f.client()).sorted().toList());
  }

  /**
   * Clients whose hosts' exports stopped more than the window ago are not a clock ahead: with more
   * than one client in the window, the reference stays their newest event.
   */
  @Test
  void clientsLongAfterTheirHostsLastExportKeepTheReferenceTime() {
    Estate estate = new Estate(dir);
    Client one = estate.client("PC-ONE.corp.example");
    Client two = estate.client("PC-TWO.corp.example");
    estate.activation(one, "KMS01.corp.example", "2026-01-05T08:00:00Z");
    estate.clientRequest(
        one, "KMS01.corp.example:1688", Instant.parse("2026-10-20T08:00:00Z"), "0x0", 1, 200_000);
    estate.clientRequest(
        two, "KMS01.corp.example:1688", Instant.parse("2026-10-21T09:00:00Z"), "0x0", 1, 200_000);
    assertEquals("2026-10-21T09:00", estate.analyze(null).asOf().toString());
  }

  /**
   * Client logs only: PC-OK0 to PC-OK2 ask their host on 2026-10-20 at 08:00, 09:00 and 10:00, and
   * so do the clients this adds (at 10:30, with clocks this far ahead). No host log says what time
   * it is.
   */
  private Estate clientLogsOnly(Duration... ahead) {
    Estate estate = new Estate(dir);
    Instant first = Instant.parse("2026-10-20T08:00:00Z");
    for (int i = 0; i < 3; i++) {
      renews(estate, estate.client("PC-OK" + i + ".corp.example"), first.plusSeconds(3600L * i));
    }
    for (int i = 0; i < ahead.length; i++) {
      Client pc = estate.client("PC-AHEAD" + i + ".corp.example").skewed(ahead[i]);
      renews(estate, pc, Instant.parse("2026-10-20T10:30:00Z"));
    }
    return estate;
  }

  private static void renews(Estate estate, Client pc, Instant t) {
    estate.clientRequest(pc, "KMS01.corp.example:1688", t, "0x0", 1, 200_000);
    estate.clientResponse(pc, t.plusSeconds(2), "0x0", 1, 30);
  }

  private static List<String> clientsOf(AnalysisRun run) {
    return run.clients().stream().map(ClientActivation::client).distinct().sorted().toList();
  }

  /**
   * In a store of client logs only, no host measures a clock: a client whose clock runs a year
   * ahead made its own newest event the reference time, and every other client fell out of the
   * window, with no finding at all. Its events are dated after the analysis runs: the analysis is
   * as of the newest event dated before then, and CLOCK_SKEW names that client.
   */
  @Test
  void aClockAYearAheadInClientLogsOnlyIsNamedAndLeftOutOfTheAnalysis() {
    AnalysisRun run = clientLogsOnly(Duration.ofDays(365)).analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T10:00:02", run.asOf().toString(), "PC-OK2's newest event");
    assertEquals(
        List.of("PC-OK0.corp.example", "PC-OK1.corp.example", "PC-OK2.corp.example"),
        clientsOf(run));
    List<Finding> skew = of(run, "CLOCK_SKEW");
    assertEquals(1, skew.size());
    Finding f = skew.get(0);
    assertEquals("PC-AHEAD0.corp.example", f.client());
    assertEquals(null, f.host());
    assertEquals("error", f.severity());
    assertEquals(2, f.count());
    assertEquals(
        "PC-AHEAD0.corp.example's clock runs ahead: 2 KMS events it logged are dated after this"
            + " analysis ran (2026-10-21 06:00 UTC), the newest at 2027-10-20 10:30 UTC. They are"
            + " left out: the analysis is as of the newest event dated before then.",
        f.detail());
    assertEquals(true, f.advice().startsWith("Put the machine's clock right"), f.advice());
  }

  /**
   * A clock a year ahead that was put right since: its log numbers the request it made at the right
   * time (11:00, after the one dated 2027) later. Its events dated ahead stay left out, but it is
   * not named, as a clock put right is not (and a nightly run does not fail for a year on it).
   */
  @Test
  void aClockPutRightAfterRunningAYearAheadIsNotNamed() {
    Estate estate = clientLogsOnly(Duration.ofDays(365));
    Client pc = estate.client("PC-AHEAD0.corp.example");
    renews(estate, pc, Instant.parse("2026-10-20T11:00:00Z"));
    AnalysisRun run = estate.analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T11:00:02", run.asOf().toString(), "its renewal at the right time");
    assertEquals(List.of(), of(run, "CLOCK_SKEW"));
    assertEquals(
        true, clientsOf(run).contains("PC-AHEAD0.corp.example"), clientsOf(run).toString());
  }

  /**
   * The same machine, its events the other way round: at the right time first, then a year ahead.
   * Its clock runs ahead now, and it is named.
   */
  @Test
  void aClockThatWentAYearAheadAfterRightEventsIsNamed() {
    Estate estate = new Estate(dir);
    Instant t = Instant.parse("2026-10-20T08:00:00Z");
    renews(estate, estate.client("PC-OK0.corp.example"), t.plusSeconds(3600));
    Client pc = estate.client("PC-AHEAD0.corp.example");
    renews(estate, pc, t);
    renews(estate, pc.skewed(Duration.ofDays(365)), t.plusSeconds(7200));
    AnalysisRun run = estate.analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T09:00:02", run.asOf().toString());
    assertEquals(
        List.of("PC-AHEAD0.corp.example"),
        of(run, "CLOCK_SKEW").stream().map(Finding::client).toList());
  }

  /** Two clones of one machine whose clock was wrong when it was imaged: both are named. */
  @Test
  void twoClocksAheadAreBothNamed() {
    AnalysisRun run =
        clientLogsOnly(Duration.ofDays(365), Duration.ofDays(365))
            .analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T10:00:02", run.asOf().toString());
    assertEquals(
        List.of("PC-AHEAD0.corp.example", "PC-AHEAD1.corp.example"),
        of(run, "CLOCK_SKEW").stream().map(Finding::client).sorted().toList());
  }

  /**
   * Up to a day after the analysis runs, an event is taken as it is: kmslog's own clock may be a
   * little behind, and a CSV read with the wrong zone is hours off.
   */
  @Test
  void anEventLessThanADayAfterTheAnalysisRunsIsTakenAsItIs() {
    AnalysisRun run = clientLogsOnly(Duration.ofHours(20)).analyzeRunningAt("2026-10-20T07:00:00Z");
    assertEquals("2026-10-21T06:30:02", run.asOf().toString(), "PC-AHEAD0's newest event");
    assertEquals(List.of(), of(run, "CLOCK_SKEW"));
  }

  /**
   * When every event is dated after the analysis runs, it is kmslog's clock that is behind (or the
   * logs come from a test's future): the events are taken as they are.
   */
  @Test
  void whenEveryEventIsLaterThanTheAnalysisTheyAreTakenAsTheyAre() {
    AnalysisRun run = clientLogsOnly(Duration.ofDays(365)).analyzeRunningAt("2026-01-01T00:00:00Z");
    assertEquals("2027-10-20T10:30:02", run.asOf().toString());
    assertEquals(List.of(), of(run, "CLOCK_SKEW"));
  }

  /**
   * A client that its host finds a year ahead is named once, by what its host measured (and with
   * that host), not again for its own events dated after the analysis.
   */
  @Test
  void aClientItsHostFindsAheadIsNamedOnce() {
    AnalysisRun run =
        estateWithAClientAhead(Duration.ofDays(365)).analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T10:00:00.700", run.asOf().toString());
    List<Finding> skew = of(run, "CLOCK_SKEW");
    assertEquals(1, skew.size());
    assertEquals("KMS01.corp.example", skew.get(0).host());
    assertEquals(
        true, skew.get(0).detail().contains("ahead of its KMS host's"), skew.get(0).detail());
  }

  /** A KMS host's own clock a year ahead: its events are left out, and the finding names it. */
  @Test
  void aHostWhoseClockRunsAheadIsNamedAsTheHost() {
    Estate estate = clientLogsOnly();
    estate.dns("KMS02.corp.example", "2026-10-20T09:00:00Z", "corp.example", null);
    estate.dns("KMS02.corp.example", "2027-10-20T09:00:00Z", "corp.example", null);
    AnalysisRun run = estate.analyzeRunningAt("2026-10-21T06:00:00Z");
    assertEquals("2026-10-20T10:00:02", run.asOf().toString());
    List<Finding> skew = of(run, "CLOCK_SKEW");
    assertEquals(1, skew.size());
    assertEquals("KMS02.corp.example", skew.get(0).host());
    assertEquals(null, skew.get(0).client());
    assertEquals(1, skew.get(0).count());
    assertEquals(
        true,
        skew.get(0).detail().startsWith("KMS02.corp.example's clock runs ahead: 1 KMS event it"),
        skew.get(0).detail());
  }
}
