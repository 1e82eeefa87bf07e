package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.EventReaders;
import org.kmslog.ingest.InputSniffer;
import org.kmslog.ingest.RawEvent;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.kms.KmsDecoder;

/**
 * What {@code kmslog events} prints of the bundled samples (every supported format) is what the
 * readers read: its XML reads back through the XML reader to the same events, and its CSV holds the
 * same values.
 */
class EventsRoundTripTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;

  /** An event without where it was found, which differs between the export and the printout. */
  private record Seen(
      String provider,
      int eventId,
      Instant time,
      String computer,
      String channel,
      Long recordId,
      List<String> data,
      String message) {
    static Seen of(RawEvent e) {
      return new Seen(
          e.provider(),
          e.eventId(),
          e.timeCreated(),
          e.computer(),
          e.channel(),
          e.recordId(),
          e.data(),
          e.message());
    }
  }

  private static List<Path> sampleExports() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(f -> !f.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** The events of a file as the readers give them to import. */
  private static List<RawEvent> read(Path file) throws Exception {
    ReadSettings settings =
        new ReadSettings(ZONE, null, null).withMessageTime(KmsDecoder::clientTimeIn);
    List<RawEvent> events = new ArrayList<>();
    try (EventReader reader = EventReaders.open(file, InputSniffer.sniff(file), settings)) {
      for (RawEvent e = reader.readNext(); e != null; e = reader.readNext()) {
        events.add(e);
      }
    }
    return events;
  }

  private static List<Seen> seen(List<RawEvent> events) {
    return events.stream().map(Seen::of).toList();
  }

  /** Times as printed: 100 ns is all an event log keeps, and all wevtutil writes. */
  private static Seen truncated(Seen e) {
    Instant time = e.time().minusNanos(e.time().getNano() % 100);
    return new Seen(
        e.provider(),
        e.eventId(),
        time,
        e.computer(),
        e.channel(),
        e.recordId(),
        e.data(),
        e.message());
  }

  @Test
  void theXmlItPrintsOfEverySampleReadsBackToTheSameEvents() throws Exception {
    List<Seen> expected = new ArrayList<>();
    for (Path file : sampleExports()) {
      read(file).stream().map(Seen::of).map(EventsRoundTripTest::truncated).forEach(expected::add);
    }
    CliRun run = CliRun.of("events", "--timezone", ZONE.getId(), SAMPLES.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    Path printed = Files.writeString(dir.resolve("printed.xml"), run.out(), StandardCharsets.UTF_8);
    List<Seen> readBack = seen(read(printed));
    assertTrue(expected.size() > 1000, "samples hold " + expected.size() + " events");
    assertEquals(expected.size(), readBack.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), readBack.get(i), "event " + i);
    }
  }

  @Test
  void theCsvItPrintsOfEverySampleHoldsTheValuesTheReadersRead() throws Exception {
    CliRun run = CliRun.of("events", "--format", "csv", "--timezone", ZONE.getId(), "samples");
    assertEquals(0, run.status(), run.err());
    List<CSVRecord> rows;
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(run.out()),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(EventsCsv.COLUMNS, parser.getHeaderNames());
      rows = parser.getRecords();
    }
    int row = 0;
    for (Path file : sampleExports()) {
      for (RawEvent e : read(file)) {
        CSVRecord r = rows.get(row++);
        String where = file + " " + e.location();
        assertEquals(file.toString(), r.get("file"), where);
        assertEquals(e.location(), r.get("location"), where);
        assertEquals(e.recordId() == null ? "" : e.recordId().toString(), r.get("recordId"));
        assertEquals(truncated(Seen.of(e)).time(), Instant.parse(r.get("timeCreated")), where);
        assertEquals(String.valueOf(e.eventId()), r.get("eventId"), where);
        assertEquals(orEmpty(e.provider()), r.get("provider"), where);
        assertEquals(orEmpty(e.channel()), r.get("channel"), where);
        assertEquals(orEmpty(e.computer()), r.get("computer"), where);
        assertEquals(e.data(), JsonStrings.parse(r.get("data")), where);
        assertEquals(orEmpty(e.message()), r.get("message"), where);
      }
    }
    assertEquals(rows.size(), row);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Reads a JSON array of strings, as the CSV's data column holds it; nothing else. */
  private static final class JsonStrings {
    private final String text;
    private int at;

    private JsonStrings(String text) {
      this.text = text;
    }

    static List<String> parse(String text) {
      return new JsonStrings(text).array();
    }

    private List<String> array() {
      List<String> values = new ArrayList<>();
      expect('[');
      if (text.charAt(at) == ']') {
        at++;
      } else {
        do {
          values.add(string());
        } while (text.charAt(at++) == ',');
      }
      assertEquals(text.length(), at, text);
      return values;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> b.append(escaped);
        }
      }
      return b.toString();
    }

    private void expect(char c) {
      assertEquals(c, text.charAt(at++), text);
    }
  }
}
