package org.kmslog.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.EventReaders;
import org.kmslog.ingest.InputFile;
import org.kmslog.ingest.InputSniffer;
import org.kmslog.ingest.ReadException;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.ingest.SniffedInput;

/**
 * A file under {@link Importer#SMALL_FILE_BYTES}, read into memory once and then hashed, sniffed,
 * parsed and decoded from there, in three steps: its bytes; their hash, which the importing thread
 * needs to look the file up in the ledger; its events, which it needs only for a file to import.
 *
 * <p>Each step runs once, on whichever thread asks first: the read-ahead thread ({@link
 * #readAhead()}, while the importing thread stores the files before it) or the importing thread
 * itself when it gets there first, which then does not wait for the read-ahead thread to reach it.
 * A thread that asks for a step another is running waits for it. The read-ahead thread decodes
 * before it hashes and the importing thread hashes before it decodes, so that when the importing
 * thread catches up with it, the two share the file's work.
 */
final class SmallFile {
  private final Path file;
  private final ReadSettings settings;
  private final FutureTask<byte[]> read;
  private final FutureTask<String> hash = new FutureTask<>(this::hashContent);
  private final FutureTask<Parsed> parse = new FutureTask<>(this::parseContent);
  private volatile boolean discarded;

  /** A small file's content, read into memory, and its size in bytes. */
  record Content(InputFile file, long size) {}

  SmallFile(Path file, ReadSettings settings) {
    this.file = file;
    this.settings = settings;
    this.read = new FutureTask<>(() -> Files.readAllBytes(file));
  }

  /**
   * The steps for the read-ahead thread, while the file is still wanted (not known by its hash
   * already) and could be read.
   */
  void readAhead() {
    if (discarded) {
      return;
    }
    read.run();
    if (discarded || failed(read)) {
      return;
    }
    parse.run();
    if (discarded) {
      // Let go while it was parsed: nobody else will close what it opened.
      discard();
      return;
    }
    hash.run();
  }

  /**
   * The file's content, read once.
   *
   * @throws IOException when the file could not be read
   */
  Content content() throws IOException {
    read.run();
    try {
      byte[] bytes = read.get();
      return new Content(InputFile.inMemory(file, bytes), bytes.length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw unexpected(e);
    }
  }

  /** The hex SHA-256 of its content (after {@link #content()} succeeded). */
  String sha256() {
    return after(hash);
  }

  /** Its format and its events, read from memory (after {@link #content()} succeeded). */
  Parsed parsed() {
    return after(parse);
  }

  /** What a step after the reading gives, running it here unless another thread has started it. */
  private <T> T after(FutureTask<T> step) {
    step.run();
    try {
      return step.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file, e);
    } catch (ExecutionException e) {
      throw unexpected(e);
    }
  }

  /**
   * Lets go of the file: what its second step opened is closed, now or when the read-ahead thread
   * finishes it, and the step is not started if it was not yet.
   */
  void discard() {
    discarded = true;
    if (parse.isDone() && !failed(parse)) {
      parsed().close();
    }
  }

  private String hashContent() throws Exception {
    return Sha256.of(read.get());
  }

  private Parsed parseContent() throws Exception {
    InputFile content = InputFile.inMemory(file, read.get());
    SniffedInput input;
    try {
      input = InputSniffer.sniff(content);
    } catch (ReadException e) {
      return new Parsed(null, e, null, null);
    }
    EventReader reader;
    try {
      reader = EventReaders.open(content, input, settings);
    } catch (ReadException | RuntimeException e) {
      return new Parsed(input, e, null, null);
    }
    return new Parsed(input, null, reader, DecodingReader.readNow(reader));
  }

  private static boolean failed(FutureTask<?> step) {
    if (!step.isDone()) {
      return false;
    }
    try {
      step.get();
      return false;
    } catch (ExecutionException | InterruptedException e) {
      return true;
    }
  }

  /** What a step threw that it does not report itself (an Error, most likely): thrown again. */
  private static RuntimeException unexpected(ExecutionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    if (e.getCause() instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException("reading failed: " + e.getCause(), e.getCause());
  }

  /**
   * A small file's format and events: what the sniffer said, or why it could not tell; the opened
   * reader and all of its chunks, decoded, or why it could not be opened.
   */
  static final class Parsed {
    private final SniffedInput input;
    private final Exception failure;
    private final EventReader reader;
    private final DecodingReader decoding;
    private boolean closed;

    private Parsed(
        SniffedInput input, Exception failure, EventReader reader, DecodingReader decoding) {
      this.input = input;
      this.failure = failure;
      this.reader = reader;
      this.decoding = decoding;
    }

    /**
     * What the sniffer found.
     *
     * @throws ReadException when the file's format is not one kmslog reads
     */
    SniffedInput input() throws ReadException {
      if (input == null) {
        throw (ReadException) failure;
      }
      return input;
    }

    /**
     * The reader, at the end of the file already (its notes are final).
     *
     * @throws ReadException when it could not be opened
     */
    EventReader reader() throws ReadException {
      if (failure instanceof ReadException e) {
        throw e;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      return reader;
    }

    /** The file's chunks of events, decoded. */
    DecodingReader decoding() {
      return decoding;
    }

    synchronized void close() {
      if (closed || reader == null) {
        return;
      }
      closed = true;
      try {
        reader.close();
      } catch (IOException e) {
        // Read from memory to its end already: closing it cannot lose anything.
      }
    }
  }
}
