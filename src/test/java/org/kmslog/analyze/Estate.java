package org.kmslog.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.StoreUnderTest;

/**
 * A hand-built KMS estate for analyzer and report tests: events are written as real wevtutil XML
 * exports (one per machine and log), imported through the real importer into a real H2 database,
 * and analyzed.
 */
public final class Estate {
  public static final String WINDOWS = "73111121-5638-40f6-bc11-f1d7b0d64300";
  public static final String SERVER = "9bd77860-9b31-4b7b-96ad-2564017315bf";
  public static final String OFFICE = "d450596f-894d-49e0-966a-fd39ed4c4c64";

  private static final DateTimeFormatter CLIENT_TIME_12288 =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final DateTimeFormatter CLIENT_TIME_12290 =
      DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

  private final Path dir;
  private final Random random = new Random(20261030);
  private final Map<String, List<String>> logs = new LinkedHashMap<>();
  private final Map<String, Long> recordIds = new LinkedHashMap<>();
  private final Map<String, ZoneId> hostZones = new LinkedHashMap<>();

  public Estate(Path dir) {
    this.dir = dir;
  }

  /** A client machine running a client OS (N-policy 25), with its own CMID and a true clock. */
  public Client client(String name) {
    return new Client(
        name, name, new UUID(random.nextLong(), random.nextLong()), 25, WINDOWS, 0, ZoneOffset.UTC);
  }

  /** A server (N-policy 5). */
  public Client server(String name) {
    return new Client(
        name, name, new UUID(random.nextLong(), random.nextLong()), 5, SERVER, 0, ZoneOffset.UTC);
  }

  /**
   * A client machine.
   *
   * @param name the name its own log carries (its FQDN)
   * @param reportedName the name hosts log for it
   * @param cmid its client machine ID
   * @param minCount its N-policy: 25 client OS, 5 server or Office
   * @param activationId the product it asks for
   * @param skewMinutes how far its clock is ahead (negative: behind)
   * @param zone the time base it writes the client time of its own 12288 and 12289 in
   */
  public record Client(
      String name,
      String reportedName,
      UUID cmid,
      int minCount,
      String activationId,
      long skewMinutes,
      ZoneId zone) {
    Client reportedAs(String hostLogName) {
      return new Client(name, hostLogName, cmid, minCount, activationId, skewMinutes, zone);
    }

    Client withCmid(UUID other) {
      return new Client(name, reportedName, other, minCount, activationId, skewMinutes, zone);
    }

    Client asking(int policy, String product) {
      return new Client(name, reportedName, cmid, policy, product, skewMinutes, zone);
    }

    Client skewed(Duration ahead) {
      return new Client(name, reportedName, cmid, minCount, activationId, ahead.toMinutes(), zone);
    }

    /** The client writes the client time of its own events in this zone's local time. */
    Client writingLocalTime(ZoneId local) {
      return new Client(name, reportedName, cmid, minCount, activationId, skewMinutes, local);
    }

    /** The client-time field of its own events at a true time: its clock, in its base. */
    String ownClientTime(Instant t) {
      return CLIENT_TIME_12288.format(clock(t).atZone(zone));
    }

    /** What this client's clock says at a true time: its own events carry its clock. */
    Instant clock(Instant t) {
      return t.plus(Duration.ofMinutes(skewMinutes));
    }
  }

  /** The host writes the client times of its 12290s in this zone's local time (default UTC). */
  public Estate hostRendersIn(String host, ZoneId zone) {
    hostZones.put(host, zone);
    return this;
  }

  /** A successful activation: the client's 12288, the host's 12290 and the client's 12289. */
  public Estate activation(Client c, String host, String time) {
    return request(c, host, time, "0x0", 1, 200_000, 30);
  }

  /** A request the host answered with an error (0xC004F038, 0xC004F06C...), seen on both sides. */
  public Estate refused(Client c, String host, String time, String code, int hostCount) {
    return request(c, host, time, code, 5, 20_000, hostCount);
  }

  private Estate request(
      Client c, String host, String time, String code, int state, long minutes, int count) {
    Instant t = Instant.parse(time);
    clientRequest(c, host + ":1688", t, "0x0", state, minutes);
    hostRequest(host, c, t.plusMillis(700), code, state, minutes);
    clientResponse(c, t.plusSeconds(2), code, code.equals("0x0") ? 1 : 0, count);
    return this;
  }

  /** A 12288 from the client's log with the given result; nothing else. */
  public Estate clientRequest(
      Client c, String target, Instant t, String code, int licenseState, long minutesLeft) {
    String tuple =
        String.join(
            ", ",
            code,
            "0x0",
            target == null ? "" : target,
            c.cmid().toString(),
            c.ownClientTime(t),
            "0",
            String.valueOf(licenseState),
            String.valueOf(minutesLeft),
            c.activationId(),
            String.valueOf(c.minCount()));
    return event(c.name(), "Application", 12288, c.clock(t), data(tuple));
  }

  /** A 12288 without a client time (the tuple cut after the CMID, as some events are). */
  public Estate clientRequestWithoutTime(Client c, String target, Instant t) {
    return event(
        c.name(),
        "Application",
        12288,
        c.clock(t),
        data(String.join(", ", "0x0", "0x0", target, c.cmid().toString())));
  }

  /** A 12289 from the client's log. */
  public Estate clientResponse(Client c, Instant t, String code, int activated, int hostCount) {
    String tuple =
        String.join(
            ", ",
            code,
            "0x0",
            String.valueOf(activated),
            "0",
            String.valueOf(hostCount),
            "120",
            "10080",
            c.ownClientTime(t));
    return event(c.name(), "Application", 12289, c.clock(t), data(tuple));
  }

  /** A 12290 from the host's log. */
  public Estate hostRequest(
      String host, Client c, Instant t, String code, int licenseState, long minutesLeft) {
    return hostRequest(host, c, t, c.clock(t), code, licenseState, minutesLeft);
  }

  /** A 12290 with the client time given exactly. */
  public Estate hostRequest(
      String host,
      Client c,
      Instant t,
      Instant clientTime,
      String code,
      int licenseState,
      long minutesLeft) {
    String tuple =
        String.join(
            ",",
            code,
            String.valueOf(c.minCount()),
            c.reportedName(),
            c.cmid().toString(),
            CLIENT_TIME_12290.format(
                clientTime.atZone(hostZones.getOrDefault(host, ZoneOffset.UTC))),
            "0",
            String.valueOf(licenseState),
            String.valueOf(minutesLeft),
            c.activationId());
    return event(host, "Key Management Service", 12290, t, data(tuple));
  }

  /** A 12293 (failed, with code) or 12294 (code null) DNS publishing event. */
  public Estate dns(String host, String time, String domain, String code) {
    Instant t = Instant.parse(time);
    return code == null
        ? event(host, "Application", 12294, t, data(domain))
        : event(host, "Application", 12293, t, data(code, domain));
  }

  private static String data(String... values) {
    StringBuilder xml = new StringBuilder("<EventData>");
    for (String value : values) {
      xml.append("<Data>").append(xml(value)).append("</Data>");
    }
    return xml.append("</EventData>").toString();
  }

  /** Machine names in tests may be hostile ({@code <b>x</b>&"'}): escape them as an export does. */
  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  private Estate event(String computer, String channel, int id, Instant t, String eventData) {
    String log = computer + "_" + channel.replace(' ', '-');
    long record = recordIds.merge(log, 1L, Long::sum);
    String xml =
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
            + "<Provider Name='Microsoft-Windows-Security-SPP'/><EventID Qualifiers='16384'>"
            + id
            + "</EventID><TimeCreated SystemTime='"
            + t
            + "'/><EventRecordID>"
            + record
            + "</EventRecordID><Channel>"
            + channel
            + "</Channel><Computer>"
            + xml(computer)
            + "</Computer></System>"
            + eventData
            + "</Event>";
    logs.computeIfAbsent(log, k -> new ArrayList<>()).add(xml);
    return this;
  }

  /** Writes the exports, imports them into a new database and analyzes it. */
  public AnalysisRun analyze(String asOf, String... sanctionedHosts) {
    return analyze(asOf, Analyzer.WINDOW_DAYS, null, sanctionedHosts);
  }

  /**
   * The same as of the newest event, in an analysis that runs at this time of day (as {@code kmslog
   * run} does, which also judges whether exports stopped arriving).
   */
  public AnalysisRun analyzeRunningAt(String now) {
    return analyze(null, Analyzer.WINDOW_DAYS, Instant.parse(now));
  }

  /**
   * The same, with an analysis that reads the whole history instead of the window's 180 days (a
   * window of a century): what the analysis concluded before it had a window.
   */
  public AnalysisRun analyzeWholeHistory(String asOf) {
    return analyze(asOf, 36_500, null);
  }

  private AnalysisRun analyze(String asOf, int windowDays, Instant now, String... sanctionedHosts) {
    Path exports = dir.resolve("exports");
    try {
      Files.createDirectories(exports);
      int file = 0;
      for (Map.Entry<String, List<String>> log : logs.entrySet()) {
        // Hostile machine names hold characters no file name may have; the XML names the machine.
        String name =
            String.format("%02d-%s.xml", ++file, log.getKey().replaceAll("[^\\w.-]", "_"));
        Files.write(exports.resolve(name), log.getValue(), StandardCharsets.UTF_8);
      }
      try (Database database = Database.open(StoreUnderTest.location(dir), true)) {
        List<FileOutcome> outcomes =
            new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null))
                .importAll(List.of(exports), o -> {});
        for (FileOutcome outcome : outcomes) {
          if (outcome.status() != FileOutcome.Status.IMPORTED || outcome.counts().rejected() > 0) {
            throw new IllegalStateException("test estate did not import: " + outcome);
          }
        }
        return new Analyzer(database, windowDays)
            .run(asOf == null ? null : Instant.parse(asOf), Arrays.asList(sanctionedHosts), now);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The findings of one kind. */
  public static List<Finding> of(AnalysisRun run, String kind) {
    return run.findings().stream().filter(f -> f.kind().equals(kind)).toList();
  }
}
