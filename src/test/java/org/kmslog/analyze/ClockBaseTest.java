package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.analyze.Estate.of;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmslog.analyze.Estate.Client;
import org.kmslog.testing.StoreUnderTest;

/**
 * Windows does not say which time base the client-time fields are in; the findings must be the same
 * whichever it is. One estate, written three ways: every field in UTC; the clients' own 12288/12289
 * in their local time and the hosts' 12290 in UTC (as KB 974998's real pair suggests); and the
 * 12290 in each host's local time. Hosts in Chicago, Tokyo and Delhi (a half-hour zone), clients in
 * six zones (Adelaide's is a half-hour zone too), over the two daylight saving changes of October
 * and November 2026, and three clients whose clocks are off by more than four hours.
 */
class ClockBaseTest {
  private static final String AS_OF = "2026-11-10T00:00:00Z";
  private static final List<String> CLIENT_ZONES =
      List.of(
          "UTC",
          "Europe/Berlin",
          "America/New_York",
          "Australia/Adelaide",
          "Asia/Kolkata",
          "America/Los_Angeles");

  enum Bases {
    ALL_UTC,
    CLIENT_LOCAL,
    CLIENT_AND_HOST_LOCAL
  }

  private record Host(String name, ZoneId zone) {}

  private static final List<Host> HOSTS =
      List.of(
          new Host("KMS-CHI.corp.example", ZoneId.of("America/Chicago")),
          new Host("KMS-TYO.corp.example", ZoneId.of("Asia/Tokyo")),
          new Host("KMS-DEL.corp.example", ZoneId.of("Asia/Kolkata")));

  @TempDir Path dir;

  private AnalysisRun estate(Bases bases) {
    return estate(bases, dir.resolve(bases.name()));
  }

  private AnalysisRun estate(Bases bases, Path folder) {
    Estate estate = new Estate(folder);
    for (int h = 0; h < HOSTS.size(); h++) {
      Host host = HOSTS.get(h);
      if (bases == Bases.CLIENT_AND_HOST_LOCAL) {
        estate.hostRendersIn(host.name(), host.zone());
      }
      for (int c = 0; c < CLIENT_ZONES.size(); c++) {
        Client client = local(estate.client("PC-" + h + c + ".corp.example"), c, bases);
        for (int week = 0; week < 5; week++) {
          estate.activation(client, host.name(), time(week, h * 6 + c));
        }
      }
    }
    skewed(estate, bases, "PC-AHEAD.corp.example", 1, Duration.ofHours(5), HOSTS.get(0));
    skewed(estate, bases, "PC-BEHIND.corp.example", 2, Duration.ofHours(-6), HOSTS.get(1));
    skewed(estate, bases, "PC-HALF.corp.example", 4, Duration.ofMinutes(270), HOSTS.get(2));
    return estate.analyze(AS_OF);
  }

  private static void skewed(
      Estate estate, Bases bases, String name, int zone, Duration off, Host host) {
    Client client = local(estate.client(name), zone, bases).skewed(off);
    for (int week = 0; week < 5; week++) {
      estate.refused(client, host.name(), time(week, 30 + zone), "0xC004F06C", 30);
    }
  }

  private static Client local(Client client, int zone, Bases bases) {
    return bases == Bases.ALL_UTC
        ? client
        : client.writingLocalTime(ZoneId.of(CLIENT_ZONES.get(zone)));
  }

  /** Weekly renewals from 2026-10-06, each client at a minute of its own. */
  private static String time(int week, int client) {
    return Instant.parse("2026-10-06T06:00:00Z")
        .plus(Duration.ofDays(7L * week))
        .plus(Duration.ofMinutes(37L * client))
        .toString();
  }

  private static Set<String> findings(AnalysisRun run) {
    return run.findings().stream()
        .map(f -> f.kind() + " " + f.host() + " " + f.client())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @EnumSource(Bases.class)
  void exactlyThePlantedSkewsAreFoundWhateverTheBases(Bases bases) {
    AnalysisRun run = estate(bases);
    assertEquals(
        Set.of(
            "PC-AHEAD.corp.example KMS-CHI.corp.example",
            "PC-BEHIND.corp.example KMS-TYO.corp.example",
            "PC-HALF.corp.example KMS-DEL.corp.example"),
        of(run, "CLOCK_SKEW").stream()
            .map(f -> f.client() + " " + f.host())
            .collect(Collectors.toSet()));
    assertEquals(List.of(), of(run, "UNREACHED_HOST"), "every request reached its host");
    Finding ahead =
        of(run, "CLOCK_SKEW").stream()
            .filter(f -> f.client().startsWith("PC-AHEAD"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ahead.detail().contains("clock is 5 h 0 min ahead of its KMS host's"), ahead.detail());
    Finding half =
        of(run, "CLOCK_SKEW").stream()
            .filter(f -> f.client().startsWith("PC-HALF"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        half.detail().contains("clock is 4 h 30 min ahead of its KMS host's"), half.detail());
  }

  @Test
  void theThreeBasesGiveTheSameFindings() {
    Set<String> utc = findings(estate(Bases.ALL_UTC));
    for (Bases bases : List.of(Bases.CLIENT_LOCAL, Bases.CLIENT_AND_HOST_LOCAL)) {
      assertEquals(utc, findings(estate(bases)), bases.name());
    }
  }

  @Test
  void verboseSaysWhatItConcludedForEachHost() {
    estate(Bases.CLIENT_AND_HOST_LOCAL, dir);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream discard = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    try (java.io.PrintStream e =
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
      new org.kmslog.cli.Kmslog(discard, e)
          .execute(
              // Within a day of the newest event (4 November), as the CLI requires.
              "analyze",
              "--db",
              StoreUnderTest.location(dir),
              "--as-of",
              "2026-11-05T00:00:00Z",
              "--verbose");
    }
    List<String> bases =
        err.toString(java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .filter(line -> line.contains(" writes 12290 client times in "))
            .toList();
    // Each host: 7 clients x 5 weeks. Chicago wrote October's 28 in CDT (UTC-5), the week after
    // 1 November in CST (UTC-6): that day follows its own votes.
    assertEquals(
        List.of(
            "kmslog: KMS-CHI.corp.example writes 12290 client times in UTC-5 (learned from 28"
                + " requests also in its clients' own logs)",
            "kmslog: KMS-DEL.corp.example writes 12290 client times in UTC+5:30 (learned from 35"
                + " requests also in its clients' own logs)",
            "kmslog: KMS-TYO.corp.example writes 12290 client times in UTC+9 (learned from 35"
                + " requests also in its clients' own logs)"),
        bases,
        err.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
