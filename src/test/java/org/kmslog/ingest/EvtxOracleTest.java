package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmslog.testing.HangGuard;

/**
 * The real .evtx files of src/test/resources/evtx read to the events libevtx's {@code evtxexport}
 * reads from them, record by record, where it reads a file whole; where it stops early, to at least
 * as many records as the Rust evtx crate finds (see the folder's README). evtxexport's XML is
 * parsed by our XML reader and values are compared as values (hex as numbers, times as instants),
 * never as text. Skipped without /usr/bin/evtxexport, unless KMSLOG_REQUIRE_EVTXEXPORT=1 (CI).
 */
class EvtxOracleTest {
  private static final Path EVTXEXPORT = Path.of("/usr/bin/evtxexport");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}");

  @TempDir Path dir;

  @BeforeAll
  static void needsEvtxexport() {
    if (!Files.isExecutable(EVTXEXPORT)) {
      if ("1".equals(System.getenv("KMSLOG_REQUIRE_EVTXEXPORT"))) {
        fail(EVTXEXPORT + " is missing and KMSLOG_REQUIRE_EVTXEXPORT=1: install libevtx-utils");
      }
      Assumptions.abort(EVTXEXPORT + " is missing (Debian package libevtx-utils)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2-vss_7-System.evtx, 1160",
    "Application_no_crc32.evtx, 17",
    "E_Windows_system32_winevt_logs_Microsoft-Windows-Shell-Core%4Operational.evtx, 1146",
    "Security_short_selected.evtx, 7",
    "Security_with_size_t.evtx, 636",
    "new-user-security.evtx, 4",
    "post-Security.evtx, 126",
    "sample-with-irregular-bool-values.evtx, 3028",
    "security_bad_string_cache.evtx, 2261",
    "system.evtx, 1881",
    "issue_38.evtx, 1",
    "issue_39.evtx, 394"
  })
  void readsWhatEvtxexportReads(String name, int records) throws Exception {
    Path file = fixture(name);
    List<RawEvent> expected = evtxexport(file);
    List<RawEvent> actual = read(file, new ArrayList<>());
    assertEquals(records, expected.size(), "records evtxexport reads from " + name);
    assertEquals(expected.size(), actual.size(), "records read from " + name);
    for (int i = 0; i < expected.size(); i++) {
      assertSameEvent(expected.get(i), actual.get(i), name + " event " + (i + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Microsoft-Windows-HelloForBusiness%4Operational.evtx, 5, 6",
    "Microsoft-Windows-LanguagePackSetup%4Operational.evtx, 16, 17",
    "sample-with-zero-data-size-event.evtx, 335, 335",
    // The Rust crate's 270 count a record whose System holds no values (event 0, no time), which
    // we report as a warning instead (EvtxEventReaderTest).
    "sample_with_a_bad_chunk_magic.evtx, 267, 269",
    "dns_log_malformed.evtx, 5, 5",
  })
  void readsAtLeastWhatTheRustCrateReadsWhereEvtxexportStops(
      String name, int evtxexportRecords, int rustRecords) throws Exception {
    Path file = fixture(name);
    List<RawEvent> expected = evtxexport(file);
    List<RawEvent> actual = read(file, new ArrayList<>());
    assertEquals(evtxexportRecords, expected.size(), "records evtxexport reads from " + name);
    assertTrue(
        actual.size() >= rustRecords,
        name + ": read " + actual.size() + " records, the Rust crate reads " + rustRecords);
    // What evtxexport did read, we read the same.
    for (RawEvent want : expected) {
      RawEvent got =
          actual.stream()
              .filter(e -> want.recordId().equals(e.recordId()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + ": no record " + want.recordId()));
      assertSameEvent(want, got, name + " record " + want.recordId());
    }
  }

  /**
   * The .evtx files of samples/, as the sample generator's EVTX writer wrote them, read by
   * evtxexport to exactly the events our reader reads, record by record and without a warning: so
   * the checked-in files are checked by a tool that is neither their writer nor the reader they
   * feed.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"KMS01_Key-Management-Service_2026-10.evtx, 181", "PC-CLONE-A_Application.evtx, 25"})
  void readsTheBundledEvtxSamplesAsEvtxexportDoes(String name, int records) throws Exception {
    Path file = Path.of("samples", name);
    List<RawEvent> expected = evtxexport(file);
    List<String> warnings = new ArrayList<>();
    List<RawEvent> actual = read(file, warnings);
    assertEquals(List.of(), warnings, name);
    assertEquals(records, expected.size(), "records evtxexport reads from " + name);
    assertEquals(records, actual.size(), "records read from " + name);
    for (int i = 0; i < records; i++) {
      assertSameEvent(expected.get(i), actual.get(i), name + " event " + (i + 1));
    }
  }

  static void assertSameEvent(RawEvent want, RawEvent got, String what) {
    assertEquals(want.recordId(), got.recordId(), what + ": record ID");
    assertEquals(want.eventId(), got.eventId(), what + ": event ID");
    assertEquals(want.timeCreated(), got.timeCreated(), what + ": time");
    assertEquals(want.provider(), got.provider(), what + ": provider");
    assertEquals(want.channel(), got.channel(), what + ": channel");
    assertEquals(want.computer(), got.computer(), what + ": computer");
    List<String> ours = normalized(got.data());
    if (!ours.equals(normalized(want.data()))) {
      ours = signAndMagnitude(ours);
    }
    assertEquals(
        normalized(want.data()),
        ours,
        what + " (" + got.location() + "): data, " + got.data().size() + " values");
  }

  /**
   * Negative 32-bit integers as libevtx 20181227 prints them: the sign, then the value without its
   * sign bit (0x8004805F, -2147188641, becomes -295007). Windows prints -2147188641.
   */
  private static List<String> signAndMagnitude(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      if (v.startsWith("number -")) {
        long n = Long.parseLong(v.substring("number ".length()));
        if (n >= Integer.MIN_VALUE) {
          v = "number " + -(n & 0x7fffffffL);
        }
      }
      out.add(v);
    }
    return out;
  }

  /** Values as values: hex integers as numbers (evtxexport pads them), times as instants. */
  private static List<String> normalized(List<String> data) {
    List<String> out = new ArrayList<>(data.size());
    for (String value : data) {
      // Line ends as XML parsers see them; evtxexport writes some values with CR LF, some LF.
      String v = value.replace("\r\n", "\n").strip();
      if (HEX.matcher(v).matches()) {
        v = "number " + new BigInteger(v.substring(2), 16);
      } else if (DECIMAL.matcher(v).matches()) {
        // evtxexport writes SizeT in decimal, Windows in hex.
        v = "number " + new BigInteger(v);
      } else if (v.length() >= 20 && v.endsWith("Z") && SystemTime.parse(v) != null) {
        v = "time " + SystemTime.parse(v);
      } else if (v.startsWith("{") && v.endsWith("}")) {
        v = v.toUpperCase(java.util.Locale.ROOT);
      }
      out.add(v);
    }
    return out;
  }

  private Path fixture(String name) throws URISyntaxException {
    return Path.of(EvtxOracleTest.class.getResource("/evtx/" + name).toURI());
  }

  /**
   * The events of evtxexport's XML, picked out of its text here rather than by our XML reader: it
   * writes control characters and undeclared prefixes that no XML parser accepts.
   */
  private List<RawEvent> evtxexport(Path file) throws Exception {
    Path out = dir.resolve("evtxexport.xml");
    Process process =
        new ProcessBuilder(EVTXEXPORT.toString(), "-f", "xml", file.toString())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    HangGuard.waitFor(process, () -> "evtxexport " + file);
    String text = Files.readString(out, StandardCharsets.UTF_8);
    List<RawEvent> events = new ArrayList<>();
    String[] blocks = text.split("<Event xmlns=", -1);
    for (int i = 1; i < blocks.length; i++) {
      events.add(oracleEvent(blocks[i]));
    }
    return events;
  }

  private static RawEvent oracleEvent(String block) {
    String provider = group(PROVIDER_NAME, block);
    if (provider == null || provider.isBlank()) {
      provider = group(SOURCE_NAME, block);
    }
    List<String> data = new ArrayList<>();
    Matcher eventData = EVENT_DATA.matcher(block);
    if (eventData.find() && eventData.group(1) != null) {
      Matcher values = DATA.matcher(eventData.group(1));
      while (values.find()) {
        data.add(values.group(2) == null ? "" : unescape(values.group(2)));
      }
    }
    return new RawEvent(
        provider,
        Integer.parseInt(group(EVENT_ID, block)),
        SystemTime.parse(group(TIME, block)),
        group(COMPUTER, block),
        group(CHANNEL, block),
        Long.valueOf(group(RECORD_ID, block)),
        data,
        null,
        null);
  }

  private static final Pattern PROVIDER_NAME =
      Pattern.compile("<Provider [^>]*?\\bName=\"([^\"]*)\"");
  private static final Pattern SOURCE_NAME =
      Pattern.compile("<Provider [^>]*?EventSourceName=\"([^\"]*)\"");
  private static final Pattern EVENT_ID = Pattern.compile("<EventID[^>]*>\\s*(\\d+)\\s*</EventID>");
  private static final Pattern TIME = Pattern.compile("<TimeCreated SystemTime=\"([^\"]*)\"");
  private static final Pattern RECORD_ID = Pattern.compile("<EventRecordID>(\\d+)</EventRecordID>");
  private static final Pattern CHANNEL = Pattern.compile("<Channel>([^<]*)</Channel>");
  private static final Pattern COMPUTER = Pattern.compile("<Computer>([^<]*)</Computer>");
  private static final Pattern EVENT_DATA =
      Pattern.compile("<EventData(?:\\s[^>]*?)?(?:/>|>(.*?)</EventData>)", Pattern.DOTALL);
  private static final Pattern DATA =
      Pattern.compile("<Data(\\s[^>]*?)?(?:/>|>(.*?)</Data>)", Pattern.DOTALL);
  private static final Pattern REFERENCE =
      Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? unescape(m.group(1)) : null;
  }

  private static String unescape(String text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String replacement =
          switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                ref.startsWith("#x")
                    ? Character.toString(Integer.parseInt(ref.substring(2), 16))
                    : Character.toString(Integer.parseInt(ref.substring(1)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Our reader's events; its warnings go to {@code warnings}. */
  static List<RawEvent> read(Path file, List<String> warnings) throws ReadException, IOException {
    List<RawEvent> events = new ArrayList<>();
    try (EvtxEventReader reader = EvtxEventReader.open(file, null)) {
      while (true) {
        try {
          RawEvent e = reader.readNext();
          if (e == null) {
            return events;
          }
          events.add(e);
        } catch (ReadException e) {
          if (!e.isEventOnly()) {
            throw e;
          }
          warnings.add(e.getMessage());
        }
      }
    }
  }
}
