package org.kmslog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.ImportException;
import org.kmslog.ingest.RawEvent;
import org.kmslog.kms.DecodeException;
import org.kmslog.kms.KmsDecoder;
import org.kmslog.kms.KmsEvent;

/**
 * Reads and decodes a file on a thread of its own, handing the events over in chunks, so that
 * parsing one part of a file and storing the part before it use both processor cores.
 */
final class DecodingReader implements AutoCloseable {
  private static final int CHUNK = 512;
  private static final int QUEUE = 16;

  private final EventReader reader;
  private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile boolean cancelled;
  private boolean ended;

  /** What the reading thread hands over: events, or a reason to stop. */
  sealed interface Item permits Decoded, Rejected {}

  /** A KMS event. */
  record Decoded(KmsEvent event) implements Item {}

  /** An event that could not be used, and why. */
  record Rejected(String location, Long recordId, String reason) implements Item {}

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
     * @throws ImportException when the file cannot be read further
     */
    void throwIfFailed() throws ImportException {
      if (failure instanceof ImportException e) {
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

  DecodingReader(EventReader reader, String name) {
    this.reader = reader;
    this.thread = new Thread(this::produce, "kmslog-read " + name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The next chunk, or null after the last one. A chunk that ends in a failure still carries the
   * events read before it, so that the counts say how far the file got; call {@link
   * Chunk#throwIfFailed()} after taking them.
   */
  Chunk next() {
    if (ended) {
      return null;
    }
    Chunk chunk;
    try {
      chunk = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
    if (chunk.last()) {
      ended = true;
    }
    return chunk;
  }

  private void produce() {
    long read = 0;
    long skipped = 0;
    List<Item> items = new ArrayList<>(CHUNK);
    try {
      while (!cancelled) {
        RawEvent raw;
        try {
          raw = reader.readNext();
        } catch (ImportException e) {
          if (!e.isEventOnly()) {
            hand(new Chunk(items, read, skipped, reader.bytesRead(), e, true));
            return;
          }
          read++;
          items.add(new Rejected(e.location(), null, e.reason()));
          continue;
        }
        if (raw == null) {
          break;
        }
        read++;
        try {
          Optional<KmsEvent> event = KmsDecoder.decode(raw);
          if (event.isPresent()) {
            items.add(new Decoded(event.get()));
          } else {
            skipped++;
          }
        } catch (DecodeException e) {
          items.add(new Rejected(raw.location(), raw.recordId(), e.getMessage()));
        }
        if (items.size() >= CHUNK) {
          hand(new Chunk(items, read, skipped, reader.bytesRead(), null, false));
          items = new ArrayList<>(CHUNK);
        }
      }
      hand(new Chunk(items, read, skipped, reader.bytesRead(), null, true));
    } catch (RuntimeException | Error e) {
      // A parser bug or a resource limit: the importing thread reports it for this file.
      hand(new Chunk(items, read, skipped, reader.bytesRead(), e, true));
    }
  }

  /** Puts a chunk in the queue, waiting while it is full, unless the import was called off. */
  private void hand(Chunk chunk) {
    try {
      while (!cancelled && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        // The importing thread is busy storing; wait for room.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the reading thread is still going. */
  boolean running() {
    return thread.isAlive();
  }

  /** Stops the reading thread (when storing failed) and waits for it to end. */
  @Override
  public void close() {
    cancelled = true;
    queue.clear();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
