package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds a scaled estate whose renewal interval is tuned so the files hold the target count. */
final class SyntheticEstate {
  static final Instant START = Instant.parse("2026-08-01T00:00:00Z");
  private static final double NOISE_PROBABILITY = 0.17;
  private static final int EVENTS_PER_SLICE = 5_000;
  private static final int[] SLICE_MINUTES = {1440, 720, 360, 240, 120, 60, 30, 15, 10, 5, 2, 1};
  private static final ZoneId CSV_ZONE = ZoneId.of("Europe/Berlin");

  private SyntheticEstate() {}

  static Estate build(SyntheticSpec spec) {
    Instant end = START.plus(Duration.ofDays(spec.days()));
    Duration renewal = renewalFor(spec);
    SyntheticRoster roster =
        new SyntheticRoster(
            spec.seed(), spec.clients(), spec.hosts(), START, renewal, spec.exportedClients());
    Period window = new Period(START, end);
    return new Estate(
        START,
        end,
        slice(spec),
        spec.seed(),
        hosts(spec, end),
        roster,
        exports(spec, window),
        renewal,
        Duration.ofMinutes(120),
        NOISE_PROBABILITY);
  }

  /**
   * The renewal interval that makes the expected event count meet the target: each host logs a DNS
   * event a day (plus noise), and each client cycle adds what {@link
   * SyntheticRoster#expectedEventsPerCycle} says.
   */
  static Duration renewalFor(SyntheticSpec spec) {
    double perCycle = 0;
    for (int i = 0; i < spec.clients(); i++) {
      perCycle +=
          SyntheticRoster.expectedEventsPerCycle(i, spec.exportedClients(), NOISE_PROBABILITY);
    }
    double dnsEvents = (double) spec.hosts() * spec.days() * (1 + NOISE_PROBABILITY);
    double cycles = (spec.targetEvents() - dnsEvents) / perCycle;
    if (cycles <= 0) {
      throw new IllegalArgumentException(
          "a target of "
              + spec.targetEvents()
              + " events is too small for "
              + spec.hosts()
              + " hosts over "
              + spec.days()
              + " days");
    }
    long nanos = (long) (spec.days() * 86_400e9 / cycles);
    return Duration.ofNanos(Math.max(100, nanos / 100 * 100));
  }

  private static Duration slice(SyntheticSpec spec) {
    double perDay = (double) spec.targetEvents() / spec.days();
    for (int minutes : SLICE_MINUTES) {
      if (perDay * minutes / 1440 <= EVENTS_PER_SLICE) {
        return Duration.ofMinutes(minutes);
      }
    }
    return Duration.ofMinutes(1);
  }

  private static List<HostProfile> hosts(SyntheticSpec spec, Instant end) {
    SplittableRandom r = new SplittableRandom(spec.seed() ^ 0x2545F4914F6CDD1DL);
    List<HostProfile> hosts = new ArrayList<>();
    for (int h = 0; h < spec.hosts(); h++) {
      Map<LocalDate, String> failures = new HashMap<>();
      for (int d = 0; d < spec.days(); d++) {
        if (r.nextInt(100) < 3) {
          failures.put(LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(d), "0x8007232A");
        }
      }
      hosts.add(
          new HostProfile(
              SyntheticRoster.hostName(h),
              "corp.example",
              null,
              failures,
              new Period(START.minus(Duration.ofDays(365)), end),
              START.plusSeconds(r.nextLong(60, 86_400))));
    }
    return hosts;
  }

  private static List<ExportSpec> exports(SyntheticSpec spec, Period window) {
    List<ExportFormat> formats = new ArrayList<>(EnumSet.copyOf(spec.formats()));
    int n = formats.size();
    List<ExportSpec> exports = new ArrayList<>();
    for (int h = 0; h < spec.hosts(); h++) {
      String host = SyntheticRoster.hostName(h);
      exports.add(export(formats.get(h % n), host, Channel.KEY_MANAGEMENT_SERVICE, window));
      exports.add(export(formats.get((h + 1) % n), host, Channel.APPLICATION, window));
    }
    int exported = Math.min(spec.clients(), spec.exportedClients());
    for (int i = 0; i < exported; i++) {
      exports.add(
          export(formats.get(i % n), SyntheticRoster.computerName(i), Channel.APPLICATION, window));
    }
    return exports;
  }

  private static ExportSpec export(
      ExportFormat format, String computer, Channel channel, Period window) {
    String xmlName = ExportShapes.shortName(computer) + "_" + channel.fileToken() + ".xml";
    return switch (format) {
      case WEVTUTIL_XML ->
          ExportShapes.wevtutil(
              computer,
              channel,
              xmlName,
              ExportShapes.CRLF,
              SystemTimeStyle.WEVTUTIL,
              TupleLayout.LEADING_JOINED,
              window);
      case EVENT_VIEWER_XML ->
          ExportShapes.eventViewerXml(
              computer,
              Set.of(channel),
              xmlName,
              FileEncoding.UTF8,
              new XmlEventFormat(
                  SystemTimeStyle.WEVTUTIL,
                  TupleLayout.LEADING_JOINED,
                  TupleLayout.JOINED,
                  Culture.EN_US),
              window);
      case EVENT_VIEWER_CSV ->
          ExportShapes.eventViewerCsv(computer, channel, Culture.EN_US, CSV_ZONE, window);
      case POWERSHELL_CSV -> ExportShapes.powerShell51Csv(computer, channel, CSV_ZONE, window);
      case EVTX ->
          ExportShapes.evtx(
              computer,
              channel,
              ExportShapes.shortName(computer) + "_" + channel.fileToken() + ".evtx",
              window);
    };
  }
}
