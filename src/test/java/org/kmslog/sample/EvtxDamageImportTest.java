package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.KmslogUnderTest;

/**
 * Damaged .evtx logs with KMS events through the real CLI: damage is a warning that never fails a
 * file whose KMS events can be used, and does not save a file whose every KMS event was rejected.
 */
class EvtxDamageImportTest {
  /** Where a chunk header keeps the CRC32 of its first 120 bytes and of its tables. */
  private static final int CHUNK_HEADER_CHECKSUM = EvtxExportFile.HEADER_SIZE + 0x7C;

  private static final Instant OCT_1 = Instant.parse("2026-10-01T08:00:00Z");

  @TempDir Path dir;

  @Test
  void aClientLogWithADamagedChunkImportsItsKmsEventsWithAWarning() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path file = in.resolve(SampleExports.PC_CLONE_A_EVTX);
    byte[] bytes = Files.readAllBytes(Path.of("samples", SampleExports.PC_CLONE_A_EVTX));
    bytes[CHUNK_HEADER_CHECKSUM] ^= 0x01;
    Files.write(file, bytes);
    Run run = run("import", "--db", dir.resolve("kmslog").toString(), in.toString());
    assertEquals(0, run.status, run.err);
    assertEquals(
        file
            + ": 25 events, 22 stored, 0 duplicates, 3 not KMS, 0 rejected [EVTX, binary, EVTX"
            + " 3.1, 1 chunk]",
        withoutMillis(run.out.lines().findFirst().orElseThrow()));
    assertEquals(
        "kmslog: warning: "
            + file
            + " (chunk 0 at byte 4096): its header checksum does not match (its string and"
            + " template tables may be damaged)\n",
        run.err);
  }

  @Test
  void aLogWhoseEveryKmsEventIsRejectedFailsWhateverItsDamage() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String name = "PC-BROKEN_Application.evtx";
    String computer = "PC-BROKEN" + SampleClients.DOMAIN;
    List<LogEvent> events = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // 12288s whose tuple starts with no HRESULT: the decoder rejects every one.
      events.add(event(computer, 12288, List.of("not an HRESULT", "x"), i));
    }
    events.add(event(computer, 16394, List.of(), 3));
    ExportSpec spec =
        ExportShapes.evtx(computer, Channel.APPLICATION, name, new Period(OCT_1, SampleEstate.END));
    try (ExportSink sink = EvtxExportFile.open(in, spec)) {
      sink.write(events);
      sink.finish();
    }
    Path file = in.resolve(name);
    byte[] bytes = Files.readAllBytes(file);
    bytes[CHUNK_HEADER_CHECKSUM] ^= 0x01;
    Files.write(file, bytes);
    Run run = run("import", "--db", dir.resolve("kmslog").toString(), in.toString());
    assertEquals(2, run.status, run.out);
    assertEquals(
        List.of(
            "kmslog: "
                + file
                + ": no event could be used (3 rejected, 1 not KMS); nothing is stored and the"
                + " file is not marked imported; the first rejected (chunk 0, byte 4608, record"
                + " 1): event 12288: Info tuple in the event data: field 1 (HRESULT) is 'not an"
                + " HRESULT', expected an HRESULT such as 0x0 or 0xC004F074",
            "kmslog: warning: "
                + file
                + " (chunk 0 at byte 4096): its header checksum does not match (its string and"
                + " template tables may be damaged)"),
        run.err.lines().toList());
  }

  private static LogEvent event(String computer, int id, List<String> data, int i) {
    return new LogEvent(
        OCT_1.plusSeconds(60L * i),
        computer,
        Channel.APPLICATION,
        Provider.SPP,
        id,
        4,
        data,
        null,
        i,
        i + 1);
  }

  /** A file's import line without its duration, which varies. */
  private static String withoutMillis(String line) {
    return line.replaceAll(", \\d+ ms]$", "]");
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = KmslogUnderTest.create(o, e).execute(args);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
