package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .evtx files the generator writes, read by an independent tool: libevtx's {@code evtxexport}
 * (Debian libevtx-utils) must find every event the generator meant to write, with its record id,
 * event id, time, provider, channel, computer and data values. What it meant to write is the same
 * log exported as wevtutil XML in the same run.
 *
 * <p>Skipped when the tool is absent, unless KMSLOG_REQUIRE_EVTXEXPORT=1 (CI) makes that a failure.
 */
class EvtxExportTest {
  private static final Path EVTXEXPORT = Path.of("/usr/bin/evtxexport");
  private static final Instant AUG_1 = Instant.parse("2026-08-01T00:00:00Z");

  @TempDir static Path dir;

  /** One .evtx and the wevtutil XML of the same events. */
  private record Pair(String evtx, String xml) {}

  private static final Pair HOST = new Pair("KMS01_KMS.evtx", "KMS01_KMS.xml");
  private static final Pair CLIENT = new Pair("PC-CLONE-A_Application.evtx", "PC-CLONE-A.xml");

  @BeforeAll
  static void generate() throws IOException {
    requireTool();
    Period window = new Period(AUG_1, SampleEstate.END);
    ExportSpec host =
        ExportShapes.evtx(SampleHosts.KMS01, Channel.KEY_MANAGEMENT_SERVICE, HOST.evtx(), window);
    ExportSpec client =
        ExportShapes.evtx(
            "PC-CLONE-A" + SampleClients.DOMAIN, Channel.APPLICATION, CLIENT.evtx(), window);
    Estate samples = SampleEstate.build();
    Estate estate =
        new Estate(
            samples.start(),
            samples.end(),
            samples.slice(),
            samples.seed(),
            samples.hosts(),
            samples.clients(),
            List.of(host, asXml(host, HOST.xml()), client, asXml(client, CLIENT.xml())),
            samples.renewal(),
            samples.retry(),
            samples.noiseProbability());
    EstateGenerator.generate(estate, dir);
  }

  private static void requireTool() {
    boolean present = Files.isExecutable(EVTXEXPORT);
    if (!present && "1".equals(System.getenv("KMSLOG_REQUIRE_EVTXEXPORT"))) {
      fail(EVTXEXPORT + " is missing (apt-get install libevtx-utils)");
    }
    Assumptions.assumeTrue(present, EVTXEXPORT + " is not installed (libevtx-utils)");
  }

  /** The same export as the bare wevtutil XML its records render as. */
  private static ExportSpec asXml(ExportSpec evtx, String fileName) {
    return new ExportSpec(
        fileName,
        evtx.computer(),
        evtx.channels(),
        "A",
        FileEncoding.UTF8,
        false,
        evtx.formatter(),
        evtx.from(),
        evtx.to(),
        "the events of " + evtx.fileName());
  }

  /** The events evtxexport finds in a file: its XML output, read as an XML export. */
  private static List<ParsedEvent> evtxexport(String name) throws Exception {
    Path file = dir.resolve(name);
    Process process =
        new ProcessBuilder(EVTXEXPORT.toString(), "-f", "xml", file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "evtxexport " + name);
    // It starts with its name and version; the events follow.
    Path xml =
        Files.writeString(dir.resolve(name + ".exported.xml"), out.substring(out.indexOf('<')));
    return SampleFiles.xml(dir, dir.relativize(xml).toString());
  }

  private static void assertSameEvents(Pair pair) throws Exception {
    List<ParsedEvent> meant = SampleFiles.xml(dir, pair.xml());
    List<ParsedEvent> found = evtxexport(pair.evtx());
    assertEquals(meant.size(), found.size(), pair.evtx() + ": events");
    for (int i = 0; i < meant.size(); i++) {
      ParsedEvent m = meant.get(i);
      ParsedEvent f = found.get(i);
      String where = pair.evtx() + " record " + m.recordId();
      assertEquals(m.recordId(), f.recordId(), where);
      assertEquals(m.eventId(), f.eventId(), where);
      assertEquals(m.time(), f.time(), where);
      assertEquals(m.provider(), f.provider(), where);
      assertEquals(m.channel(), f.channel(), where);
      assertEquals(m.computer(), f.computer(), where);
      assertEquals(lineFeeds(m.data()), f.data(), where);
    }
  }

  /**
   * The values as evtxexport's XML shows them: it writes a CR as it is, and an XML parser reads a
   * CR and a CRLF as a line feed (the generator's XML writes them as character references).
   */
  private static List<String> lineFeeds(List<String> values) {
    return values.stream().map(v -> v.replace("\r\n", "\n").replace('\r', '\n')).toList();
  }

  @Test
  void evtxexportReadsEveryEventOfAHostLogOfSeveralChunks() throws Exception {
    long chunks = (Files.size(dir.resolve(HOST.evtx())) - EvtxExportFile.HEADER_SIZE) / 65_536;
    assertTrue(chunks >= 3, chunks + " chunks");
    assertSameEvents(HOST);
  }

  @Test
  void evtxexportReadsEveryEventOfAClientApplicationLog() throws Exception {
    List<Integer> ids = new ArrayList<>();
    SampleFiles.xml(dir, CLIENT.xml()).forEach(e -> ids.add(e.eventId()));
    assertTrue(ids.contains(12288) && ids.contains(12289), ids.toString());
    assertSameEvents(CLIENT);
  }

  /**
   * Chunks filled to every possible last offset: libevtx drops a record that ends in a chunk's last
   * few bytes, so the writer must never end one there. The first event's length moves where the
   * first chunk ends, two bytes a character, over the span of one record.
   */
  @Test
  void evtxexportReadsTheLastRecordOfAChunkWhereverItEnds() throws Exception {
    Files.createDirectories(dir.resolve("sweep"));
    int events = 400;
    int recordSize = 0;
    for (int k = 0; k == 0 || k <= recordSize / 2 + 1; k++) {
      List<LogEvent> batch = new ArrayList<>();
      for (int i = 0; i < events; i++) {
        List<String> data = i == 0 ? List.of("x".repeat(k)) : List.of();
        batch.add(
            new LogEvent(
                AUG_1.plusSeconds(i),
                SampleHosts.KMS01,
                Channel.APPLICATION,
                Provider.SPP,
                16394,
                4,
                data,
                null,
                i,
                1000 + i));
      }
      String name = "sweep/" + k + ".evtx";
      ExportSpec spec =
          ExportShapes.evtx(
              SampleHosts.KMS01, Channel.APPLICATION, name, new Period(AUG_1, SampleEstate.END));
      try (ExportSink sink = EvtxExportFile.open(dir, spec)) {
        sink.write(batch);
        sink.finish();
      }
      if (k == 0) {
        recordSize = secondRecordSize(dir.resolve(name));
      }
      assertEquals(events, evtxexport(name).size(), name);
    }
    assertTrue(recordSize > 100, recordSize + " bytes");
  }

  /** The size of the second record of the first chunk, as its header gives it. */
  private static int secondRecordSize(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int first = EvtxExportFile.HEADER_SIZE + 512;
    return b.getInt(first + b.getInt(first + 4) + 4);
  }
}
