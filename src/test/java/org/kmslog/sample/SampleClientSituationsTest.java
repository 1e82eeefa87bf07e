package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleClientSituationsTest {
  private static final DateTimeFormatter HOST_TIME =
      DateTimeFormatter.ofPattern("yyyy/M/d H:mm", Locale.ROOT);
  private static final DateTimeFormatter CLIENT_TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);
  @TempDir static Path dir;
  private static List<ParsedEvent> kms01;

  @BeforeAll
  static void writeSamples() throws IOException {
    EstateGenerator.writeSamples(dir);
    kms01 = spp(SampleExports.KMS01_FULL, 12290);
  }

  @Test
  void clonesShareOneCmidUnderTheirOwnNames() {
    Map<String, Set<String>> cmidsByName =
        kms01.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.tuple().get(2),
                    Collectors.mapping(e -> e.tuple().get(3), Collectors.toSet())));
    Set<String> a = cmidsByName.get("PC-CLONE-A.corp.example");
    assertEquals(1, a.size());
    assertEquals(a, cmidsByName.get("PC-CLONE-B.corp.example"));
    long namesWithCmid = cmidsByName.values().stream().filter(s -> s.containsAll(a)).count();
    assertEquals(2, namesWithCmid);
  }

  @Test
  void fin03AsksForWindowsAndOfficeUnderOneCmid() {
    List<ParsedEvent> fin = ofClient(kms01, "PC-FIN03.corp.example");
    assertEquals(1, fin.stream().map(e -> e.tuple().get(3)).distinct().count());
    assertEquals(
        Set.of("25 73111121-5638-40f6-bc11-f1d7b0d64300", "5 d450596f-894d-49e0-966a-fd39ed4c4c64"),
        fin.stream()
            .map(e -> e.tuple().get(1) + " " + e.tuple().get(8))
            .collect(Collectors.toSet()));
  }

  @Test
  void hr01IsLoggedByItsNetbiosName() throws IOException {
    assertFalse(ofClient(kms01, "PC-HR01").isEmpty());
    assertTrue(ofClient(kms01, "PC-HR01.corp.example").isEmpty());
    List<CSVRecord> rows = SampleFiles.csv(dir.resolve("PC-HR01_Application.csv"), ',');
    for (CSVRecord row : rows.subList(2, rows.size())) {
      assertEquals("PC-HR01.corp.example", row.get(14));
    }
  }

  @Test
  void skew05SendsClientTimesFiveHoursAheadAndIsRefused() throws IOException {
    List<ParsedEvent> hostSide = ofClient(kms01, "PC-SKEW05.corp.example");
    assertFalse(hostSide.isEmpty());
    for (ParsedEvent e : hostSide) {
      assertEquals("0xC004F06C", e.tuple().get(0));
      assertFiveHoursAhead(e, LocalDateTime.parse(e.tuple().get(4), HOST_TIME));
    }
    for (ParsedEvent e : spp("PC-SKEW05_Application.xml", 12289)) {
      assertEquals("0xC004F06C", e.tuple().get(0));
      assertEquals("0", e.tuple().get(2));
    }
    for (ParsedEvent e : spp("PC-SKEW05_Application.xml", 12288)) {
      assertFiveHoursAhead(e, LocalDateTime.parse(e.tuple().get(4), CLIENT_TIME));
    }
  }

  @Test
  void laptop12FailsOnceAndSucceedsTwoHoursLater() throws IOException {
    List<ParsedEvent> requests = spp("PC-LAPTOP12_Application.xml", 12288);
    List<ParsedEvent> failed =
        requests.stream().filter(e -> !e.tuple().get(0).equals("0x0")).toList();
    assertEquals(1, failed.size());
    assertEquals("0xC004F074", failed.get(0).tuple().get(0));
    ParsedEvent retry = requests.get(requests.indexOf(failed.get(0)) + 1);
    long minutes = Duration.between(failed.get(0).time(), retry.time()).toMinutes();
    assertTrue(minutes >= 119 && minutes <= 121, minutes + " minutes");
    assertTrue(
        spp("PC-LAPTOP12_Application.xml", 12289).stream()
            .anyMatch(
                e ->
                    e.time().isAfter(retry.time())
                        && e.tuple().get(2).equals("1")
                        && e.time().isBefore(retry.time().plusSeconds(5))));
  }

  @Test
  void fw09NeverReachesAnyHost() throws IOException {
    for (String host :
        List.of(
            SampleExports.KMS01_FULL,
            SampleExports.KMS01_LAST_7_DAYS,
            "KMS03_Key-Management-Service.xml",
            SampleExports.WS_DEV07_CUSTOM_VIEW)) {
      assertTrue(ofClient(spp(host, 12290), "PC-FW09.corp.example").isEmpty(), host);
    }
    List<CSVRecord> rows = SampleFiles.csv(dir.resolve("KMS02_Key-Management-Service.csv"), ',');
    assertTrue(rows.stream().noneMatch(r -> r.toString().contains("PC-FW09")));
    List<CSVRecord> own = SampleFiles.csv(dir.resolve("PC-FW09_Application.csv"), ',');
    List<CSVRecord> kms =
        own.subList(1, own.size()).stream().filter(r -> r.get(0).startsWith("1228")).toList();
    assertFalse(kms.isEmpty());
    for (CSVRecord r : kms) {
      assertEquals("12288", r.get(0));
      String[] lines = r.get(2).split("\r\n");
      assertEquals("Info:", lines[1]);
      String[] tuple = lines[2].split(", ");
      assertEquals("0x8007274C", tuple[0]);
      assertEquals("KMS01.corp.example:1688", tuple[2]);
    }
  }

  @Test
  void branchNewNamesTheDecommissionedHost() throws IOException {
    List<ParsedEvent> requests = spp("PC-BRANCH-NEW_Application.xml", 12288);
    assertFalse(requests.isEmpty());
    for (ParsedEvent e : requests) {
      assertEquals("0xC004F074", e.tuple().get(0));
      assertEquals("kms-old.corp.example:1688", e.tuple().get(2));
    }
    assertTrue(spp("PC-BRANCH-NEW_Application.xml", 12289).isEmpty());
  }

  @Test
  void old20ActivatedInMayAndFailedTwiceInOctober() throws IOException {
    List<ParsedEvent> requests = spp("PC-OLD20_Application.xml", 12288);
    assertEquals(
        List.of("2026-05-22 0x0", "2026-10-28 0xC004F074", "2026-10-29 0xC004F074"),
        requests.stream().map(e -> day(e) + " " + e.tuple().get(0)).toList());
    assertTrue(requests.stream().allMatch(e -> e.tuple().size() == 8));
    List<ParsedEvent> responses = spp("PC-OLD20_Application.xml", 12289);
    assertEquals(1, responses.size());
    assertEquals("1", responses.get(0).tuple().get(2));
  }

  @Test
  void grace15FallsIntoNotificationAfterItsActivationExpires() throws IOException {
    List<ParsedEvent> requests = spp("PC-GRACE15_Application.xml", 12288);
    Instant expiry = Instant.parse("2026-10-07T08:30:45Z");
    for (ParsedEvent e : requests) {
      assertEquals("0xC004F074", e.tuple().get(0));
      boolean expired = e.time().isAfter(expiry);
      assertEquals(expired ? "5" : "1", e.tuple().get(6));
      assertEquals(expired, e.tuple().get(7).equals("0"));
    }
    assertEquals("5", requests.get(requests.size() - 1).tuple().get(6));
    assertTrue(spp("PC-GRACE15_Application.xml", 12289).isEmpty());
  }

  @Test
  void srvApp01RequestsEndWithAnEmptyMinimumCount() throws IOException {
    for (ParsedEvent e : spp("SRV-APP01_Application.xml", 12288)) {
      assertTrue(
          e.data().get(0).endsWith(", 34e1ae55-27f8-4950-8877-7a03be5fb181, "), e.data().get(0));
      assertTrue(e.message().endsWith(", "));
    }
  }

  @Test
  void branchClientsSeeTheCountRiseToSevenButNeverActivate() throws IOException {
    List<CSVRecord> rows = SampleFiles.csv(dir.resolve("BR-PC01_Application.csv"), ';');
    Set<Integer> counts = new TreeSet<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      if (r.get(1).equals("12289") && r.get(9).equals("Microsoft-Windows-Security-SPP")) {
        String[] lines = r.get(0).split("\r\n");
        String[] tuple = lines[lines.length - 1].split(", ");
        assertEquals("0xC004F038", tuple[0]);
        assertEquals("0", tuple[2]);
        counts.add(Integer.parseInt(tuple[4]));
      }
    }
    assertEquals(1, counts.stream().mapToInt(Integer::intValue).min().orElseThrow());
    assertEquals(7, counts.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  /** The client time (whole minutes) lies 5 hours after the event, give or take a minute. */
  private static void assertFiveHoursAhead(ParsedEvent e, LocalDateTime clientTime) {
    Duration ahead = Duration.between(e.time(), clientTime.toInstant(ZoneOffset.UTC));
    assertTrue(ahead.minusHours(5).abs().getSeconds() < 62, e.systemTime() + " " + clientTime);
  }

  private static List<ParsedEvent> spp(String file, int id) throws IOException {
    return SampleFiles.xml(dir, file).stream().filter(e -> e.isSpp() && e.eventId() == id).toList();
  }

  private static List<ParsedEvent> ofClient(List<ParsedEvent> hostRequests, String name) {
    return hostRequests.stream().filter(e -> e.tuple().get(2).equals(name)).toList();
  }

  private static LocalDate day(ParsedEvent e) {
    return LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
  }
}
