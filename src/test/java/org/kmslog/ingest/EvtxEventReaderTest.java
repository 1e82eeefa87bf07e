package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .evtx reader on real files and on copies of them damaged in known ways. */
class EvtxEventReaderTest {
  @TempDir Path dir;

  @Test
  void sniffsAnEvtxFileByItsSignature() throws Exception {
    assertEquals(
        new SniffedInput(
            InputFormat.EVTX,
            new TextEncoding(java.nio.charset.StandardCharsets.UTF_16LE, 0, "binary")),
        InputSniffer.sniff(fixture("Security_short_selected.evtx")));
  }

  @Test
  void readsAClassicSppEventAsWindowsShowsIt() throws Exception {
    RawEvent event = byRecord(read(fixture("Application_no_crc32.evtx"), new ArrayList<>()), 436);
    assertEquals(
        new RawEvent(
            "Microsoft-Windows-Security-SPP",
            902,
            Instant.parse("2021-03-31T23:53:25.762266400Z"),
            "DESKTOP-0HIJB49",
            "Application",
            436L,
            List.of("10.0.21286.1000"),
            null,
            "chunk 0, byte 19160"),
        event);
  }

  @Test
  void givesEachInsertionStringOfAClassicEventItsOwnData() throws Exception {
    RawEvent event = byRecord(read(fixture("Application_no_crc32.evtx"), new ArrayList<>()), 427);
    assertEquals(List.of("Windows Defender", "SECURITY_PRODUCT_STATE_ON"), event.data());
  }

  @Test
  void leavesOutTheDataOfAClassicEventWithoutInsertionStrings() throws Exception {
    RawEvent event = byRecord(read(fixture("Application_no_crc32.evtx"), new ArrayList<>()), 426);
    assertEquals(List.of(), event.data());
  }

  @Test
  void namesEachDamagedChunkAndReadsTheOthers() throws Exception {
    Path file = fixture("sample_with_a_bad_chunk_magic.evtx");
    List<String> warnings = new ArrayList<>();
    List<RawEvent> events = read(file, warnings);
    assertEquals(269, events.size());
    assertEquals(
        List.of(
            file
                + " (chunk 0 at byte 4096): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file + " (chunk 0, byte 12224): event 0 without TimeCreated SystemTime; skipped",
            file
                + " (chunk 6 at byte 397312): not a chunk of events (its signature ElfChnk is"
                + " damaged); its events are lost",
            file
                + " (chunk 7 at byte 462848): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file
                + " (chunk 9 at byte 593920): the checksum of its records does not match: some of"
                + " its events may hold damaged values",
            file
                + " (chunk 10 at byte 659456): not a chunk of events (its signature ElfChnk is"
                + " damaged); its events are lost"),
        warnings);
  }

  @Test
  void notesAWrappedRingBufferAndADirtyHeader() throws Exception {
    assertEquals(
        "EVTX 3.1, 4 chunks, dirty (not closed cleanly), wrapped (chunk 3 is the oldest, 2 the"
            + " newest)",
        notes(fixture("sample_with_a_bad_chunk_magic.evtx")).layout());
  }

  @Test
  void readsTheChunksAHeaderDoesNotCount() throws Exception {
    Path file = fixture("system.evtx");
    List<String> warnings = new ArrayList<>();
    assertEquals(1881, read(file, warnings).size());
    assertEquals(List.of(), warnings);
    assertEquals(
        "EVTX 3.1, 15 chunks, dirty (not closed cleanly), header says 3 chunks",
        notes(file).layout());
  }

  @Test
  void notesInvalidHeaderFlags() throws Exception {
    assertEquals(
        "EVTX 3.1, 2 chunks, invalid header flags 0x1b970000",
        notes(fixture("post-Security.evtx")).layout());
  }

  @Test
  void stepsPastARecordOfSizeZeroToTheNextIntactOne() throws Exception {
    Path file = fixture("sample-with-zero-data-size-event.evtx");
    List<String> warnings = new ArrayList<>();
    List<RawEvent> events = read(file, warnings);
    assertEquals(
        file + " (chunk 0, byte 6176): a record of size 0; skipped to the next record",
        warnings.get(1));
    // Record 3 is the empty one; the tools that stop at it lose records 4 to 116.
    assertEquals(
        List.of(1L, 2L, 4L, 5L), events.subList(0, 4).stream().map(e -> e.recordId()).toList());
  }

  @Test
  void skipsPreallocatedEmptyChunksSilently() throws Exception {
    Path original = fixture("Security_short_selected.evtx");
    Path padded = dir.resolve("padded.evtx");
    byte[] bytes = Files.readAllBytes(original);
    Files.write(padded, Arrays.copyOf(bytes, bytes.length + 2 * EvtxChunk.SIZE));
    List<String> warnings = new ArrayList<>();
    assertEquals(read(original, new ArrayList<>()).size(), read(padded, warnings).size());
    assertEquals(List.of(), warnings);
  }

  @Test
  void namesARecordCutShortWhereTheFileEnds() throws Exception {
    Path cut = dir.resolve("cut.evtx");
    byte[] bytes = Files.readAllBytes(fixture("Security_short_selected.evtx"));
    Files.write(cut, Arrays.copyOf(bytes, 4096 + 512 + 1000));
    List<String> warnings = new ArrayList<>();
    List<RawEvent> events = read(cut, warnings);
    assertEquals(List.of(), events);
    assertEquals(
        List.of(
            cut
                + " (chunk 0 at byte 4096): the file ends inside this chunk (1512 of 65536 bytes):"
                + " the copy is cut short",
            cut
                + " (chunk 0, byte 4608): a record cut short: its size is 2272 bytes, 1000 remain;"
                + " skipped to the next record"),
        warnings);
  }

  @Test
  void endsATemplateThatRefersToItselfWithAWarning() throws Exception {
    Path looped = dir.resolve("looped.evtx");
    byte[] bytes = Files.readAllBytes(fixture("Security_short_selected.evtx"));
    // The first record's template is defined inline at chunk offset 550; its body starts at 574
    // with a fragment header. Make its first element a template instance of itself.
    int chunk = 4096;
    ByteBuffer body = ByteBuffer.wrap(bytes, chunk + 578, 14).order(ByteOrder.LITTLE_ENDIAN);
    body.put((byte) 0x0c).put((byte) 0).putInt(0).putInt(550).putInt(0);
    Files.write(looped, bytes);
    List<String> warnings = new ArrayList<>();
    read(looped, warnings);
    assertEquals(
        looped
            + " (chunk 0, byte 4608, record 1): damaged event data at byte 4670 (templates"
            + " nested more than 24 deep (a template refers to itself?)); skipped",
        warnings.get(1));
  }

  @Test
  void refusesAFileNamedEvtxThatIsNotOne() throws Exception {
    Path fake = dir.resolve("Application.evtx");
    Files.writeString(fake, "some notes\n");
    ReadException e = assertThrows(ReadException.class, () -> InputSniffer.sniff(fake));
    assertEquals(
        fake
            + ": named .evtx but not a binary event log: it does not start with the signature"
            + " ElfFile (not an event log export: expected XML (wevtutil, Event Viewer) or CSV"
            + " (Event Viewer Save As CSV, PowerShell Export-Csv))",
        e.getMessage());
  }

  @Test
  void refusesAHeaderWithoutChunks() throws Exception {
    Path bare = dir.resolve("bare.evtx");
    byte[] bytes = Files.readAllBytes(fixture("Security_short_selected.evtx"));
    bytes = Arrays.copyOf(bytes, 4096);
    bytes[200] ^= 1; // outside the checksummed part: the header stays intact
    bytes[100] ^= 1; // inside it: now the header is damaged too
    Files.write(bare, bytes);
    ReadException e = assertThrows(ReadException.class, () -> read(bare, new ArrayList<>()));
    assertEquals(
        bare
            + ": not a readable .evtx event log: its header is damaged (checksum does not match)"
            + " and no chunk of events follows it",
        e.getMessage());
  }

  @Test
  void readsAnIntactHeaderWithoutChunksAsAnEmptyLog() throws Exception {
    Path empty = dir.resolve("empty.evtx");
    Files.write(
        empty, Arrays.copyOf(Files.readAllBytes(fixture("Security_short_selected.evtx")), 4096));
    List<String> warnings = new ArrayList<>();
    assertEquals(List.of(), read(empty, warnings));
    assertEquals(List.of(), warnings);
  }

  private static RawEvent byRecord(List<RawEvent> events, long recordId) {
    return events.stream().filter(e -> e.recordId() == recordId).findFirst().orElseThrow();
  }

  private static ReadNotes notes(Path file) throws ReadException, IOException {
    try (EvtxEventReader reader = EvtxEventReader.open(file, null)) {
      while (true) {
        try {
          if (reader.readNext() == null) {
            return reader.notes();
          }
        } catch (ReadException e) {
          assertTrue(e.isEventOnly(), e.getMessage());
        }
      }
    }
  }

  private static List<RawEvent> read(Path file, List<String> warnings)
      throws ReadException, IOException {
    return EvtxOracleTest.read(file, warnings);
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(EvtxEventReaderTest.class.getResource("/evtx/" + name).toURI());
  }
}
