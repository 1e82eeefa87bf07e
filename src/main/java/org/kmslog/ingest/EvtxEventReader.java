package org.kmslog.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Streams the events of a binary .evtx event log, one 64 KB chunk at a time, as the same raw events
 * the XML reader makes of an export of that log.
 *
 * <p>Chunks are found by position, not from the header's counts (a dirty file under-reports them),
 * and each record is checked before it is walked. A damaged chunk or record is reported as a {@link
 * ReadException#damage} (file, chunk, byte offset, why) and reading goes on with the next intact
 * record. A record without an event ID or a time counts as damaged too: the event log service
 * writes both into every record, so one without them was spoiled after it was written.
 */
public final class EvtxEventReader implements EventReader {
  private final Path file;
  private final CountingInputStream in;
  private final EvtxFileHeader header;
  private final String fallbackComputer;
  private final EvtxChunk chunk = new EvtxChunk();
  private final BinXmlWalker walker = new BinXmlWalker(chunk.bytes);
  private final EvtxEventBuilder builder = new EvtxEventBuilder();
  private final Deque<ReadException> pending = new ArrayDeque<>();
  private long chunkStart = -1;
  private int chunkIndex = -1;
  private boolean inChunk;
  private boolean atEnd;
  private int chunksFound;
  private boolean usedFallback;

  private EvtxEventReader(
      Path file, CountingInputStream in, EvtxFileHeader header, String fallbackComputer) {
    this.file = file;
    this.in = in;
    this.header = header;
    this.fallbackComputer = fallbackComputer;
  }

  /**
   * Opens an .evtx file and reads its header.
   *
   * @param fallbackComputer the computer name for events without a Computer element, or null
   * @throws ReadException when the file does not start with an .evtx file header
   */
  public static EvtxEventReader open(Path file, String fallbackComputer) throws ReadException {
    return open(InputFile.onDisk(file), fallbackComputer);
  }

  /** Opens an .evtx file as {@link #open(Path, String)} does, from the disk or from memory. */
  static EvtxEventReader open(InputFile input, String fallbackComputer) throws ReadException {
    Path file = input.path();
    CountingInputStream in = null;
    try {
      in = new CountingInputStream(input.open());
      byte[] head = new byte[EvtxFileHeader.SIZE];
      int length = in.readNBytes(head, 0, head.length);
      if (!EvtxFileHeader.hasMagic(head, length)) {
        throw ReadException.fileError(
            file, null, "not an .evtx event log: it does not start with the signature ElfFile");
      }
      if (length < 128) {
        throw ReadException.fileError(
            file, null, "an .evtx file cut short inside its file header (" + length + " bytes)");
      }
      EvtxEventReader reader =
          new EvtxEventReader(file, in, EvtxFileHeader.parse(head), fallbackComputer);
      in = null;
      return reader;
    } catch (IOException e) {
      throw ReadException.cannotRead(file, e);
    } finally {
      closeQuietly(in);
    }
  }

  @Override
  public RawEvent readNext() throws ReadException {
    while (true) {
      if (!pending.isEmpty()) {
        throw pending.poll();
      }
      if (atEnd) {
        return null;
      }
      if (!inChunk) {
        loadChunk();
        continue;
      }
      EvtxChunk.Step step = chunk.next();
      if (step == null) {
        inChunk = false;
      } else if (step instanceof EvtxChunk.Damaged damaged) {
        throw ReadException.damage(
            file, where(damaged.offset()), damaged.reason() + "; skipped to the next record");
      } else {
        return event((EvtxChunk.Record) step);
      }
    }
  }

  private void loadChunk() throws ReadException {
    int length;
    try {
      length = in.readNBytes(chunk.bytes, 0, EvtxChunk.SIZE);
    } catch (IOException e) {
      throw ReadException.cannotRead(file, e);
    }
    if (length == 0) {
      finish();
      return;
    }
    chunkIndex++;
    chunkStart = EvtxFileHeader.SIZE + (long) chunkIndex * EvtxChunk.SIZE;
    walker.newChunk();
    switch (chunk.load(length)) {
      case EMPTY -> {
        // A preallocated chunk Windows has not written to yet.
      }
      case NOT_A_CHUNK ->
          pending.add(
              ReadException.damage(
                  file,
                  chunkWhere(),
                  "not a chunk of events (its signature ElfChnk is damaged); its events are lost"));
      case CHUNK -> {
        chunksFound++;
        inChunk = true;
        for (String problem : chunk.problems()) {
          pending.add(ReadException.damage(file, chunkWhere(), problem));
        }
      }
    }
  }

  private void finish() throws ReadException {
    atEnd = true;
    if (chunksFound == 0 && !header.checksumMatches()) {
      throw ReadException.fileError(
          file,
          null,
          "not a readable .evtx event log: its header is damaged (checksum does not match) and"
              + " no chunk of events follows it");
    }
  }

  private RawEvent event(EvtxChunk.Record record) throws ReadException {
    String location = where(record.offset());
    builder.reset();
    try {
      walker.walkRecord(record.binXmlStart(), record.binXmlEnd(), builder);
    } catch (EvtxDamage e) {
      throw ReadException.damage(
          file,
          location + ", record " + Long.toUnsignedString(record.recordId()),
          "damaged event data at byte "
              + (chunkStart + e.offset())
              + " ("
              + e.getMessage()
              + "); skipped");
    }
    return toEvent(record, location);
  }

  private RawEvent toEvent(EvtxChunk.Record record, String location) throws ReadException {
    String idText = strip(builder.eventId);
    if (idText == null) {
      throw ReadException.damage(file, location, "event without an <EventID>; skipped");
    }
    int id;
    try {
      id = Integer.parseInt(idText);
    } catch (NumberFormatException e) {
      throw ReadException.damage(
          file, location, "event ID '" + idText + "' is not a number; event skipped");
    }
    Instant time = builder.time;
    if (time == null && builder.systemTime != null) {
      time = SystemTime.parse(builder.systemTime.strip());
    }
    if (time == null) {
      throw ReadException.damage(
          file, location, "event " + id + " without TimeCreated SystemTime; skipped");
    }
    Long recordId = record.recordId();
    String recordText = strip(builder.recordId);
    if (recordText != null) {
      try {
        recordId = Long.parseLong(recordText);
      } catch (NumberFormatException e) {
        // The record header holds the same number; keep that one.
      }
    }
    String provider = strip(builder.provider);
    if (provider == null) {
      provider = strip(builder.sourceName);
    }
    String computer = strip(builder.computer);
    if (computer == null && fallbackComputer != null) {
      computer = fallbackComputer;
      usedFallback = true;
    }
    return new RawEvent(
        provider,
        id,
        time,
        computer,
        strip(builder.channel),
        recordId,
        builder.data,
        null,
        location);
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String chunkWhere() {
    return "chunk " + chunkIndex + " at byte " + chunkStart;
  }

  private String where(int offset) {
    return "chunk " + chunkIndex + ", byte " + (chunkStart + offset);
  }

  @Override
  public ReadNotes notes() {
    return new ReadNotes(
        header.describe(chunksFound), null, usedFallback ? fallbackComputer : null);
  }

  @Override
  public long bytesRead() {
    return in.count();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // Already failing; the first error is the one worth reporting.
      }
    }
  }
}
