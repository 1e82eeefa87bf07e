package org.kmslog.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.RawEvent;
import org.kmslog.ingest.ReadException;
import org.kmslog.kms.DecodeException;
import org.kmslog.kms.KmsDecoder;
import org.kmslog.kms.KmsEvent;
import org.kmslog.kms.OddField;

/**
 * Reads a file on one thread and decodes its events on another, handing the events over in chunks,
 * so that parsing, decoding and storing (on the importing thread) run side by side. Three stages
 * rather than two because parsing alone costs about as much as storing: with decoding on either
 * side, that side held the other back (see BENCHMARKS.md).
 *
 * <p>A small file is read and decoded whole on one thread instead ({@link #readNow}), the
 * read-ahead thread of {@link SmallFile} as a rule: starting two threads and handing its few chunks
 * over cost more than the file's reading (see BENCHMARKS.md, the cold import of a client drop
 * folder).
 */
final class DecodingReader implements AutoCloseable {
  private static final int CHUNK = 512;

  /** Chunks waiting between two stages; with two queues, at most 16 chunks are in flight. */
  private static final int QUEUE = 8;

  /**
   * A chunk is handed over when it holds this many bytes of raw events (estimated), however few
   * events that is: events of 30,000-character messages would otherwise make chunks of 30 MB.
   */
  private static final long CHUNK_BYTES = 1 << 20;

  /**
   * At most this many bytes of raw events (estimated) are read ahead of the decoding: what keeps a
   * file of huge events within a 64 MB heap. One event bigger than this is still read, alone.
   */
  static final long MAX_BYTES_AHEAD = 8L << 20;

  /** The kilobytes of raw events read and not yet decoded may not pass MAX_BYTES_AHEAD. */
  private final Semaphore bytesAhead = new Semaphore((int) (MAX_BYTES_AHEAD >> 10));

  private final EventReader reader;
  private final BlockingQueue<RawChunk> rawChunks = new ArrayBlockingQueue<>(QUEUE);
  private final BlockingQueue<Chunk> decodedChunks = new ArrayBlockingQueue<>(QUEUE);
  private final Thread reading;
  private final Thread decoding;
  private volatile boolean cancelled;
  private boolean ended;

  /** The chunks of a file read and decoded to its end already ({@link #readNow}), or null. */
  private ArrayDeque<Chunk> readAlready;

  /** Events read so far, when reading inline (the reading thread counts its own). */
  private long inlineRead;

  /** Events so far that are not KMS events (kept by whichever thread decodes). */
  private long skipped;

  /** What the decoding thread hands over: events, or a reason to stop. */
  sealed interface Item permits Decoded, Rejected, Damaged {}

  /**
   * A KMS event.
   *
   * @param event the event
   * @param oddFields its optional fields that were left out because their values do not fit
   * @param location where in the file it starts
   */
  record Decoded(KmsEvent event, List<OddField> oddFields, String location) implements Item {}

  /** An event that could not be used, and why. */
  record Rejected(String location, Long recordId, String reason) implements Item {}

  /**
   * A damaged part of the file the reader skipped (a chunk or record of an .evtx): a warning, not
   * an event, so it counts neither as read nor as rejected.
   */
  record Damaged(String location, String reason) implements Item {}

  /**
   * A chunk of events in file order, with the running counts.
   *
   * @param items the events and rejections
   * @param read events read so far
   * @param skipped events so far that are not KMS events
   * @param bytesRead bytes of the file read so far
   * @param failure why reading stopped early, or null
   * @param last whether this is the last chunk
   */
  record Chunk(
      List<Item> items, long read, long skipped, long bytesRead, Throwable failure, boolean last) {

    /**
     * Throws why reading stopped early, if it did.
     *
     * @throws ReadException when the file cannot be read further
     */
    void throwIfFailed() throws ReadException {
      if (failure instanceof ReadException e) {
        throw e;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException("reading failed: " + failure, failure);
      }
    }
  }

  /** What the reading thread hands over: raw events and events the reader refused, in order. */
  private record RawChunk(
      List<Object> items, long read, long bytesRead, Throwable failure, boolean last, int kb) {}

  DecodingReader(EventReader reader, String name) {
    this(reader, name, false);
  }

  private DecodingReader(EventReader reader, String name, boolean inline) {
    this.reader = reader;
    if (inline) {
      this.reading = null;
      this.decoding = null;
      return;
    }
    this.reading = new Thread(this::read, "kmslog-read " + name);
    this.decoding = new Thread(this::decode, "kmslog-decode " + name);
    reading.setDaemon(true);
    decoding.setDaemon(true);
    reading.start();
    decoding.start();
  }

  /**
   * A reader that reads and decodes on the thread that calls {@link #next()}, chunk by chunk, with
   * the same chunks, counts and failures as the threaded one.
   */
  private static DecodingReader inline(EventReader reader) {
    return new DecodingReader(reader, null, true);
  }

  /**
   * A reader that reads and decodes the whole file now, on the calling thread, and hands over its
   * chunks later, as {@link #inline} would have: for a small file read ahead of its turn.
   */
  static DecodingReader readNow(EventReader reader) {
    DecodingReader now = inline(reader);
    ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    for (Chunk chunk = now.next(); chunk != null; chunk = now.next()) {
      chunks.add(chunk);
    }
    now.readAlready = chunks;
    return now;
  }

  /**
   * The next chunk, or null after the last one. A chunk that ends in a failure still carries the
   * events read before it, so that the counts say how far the file got; call {@link
   * Chunk#throwIfFailed()} after taking them.
   */
  Chunk next() {
    if (readAlready != null) {
      return readAlready.poll();
    }
    if (ended) {
      return null;
    }
    Chunk chunk;
    if (reading == null) {
      RawChunk raw = readChunk(inlineRead);
      inlineRead = raw.read();
      chunk = decodeChunk(raw);
    } else {
      chunk = takeDecoded();
    }
    if (chunk.last()) {
      ended = true;
    }
    return chunk;
  }

  /**
   * The next chunk the decoding thread handed over; if both threads died without handing over their
   * failure (out of memory, most likely), a last chunk that says so: waiting on would hang with the
   * database locked.
   */
  private Chunk takeDecoded() {
    try {
      Chunk chunk = null;
      while (chunk == null) {
        chunk = decodedChunks.poll(100, TimeUnit.MILLISECONDS);
        if (chunk == null && !running() && decodedChunks.isEmpty()) {
          chunk =
              new Chunk(
                  List.of(),
                  0,
                  0,
                  reader.bytesRead(),
                  new IllegalStateException("reading stopped: its threads ended unexpectedly"),
                  true);
        }
      }
      return chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
  }

  /** The reading thread: parses the file into raw events and the events it had to refuse. */
  private void read() {
    long count = 0;
    RawChunk chunk;
    do {
      chunk = readChunk(count);
      count = chunk.read();
      handRaw(chunk);
    } while (!chunk.last() && !cancelled);
  }

  /**
   * Reads up to a chunk of raw events and refused events (by count or by estimated bytes), after
   * {@code count} read before; the chunk is the last when the file ended or reading failed (a
   * parser bug or a resource limit too: the importing thread reports it for this file).
   */
  private RawChunk readChunk(long count) {
    long bytes = 0;
    List<Object> items = new ArrayList<>(CHUNK);
    try {
      while (items.size() < CHUNK && bytes < CHUNK_BYTES && !cancelled) {
        Object item;
        try {
          RawEvent raw = reader.readNext();
          if (raw == null) {
            return new RawChunk(items, count, reader.bytesRead(), null, true, kilobytes(bytes));
          }
          item = raw;
          bytes += sizeOf(raw);
        } catch (ReadException e) {
          if (!e.isEventOnly()) {
            return new RawChunk(items, count, reader.bytesRead(), e, true, kilobytes(bytes));
          }
          if (e.isDamage()) {
            items.add(new Damaged(e.location(), e.reason()));
            continue;
          }
          item = new Rejected(e.location(), null, e.reason());
        }
        items.add(item);
        count++;
      }
      return new RawChunk(items, count, reader.bytesRead(), null, cancelled, kilobytes(bytes));
    } catch (RuntimeException | Error e) {
      return new RawChunk(items, count, reader.bytesRead(), e, true, kilobytes(bytes));
    }
  }

  /**
   * Hands a chunk of raw events to the decoding thread once the bytes read ahead leave room for it
   * (a chunk bigger than the whole allowance waits for all of it).
   */
  private void handRaw(RawChunk chunk) {
    try {
      while (!cancelled && !bytesAhead.tryAcquire(chunk.kb(), 100, TimeUnit.MILLISECONDS)) {
        // The decoding thread has not caught up; wait for it.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    hand(rawChunks, chunk);
  }

  private static int kilobytes(long bytes) {
    return (int) Math.min(MAX_BYTES_AHEAD >> 10, (bytes + 1023) >> 10);
  }

  /**
   * About the heap a raw event takes: its strings (two bytes a character, the worst case) and the
   * objects around them.
   */
  static long sizeOf(RawEvent raw) {
    long size = 160 + chars(raw.provider()) + chars(raw.computer()) + chars(raw.channel());
    size += chars(raw.message()) + chars(raw.location());
    for (String value : raw.data()) {
      size += 48 + chars(value);
    }
    return size;
  }

  private static long chars(String text) {
    return text == null ? 0 : 40 + 2L * text.length();
  }

  /** The decoding thread: turns raw events into KMS events, leaving out all others. */
  private void decode() {
    RawChunk in;
    do {
      in = takeRead();
      if (in == null) {
        return;
      }
      Chunk out = decodeChunk(in);
      bytesAhead.release(in.kb());
      hand(decodedChunks, out);
      if (out.last()) {
        return;
      }
    } while (!in.last());
  }

  /**
   * Decodes a chunk of raw events into KMS events, leaving out all others; a decoder bug ends the
   * file like a reading failure, with the counts so far.
   */
  private Chunk decodeChunk(RawChunk in) {
    List<Item> out = new ArrayList<>(in.items().size());
    List<OddField> odd = new ArrayList<>(2);
    Consumer<OddField> oddSink = odd::add;
    try {
      for (Object item : in.items()) {
        if (item instanceof RawEvent raw) {
          try {
            odd.clear();
            Optional<KmsEvent> event = KmsDecoder.decode(raw, oddSink);
            if (event.isPresent()) {
              out.add(
                  new Decoded(
                      event.get(), odd.isEmpty() ? List.of() : List.copyOf(odd), raw.location()));
            } else {
              skipped++;
            }
          } catch (DecodeException e) {
            out.add(new Rejected(raw.location(), raw.recordId(), e.getMessage()));
          }
        } else {
          out.add((Item) item);
        }
      }
      return new Chunk(out, in.read(), skipped, in.bytesRead(), in.failure(), in.last());
    } catch (RuntimeException | Error e) {
      return new Chunk(out, in.read(), skipped, in.bytesRead(), e, true);
    }
  }

  /** The next chunk of raw events, or null when the import was called off. */
  private RawChunk takeRead() {
    try {
      RawChunk chunk = null;
      while (!cancelled && chunk == null) {
        chunk = rawChunks.poll(100, TimeUnit.MILLISECONDS);
      }
      return cancelled ? null : chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Puts a chunk in a queue, waiting while it is full, unless the import was called off. */
  private <T> void hand(BlockingQueue<T> queue, T chunk) {
    try {
      while (!cancelled && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        // The next stage is busy; wait for room.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the reading or the decoding thread is still going. */
  boolean running() {
    return reading != null && (reading.isAlive() || decoding.isAlive());
  }

  /** Stops both threads (when storing failed) and waits for them to end. */
  @Override
  public void close() {
    cancelled = true;
    if (reading == null) {
      return;
    }
    rawChunks.clear();
    decodedChunks.clear();
    try {
      reading.join(TimeUnit.SECONDS.toMillis(30));
      decoding.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
