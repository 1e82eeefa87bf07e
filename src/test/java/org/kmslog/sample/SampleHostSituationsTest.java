package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHostSituationsTest {
  @TempDir static Path dir;
  private static GenerationSummary summary;

  @BeforeAll
  static void writeSamples() throws IOException {
    summary = EstateGenerator.writeSamples(dir);
  }

  @Test
  void kms01ActivatesWithACountOfAtLeast25() throws IOException {
    List<ParsedEvent> responses = sppEvents("PC-CLONE-A_Application.xml", 12289);
    assertFalse(responses.isEmpty());
    for (ParsedEvent e : responses) {
      assertEquals("0x0", e.tuple().get(0));
      assertTrue(Integer.parseInt(e.tuple().get(4)) >= 25, e.data().toString());
    }
  }

  @Test
  void lastSevenDaysExportRepeatsTheFullLogByteForByte() throws IOException {
    String full = SampleFiles.text(dir.resolve(SampleExports.KMS01_FULL), StandardCharsets.UTF_8);
    Set<String> fullLines = Set.of(full.split("\r\n"));
    String recent =
        SampleFiles.text(dir.resolve(SampleExports.KMS01_LAST_7_DAYS), StandardCharsets.UTF_8);
    List<String> recentEvents =
        Arrays.stream(recent.split("\r\n")).filter(l -> l.startsWith("<Event ")).toList();

    assertEquals(
        sppEvents(SampleExports.KMS01_FULL, 12290).stream()
            .filter(e -> !e.time().isBefore(Instant.parse("2026-10-24T00:00:00Z")))
            .count(),
        recentEvents.size());
    for (String line : recentEvents) {
      String withoutRendering = line.replaceFirst("<RenderingInfo .*</RenderingInfo>", "");
      assertTrue(fullLines.contains(withoutRendering), line);
    }
  }

  @Test
  void kms01DnsPublishingFailsOnceAndRecoversNextDay() throws IOException {
    List<ParsedEvent> dns =
        SampleFiles.xml(dir, "KMS01_Application.xml").stream()
            .filter(e -> e.isSpp() && (e.eventId() == 12293 || e.eventId() == 12294))
            .toList();
    List<ParsedEvent> failures = dns.stream().filter(e -> e.eventId() == 12293).toList();

    assertEquals(1, failures.size());
    assertEquals(List.of("0x8007232A", "corp.example"), failures.get(0).data());
    assertEquals(2, failures.get(0).level());
    assertEquals(LocalDate.of(2026, 10, 12), day(failures.get(0)));
    assertTrue(
        dns.stream()
            .anyMatch(e -> e.eventId() == 12294 && day(e).equals(LocalDate.of(2026, 10, 13))));
    assertEquals(60, dns.size(), "one publish a day from 2026-09-01 to 2026-10-30");
  }

  @Test
  void kms02RefusesEveryRequestBelowThreshold() throws IOException {
    List<String[]> tuples = csvTuples("KMS02_Key-Management-Service.csv", 5, ",");
    Set<String> clients = new TreeSet<>();
    for (String[] t : tuples) {
      assertEquals("0xC004F038", t[0]);
      assertEquals("25", t[1]);
      clients.add(t[2]);
    }
    assertEquals(7, clients.size());
    assertTrue(clients.stream().allMatch(c -> c.matches("BR-PC0[1-7]\\.branch\\.corp\\.example")));
  }

  @Test
  void kms02FailsToPublishEveryDay() throws IOException {
    List<ParsedEvent> events = SampleFiles.xml(dir, "KMS02_Application.xml");
    assertTrue(events.stream().noneMatch(e -> e.isSpp() && e.eventId() == 12294));
    List<ParsedEvent> failures =
        events.stream().filter(e -> e.isSpp() && e.eventId() == 12293).toList();
    for (ParsedEvent e : failures) {
      assertEquals(List.of("0x80070005", "branch.corp.example"), e.data());
      assertTrue(
          e.message().endsWith("'branch.corp.example' domain failed.\r\nInfo:\r\n0x80070005"));
    }
    assertEquals(60, failures.stream().map(SampleHostSituationsTest::day).distinct().count());
  }

  @Test
  void kms03FallsSilentOn5October() throws IOException {
    List<ParsedEvent> requests = sppEvents("KMS03_Key-Management-Service.xml", 12290);
    ParsedEvent last = requests.get(requests.size() - 1);
    assertEquals(LocalDate.of(2026, 10, 5), day(last));
    assertEquals("SRV-APP01.corp.example", last.tuple().get(2));
    Instant failure = SampleHosts.KMS03_FAILURE;
    assertTrue(
        SampleFiles.xml(dir, "KMS03_Application.xml").stream()
            .allMatch(e -> e.time().isBefore(failure)));

    List<ParsedEvent> client = SampleFiles.xml(dir, "SRV-APP01_Application.xml");
    assertTrue(client.stream().anyMatch(e -> e.eventId() == 12288 && e.time().isAfter(failure)));
    for (ParsedEvent e : client) {
      if (e.isSpp() && e.eventId() == 12288 && e.time().isAfter(failure)) {
        assertEquals("0xC004F074", e.tuple().get(0));
      }
      assertFalse(e.isSpp() && e.eventId() == 12289 && e.time().isAfter(failure));
    }
  }

  @Test
  void wsDev07IsARogueHostAndAClientOfKms01() throws IOException {
    List<ParsedEvent> events = SampleFiles.xml(dir, SampleExports.WS_DEV07_CUSTOM_VIEW);
    Set<String> labClients = new TreeSet<>();
    for (ParsedEvent e : events) {
      if (e.isSpp() && e.eventId() == 12290) {
        assertEquals(9, e.data().size(), "one Data per field");
        assertEquals("0xC004F038", e.data().get(0));
        assertTrue(
            e.message().startsWith("Eine Aktivierungsanforderung wurde verarbeitet.\r\nInfo:\r\n"));
        labClients.add(e.data().get(2));
      }
      if (e.isSpp() && e.eventId() == 12288) {
        assertEquals("KMS01.corp.example:1688", e.tuple().get(2));
        assertTrue(e.message().contains("\r\nInformationen:\r\n"), e.message());
      }
    }
    assertEquals(Set.of("LAB-PC01.corp.example", "LAB-PC02.corp.example"), labClients);
    assertEquals(
        Set.of("Application", "Key Management Service", "System"),
        events.stream().map(ParsedEvent::channel).collect(Collectors.toSet()));
    assertTrue(
        events.stream()
            .anyMatch(e -> e.provider().equals("Service Control Manager") && e.eventId() == 7036));
    assertTrue(events.stream().allMatch(e -> e.computer().equals(SampleHosts.WS_DEV07)));
  }

  @Test
  void hostFilesPlaceTheTupleDifferently() throws IOException {
    for (ParsedEvent e : sppEvents(SampleExports.KMS01_FULL, 12290)) {
      assertEquals(10, e.data().size());
      assertEquals(String.join(",", e.data().subList(1, 10)), e.data().get(0));
    }
    for (ParsedEvent e : sppEvents("KMS03_Key-Management-Service.xml", 12290)) {
      assertEquals(1, e.data().size());
      assertEquals(9, e.tuple().size());
    }
    List<ParsedEvent> messageOnly =
        SampleFiles.xml(dir, "PC-CLONE-B_Application.xml").stream()
            .filter(e -> e.isSpp() && (e.eventId() == 12288 || e.eventId() == 12289))
            .toList();
    assertTrue(messageOnly.stream().allMatch(e -> e.data().isEmpty()));
    assertTrue(messageOnly.stream().anyMatch(ParsedEvent::hasEventData));
    assertTrue(messageOnly.stream().anyMatch(e -> !e.hasEventData()));
  }

  @Test
  void noiseIsTenToTwentyPercentOfTheApplicationEvents() throws IOException {
    long all = 0;
    long noise = 0;
    for (String name : xmlFiles()) {
      for (ParsedEvent e : SampleFiles.xml(dir, name)) {
        if (e.channel().equals("Application")) {
          all++;
          noise += isKms(e) ? 0 : 1;
        }
      }
    }
    double share = (double) noise / all;
    assertTrue(share >= 0.10 && share <= 0.20, "noise share " + share);
    Set<String> kinds = new TreeSet<>();
    for (String name : xmlFiles()) {
      SampleFiles.xml(dir, name).stream()
          .filter(e -> !isKms(e))
          .forEach(e -> kinds.add(e.provider() + " " + e.eventId()));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "Microsoft-Windows-Security-SPP 1003",
                "Microsoft-Windows-Security-SPP 1066",
                "Microsoft-Windows-Security-SPP 16384",
                "Microsoft-Windows-Security-SPP 16394",
                "Microsoft-Windows-Security-SPP 903",
                "Service Control Manager 7036",
                "VSS 12289",
                "VSS 12293",
                "VSS 8224")),
        kinds);
  }

  @Test
  void samplesStayWellUnderTwoMegabytes() {
    assertTrue(summary.totalBytes() < 2_000_000, summary.totalBytes() + " bytes");
  }

  @Test
  void readmeListsEveryFileWithItsEventCount() throws IOException {
    String readme = Files.readString(dir.resolve("README.md"));
    for (WrittenFile f : summary.files()) {
      if (!f.name().equals("README.md")) {
        assertTrue(readme.contains("| `" + f.name() + "` |"), f.name());
        assertTrue(readme.contains(" | " + f.events() + " | "), f.name());
      }
    }
    assertTrue(readme.contains("Europe/Berlin"));
  }

  private static boolean isKms(ParsedEvent e) {
    return e.isSpp() && e.eventId() >= 12288 && e.eventId() <= 12294;
  }

  private List<String> xmlFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml"))
          .sorted()
          .toList();
    }
  }

  private static List<ParsedEvent> sppEvents(String file, int id) throws IOException {
    return SampleFiles.xml(dir, file).stream().filter(e -> e.isSpp() && e.eventId() == id).toList();
  }

  /** The tuples of the SPP rows of an Event Viewer CSV, from the message's last line. */
  static List<String[]> csvTuples(String file, int messageColumn, String separator)
      throws IOException {
    List<CSVRecord> records = SampleFiles.csv(dir.resolve(file), ',');
    return records.subList(1, records.size()).stream()
        .map(r -> r.get(messageColumn).split("\r\n"))
        .map(lines -> lines[lines.length - 1].split(separator, -1))
        .toList();
  }

  private static LocalDate day(ParsedEvent e) {
    return LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
  }
}
