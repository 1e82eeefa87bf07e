package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.queryLong;
import static org.kmslog.testing.Fixtures.storedEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.EventReaders;
import org.kmslog.ingest.InputSniffer;
import org.kmslog.ingest.ReadException;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;
import org.kmslog.testing.ClientRequestExport;

/** The reading thread: chunks, counts, failures part-way, and an import that is called off. */
class DecodingReaderTest {
  private static final ReadSettings UTC = new ReadSettings(ZoneOffset.UTC, null, null);

  @TempDir Path dir;

  @Test
  void handsOverEveryEventInFileOrderInChunks() throws Exception {
    Path file = write("many.xml", 1300, false);
    long decoded = 0;
    long lastRecord = 0;
    int chunks = 0;
    DecodingReader.Chunk last = null;
    try (EventReader reader = open(file);
        DecodingReader decoding = new DecodingReader(reader, "many.xml")) {
      for (DecodingReader.Chunk chunk = decoding.next(); chunk != null; chunk = decoding.next()) {
        chunks++;
        chunk.throwIfFailed();
        for (DecodingReader.Item item : chunk.items()) {
          long record = ((DecodingReader.Decoded) item).event().header().recordId();
          assertEquals(lastRecord + 1, record, "file order");
          lastRecord = record;
          decoded++;
        }
        last = chunk;
      }
      assertNull(decoding.next(), "nothing after the last chunk");
    }
    assertEquals(1300, decoded);
    assertEquals(3, chunks, "two full chunks of 512 and the rest");
    assertNotNull(last);
    assertTrue(last.last());
    assertEquals(1300, last.read());
    assertEquals(Files.size(file), last.bytesRead());
  }

  @Test
  void readingAllAtOnceHandsOverTheSameChunksAsTheThreads() throws Exception {
    Path file = write("many.xml", 1300, false);
    assertEquals(chunksOf(file, false), chunksOf(file, true));
  }

  @Test
  void readingAllAtOnceEndsAFileCutOffPartWayWithTheSameCountsAndFailure() throws Exception {
    Path file = write("cut.xml", 1300, true);
    List<String> atOnce = chunksOf(file, true);
    assertEquals(chunksOf(file, false), atOnce);
    assertTrue(atOnce.get(atOnce.size() - 1).contains("Unexpected EOF"), atOnce.toString());
  }

  @Test
  void aFileCutOffAfterSeveralChunksCountsWhatWasReadAndStoresNothing() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write("in/cut.xml", 1300, true);
    write("in/whole.xml", 3, false);
    try (Database database = Database.open(dir.resolve("db").toString(), true)) {
      List<FileOutcome> outcomes =
          new Importer(database, UTC).importAll(List.of(in), outcome -> {});
      FileOutcome cut = outcomes.get(0);
      assertEquals(Status.FAILED, cut.status());
      assertTrue(
          cut.error().startsWith(in.resolve("cut.xml") + " (line 1301, column "), cut.error());
      assertTrue(cut.error().contains("Unexpected EOF"), cut.error());
      assertEquals(new ImportCounts(1300, 1300, 0, 0, 0, 0), cut.counts());
      assertEquals(Status.IMPORTED, outcomes.get(1).status());
      assertEquals(3, storedEvents(database.connection()), "only the whole file is stored");
      assertEquals(
          1,
          queryLong(
              database.connection(), "SELECT COUNT(*) FROM import_file WHERE status = 'failed'"));
    }
  }

  @Test
  void closingWhileTheReaderWaitsForRoomStopsIt() throws Exception {
    Path file = write("big.xml", 40_000, false);
    try (EventReader reader = open(file)) {
      DecodingReader decoding = new DecodingReader(reader, "big.xml");
      DecodingReader.Chunk first = decoding.next();
      assertEquals(512, first.items().size());
      decoding.close();
      assertFalse(decoding.running(), "the reading thread has ended");
      assertTrue(reader.bytesRead() < Files.size(file), "it stopped before the end of the file");
    }
  }

  @Test
  void anEventTheReaderSkipsIsHandedOverAsARejection() throws Exception {
    Path file = dir.resolve("bad-event.xml");
    String good = ClientRequestExport.event(1);
    String bad =
        ClientRequestExport.event(2).replace("<EventID>12288</EventID>", "<EventID>many</EventID>");
    Files.writeString(file, good + bad + ClientRequestExport.event(3), StandardCharsets.UTF_8);
    try (EventReader reader = open(file);
        DecodingReader decoding = new DecodingReader(reader, "bad-event.xml")) {
      DecodingReader.Chunk chunk = decoding.next();
      chunk.throwIfFailed();
      assertEquals(3, chunk.read());
      assertEquals(3, chunk.items().size());
      DecodingReader.Rejected rejected =
          assertInstanceOf(DecodingReader.Rejected.class, chunk.items().get(1));
      assertEquals("event ID 'many' is not a number; event skipped", rejected.reason());
      assertTrue(chunk.last());
    }
  }

  @Test
  void eventsTheReaderRefusesAreChunkedLikeTheOthers() throws Exception {
    Path file = dir.resolve("all-bad.xml");
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 1300; i++) {
      text.append(
          ClientRequestExport.event(i).replace("<EventID>12288</EventID>", "<EventID>x</EventID>"));
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<Integer> sizes = new java.util.ArrayList<>();
    try (EventReader reader = open(file);
        DecodingReader decoding = new DecodingReader(reader, "all-bad.xml")) {
      for (DecodingReader.Chunk chunk = decoding.next(); chunk != null; chunk = decoding.next()) {
        chunk.throwIfFailed();
        sizes.add(chunk.items().size());
        assertTrue(chunk.items().stream().allMatch(DecodingReader.Rejected.class::isInstance));
      }
    }
    assertEquals(
        List.of(512, 512, 276), sizes, "a file of bad events is held in chunks, not whole");
  }

  @Test
  void eventsTheDecoderRefusesOrLeavesOutAreCountedInOrder() throws Exception {
    Path file = dir.resolve("mixed.xml");
    String notKms =
        ClientRequestExport.event(2).replace("<EventID>12288</EventID>", "<EventID>1000</EventID>");
    String badTuple =
        ClientRequestExport.event(3).replaceAll("<Data>[^<]*</Data>", "<Data>?</Data>");
    Files.writeString(
        file,
        ClientRequestExport.event(1) + notKms + badTuple + ClientRequestExport.event(4),
        StandardCharsets.UTF_8);
    try (EventReader reader = open(file);
        DecodingReader decoding = new DecodingReader(reader, "mixed.xml")) {
      DecodingReader.Chunk chunk = decoding.next();
      chunk.throwIfFailed();
      assertTrue(chunk.last());
      assertEquals(4, chunk.read());
      assertEquals(1, chunk.skipped(), "the event that is not a KMS event");
      assertEquals(3, chunk.items().size());
      assertInstanceOf(DecodingReader.Decoded.class, chunk.items().get(0));
      DecodingReader.Rejected rejected =
          assertInstanceOf(DecodingReader.Rejected.class, chunk.items().get(1));
      assertEquals(3L, rejected.recordId());
      assertTrue(rejected.reason().startsWith("event 12288: Info tuple"), rejected.reason());
      assertInstanceOf(DecodingReader.Decoded.class, chunk.items().get(2));
    }
  }

  @Test
  void aFailureIsThrownOnlyWhenAsked() throws Exception {
    Path file = write("cut.xml", 10, true);
    try (EventReader reader = open(file);
        DecodingReader decoding = new DecodingReader(reader, "cut.xml")) {
      DecodingReader.Chunk chunk = decoding.next();
      assertEquals(10, chunk.items().size(), "the events before the cut are still handed over");
      assertTrue(chunk.last());
      ReadException e = assertThrows(ReadException.class, chunk::throwIfFailed);
      assertFalse(e.isEventOnly());
      assertEquals(file, e.file());
    }
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(type, value);
  }

  /** Each chunk a reader hands over, in words: its record ids, counts, end and failure. */
  private List<String> chunksOf(Path file, boolean atOnce) throws Exception {
    List<String> chunks = new java.util.ArrayList<>();
    try (EventReader reader = open(file);
        DecodingReader decoding =
            atOnce ? DecodingReader.readNow(reader) : new DecodingReader(reader, "threads")) {
      for (DecodingReader.Chunk chunk = decoding.next(); chunk != null; chunk = decoding.next()) {
        List<Long> records =
            chunk.items().stream()
                .map(item -> ((DecodingReader.Decoded) item).event().header().recordId())
                .toList();
        chunks.add(
            records.get(0)
                + ".."
                + records.get(records.size() - 1)
                + " read "
                + chunk.read()
                + " skipped "
                + chunk.skipped()
                + " bytes "
                + chunk.bytesRead()
                + (chunk.last() ? " last" : "")
                + (chunk.failure() == null ? "" : " " + chunk.failure().getMessage()));
      }
      assertNull(decoding.next(), "nothing after the last chunk");
    }
    return chunks;
  }

  private EventReader open(Path file) throws ReadException {
    return EventReaders.open(file, InputSniffer.sniff(file), UTC);
  }

  /** A wevtutil export of client requests, one per line, optionally cut off inside one more. */
  private Path write(String name, int events, boolean cut) throws IOException {
    Path file = dir.resolve(name);
    ClientRequestExport.write(file, 1, events);
    if (cut) {
      String next = ClientRequestExport.event(events + 1);
      Files.writeString(
          file,
          next.substring(0, next.indexOf("<EventData>") + 20),
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    }
    return file;
  }
}
