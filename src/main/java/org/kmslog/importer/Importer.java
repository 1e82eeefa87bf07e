package org.kmslog.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.kmslog.ingest.InputFile;
import org.kmslog.ingest.InputFormat;
import org.kmslog.ingest.InputSniffer;
import org.kmslog.ingest.MessageTime;
import org.kmslog.ingest.ReadException;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.ingest.SniffedInput;
import org.kmslog.kms.KmsDecoder;
import org.kmslog.store.Database;
import org.kmslog.store.FileInfo;
import org.kmslog.store.ImportLedger;
import org.kmslog.store.ImportLedger.PriorFailure;
import org.kmslog.store.ImportLedger.PriorImport;
import org.kmslog.store.ReaderReport;
import org.kmslog.store.StoreException;

/**
 * Imports export files into the store, one transaction per file: read, decode, store, and keep the
 * ledger. One bad file never stops the others.
 */
public final class Importer {
  /** How many unusable events of a file are shown to the user; all are kept in the database. */
  static final int PROBLEMS_SHOWN = 5;

  /**
   * Files smaller than this are read into memory once, hashed, sniffed and decoded from there
   * ({@link SmallFile}, ahead of their turn on a thread of their own) and stored in one commit: a
   * drop folder holds thousands of client exports of a few KB each, for which a hashing thread, the
   * reading and decoding threads, opening the file again and committing its ledger row on its own
   * cost more than they save (see BENCHMARKS.md).
   */
  static final long SMALL_FILE_BYTES = 1 << 20;

  /**
   * How many small files are read ahead of the one being stored, at most: enough to keep the
   * read-ahead thread busy while the importing thread stores, with at most a few MB in memory.
   */
  static final int FILES_AHEAD = 4;

  /** How many files are met ahead of the one being stored, at most, known ones included. */
  private static final int MET_AHEAD = 64;

  /**
   * The longest path, in bytes of UTF-8, the ledger keeps: PostgreSQL indexes no key longer than
   * about 2,700 bytes (import_file's path index, import_seen's key), and H2's column holds 4,096
   * characters. A longer path is named as a failed file before anything is stored, so that it
   * cannot stop the import of the files after it with a store error.
   */
  static final int MAX_PATH_BYTES = 2000;

  private final Database database;
  private final ImportLedger ledger;
  private final ReadSettings settings;
  private final boolean retryFailed;
  private final boolean rehash;
  private final Clock clock;

  /**
   * An importer that reads with the given settings; unless they say otherwise, the client times in
   * KMS events settle the day/month order of CSV files whose dates cannot.
   */
  public Importer(Database database, ReadSettings settings) {
    this(database, settings, false, Clock.systemUTC());
  }

  /**
   * An importer that reads with the given settings and dates its ledger rows by this clock.
   *
   * @param retryFailed whether to read again a file that failed and has not changed since; without
   *     it, such a file is left unread (a standing input problem, not a new failure)
   */
  public Importer(Database database, ReadSettings settings, boolean retryFailed, Clock clock) {
    this(database, settings, retryFailed, clock, false);
  }

  private Importer(
      Database database, ReadSettings settings, boolean retryFailed, Clock clock, boolean rehash) {
    this.database = database;
    this.ledger = new ImportLedger(database);
    this.retryFailed = retryFailed;
    this.rehash = rehash;
    this.clock = clock;
    this.settings =
        settings.messageTime() == MessageTime.NONE
            ? settings.withMessageTime(KmsDecoder::clientTimeIn)
            : settings;
  }

  /**
   * The same importer, hashing every file to tell whether its content was stored, even one met
   * before with the size and last-modified time it had then (kmslog import --rehash): for files
   * that a tool may change and then give their old times back.
   */
  public Importer rehashing() {
    return new Importer(database, settings, retryFailed, clock, true);
  }

  /**
   * Imports every file the paths name (directories recursively), telling the listener about each
   * file as it is done and about the progress of the whole.
   *
   * @throws StoreException when the database itself fails; files finished before stay imported
   */
  public List<FileOutcome> importAll(List<Path> paths, ImportListener listener)
      throws StoreException {
    return importAll(paths, Set.of(), listener);
  }

  /**
   * Imports like {@link #importAll(List, ImportListener)}, leaving out these files and folders
   * where a walk meets them: kmslog's own database and report folder inside an input folder.
   */
  public List<FileOutcome> importAll(List<Path> paths, Set<Path> leaveOut, ImportListener listener)
      throws StoreException {
    List<InputFiles.Entry> entries = InputFiles.expand(paths, leaveOut);
    Tally tally = new Tally(entries, listener);
    List<FileOutcome> outcomes = new ArrayList<>();
    Set<String> met = new HashSet<>();
    // The files after the one being stored are met (looked up by size and time) a few ahead, and
    // the small ones among them read and decoded ahead on a thread of their own, so that reading
    // the next file and storing this one use both cores.
    ArrayDeque<Turn> turns = new ArrayDeque<>();
    int next = 0;
    ExecutorService readAhead = Executors.newSingleThreadExecutor(Importer::readAheadThread);
    try {
      for (InputFiles.Entry entry : entries) {
        while (next < entries.size()
            && (turns.isEmpty() || mayMeetAhead(turns, entries.get(next).path()))) {
          Turn turn = meet(entries.get(next++));
          turns.add(turn);
          if (turn.small() != null) {
            readAhead.execute(turn.small()::readAhead);
          }
        }
        Turn turn = turns.remove();
        met.add(entry.path().toString());
        List<String> warnings = new ArrayList<>();
        FileOutcome outcome = take(turn, tally, warnings::add);
        outcomes.add(outcome);
        tally.fileDone(entry, outcome);
        listener.fileDone(outcome);
        warnings.forEach(listener::warning);
      }
    } finally {
      turns.forEach(Turn::discard);
      readAhead.shutdownNow();
    }
    // A failed file no longer where it was is no longer a standing problem. Only paths that
    // exist count: a drop folder that cannot be reached tonight says nothing about its files.
    List<String> roots = paths.stream().filter(Files::exists).map(Path::toString).toList();
    ledger.markAbsent(roots, met, clock.instant());
    return outcomes;
  }

  /** Imports one file (without the warnings {@link ImportListener#warning} would get). */
  public FileOutcome importFile(Path file) throws StoreException {
    return take(meet(new InputFiles.Entry(file, null)), null, warning -> {});
  }

  /**
   * Whether the next file may be met while these wait their turn: not past MET_AHEAD files or
   * FILES_AHEAD small ones read ahead, and not a path already waiting (the same path twice is met
   * at its turn, when what the first one stored decides).
   */
  private static boolean mayMeetAhead(ArrayDeque<Turn> turns, Path next) {
    return turns.size() < MET_AHEAD
        && turns.stream().filter(turn -> turn.small() != null).count() < FILES_AHEAD
        && turns.stream().noneMatch(turn -> turn.file().equals(next));
  }

  private static Thread readAheadThread(Runnable task) {
    Thread thread = new Thread(task, "kmslog-read-ahead");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * A file met: known or failed without reading it ({@code done}), or one to look up by its content
   * and read, with the size and time it had; a small one is read by {@code small}.
   */
  private record Turn(
      Path file,
      FileOutcome done,
      long size,
      Instant modifiedAt,
      Instant checkedAt,
      SmallFile small) {
    static Turn done(Path file, FileOutcome outcome) {
      return new Turn(file, outcome, 0, null, null, null);
    }

    void discard() {
      if (small != null) {
        small.discard();
      }
    }
  }

  /**
   * Meets a file: its path, size and time, and whether it is known by them (which needs no
   * reading).
   */
  private Turn meet(InputFiles.Entry entry) throws StoreException {
    long start = System.nanoTime();
    Path file = entry.path();
    if (entry.error() != null) {
      return Turn.done(file, FileOutcome.unreadable(file, file + ": " + entry.error()));
    }
    int pathBytes = file.toString().getBytes(StandardCharsets.UTF_8).length;
    if (pathBytes > MAX_PATH_BYTES) {
      return Turn.done(
          file,
          FileOutcome.unreadable(
              file,
              file
                  + ": its path is "
                  + pathBytes
                  + " bytes long, longer than the "
                  + MAX_PATH_BYTES
                  + " kmslog keeps in its ledger; it is not read. Move it to a shorter path"));
    }
    try {
      // The file system's clock, which the file's time is on (the import's clock may be a test's).
      Instant checkedAt = Instant.now();
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      long size = attributes.size();
      Instant modifiedAt = attributes.lastModifiedTime().toInstant();
      Optional<PriorImport> known =
          rehash ? Optional.empty() : ledger.findUnchanged(file.toString(), size, modifiedAt);
      if (known.isPresent()) {
        // Met before with this size and time, read well after it was written: what it holds was
        // stored then, and reading it again would cost its every byte, night after night.
        return Turn.done(file, FileOutcome.unchanged(file, known.get(), millisSince(start)));
      }
      // A small file is read once, then hashed, sniffed and parsed from memory (ahead of its turn
      // when importAll can), and always looked up by its hash first: it is read whole anyway.
      SmallFile small = size < SMALL_FILE_BYTES ? new SmallFile(file, settings) : null;
      return new Turn(file, null, size, modifiedAt, checkedAt, small);
    } catch (IOException e) {
      return Turn.done(
          file, FileOutcome.unreadable(file, ReadException.cannotRead(file, e).getMessage()));
    }
  }

  /** Imports a file met: looks it up by content, then reads and stores it unless it is known. */
  private FileOutcome take(Turn turn, Tally tally, Consumer<String> warnings)
      throws StoreException {
    if (turn.done() != null) {
      return turn.done();
    }
    try {
      return read(turn, tally, warnings);
    } finally {
      turn.discard();
    }
  }

  private FileOutcome read(Turn turn, Tally tally, Consumer<String> warnings)
      throws StoreException {
    long start = System.nanoTime();
    Instant startedAt = clock.instant();
    Path file = turn.file();
    SmallFile small = turn.small();
    FileInfo met;
    InputFile content;
    ContentHash hash;
    try {
      long size = turn.size();
      boolean mayHaveFailed = !retryFailed && ledger.hasFailedAt(file.toString(), size);
      String sha256 = null;
      if (small != null) {
        SmallFile.Content read = small.content();
        size = read.size();
        content = read.file();
        sha256 = small.sha256();
      } else {
        content = InputFile.onDisk(file);
        if (ledger.hasImportedOfSize(size) || mayHaveFailed) {
          // It may have been imported before, or have failed unchanged: look it up by content
          // before reading it.
          sha256 = Sha256.of(file);
        }
      }
      met =
          new FileInfo(
              file.toString(),
              sha256,
              size,
              null,
              null,
              null,
              startedAt,
              readOptions(),
              turn.modifiedAt(),
              turn.checkedAt());
      if (sha256 == null) {
        // No imported file has its size, so none has its content: hash it while importing it.
        hash = ContentHash.inBackground(file);
      } else {
        FileOutcome prior = priorOutcome(file, met, mayHaveFailed, start);
        if (prior != null) {
          return prior;
        }
        hash = ContentHash.known(sha256);
      }
    } catch (IOException e) {
      return FileOutcome.unreadable(file, ReadException.cannotRead(file, e).getMessage());
    }
    SmallFile.Parsed parsed = small == null ? null : small.parsed();
    SniffedInput input;
    try {
      input = parsed == null ? InputSniffer.sniff(content) : parsed.input();
    } catch (ReadException e) {
      ledger.recordFailure(
          met.withSha256(hash.awaitOrNull()),
          new ReaderReport(null, null, null, 0, 0, 0, millisSince(start)),
          e.getMessage());
      return FileOutcome.unreadable(file, e.getMessage());
    }
    FileInfo info =
        met.withSha256(null)
            .readAs(
                input.format().label(),
                input.encoding().label(),
                input.format() == InputFormat.XML ? null : settings.timeZone().getId());
    return new FileRun(database, settings, content, info, hash, start, tally, warnings)
        .run(input, parsed);
  }

  /**
   * The outcome of a file met before with this content, imported or failed and unchanged since (the
   * failure is looked for only when the file may have failed), or null for a file to read.
   */
  private FileOutcome priorOutcome(Path file, FileInfo met, boolean mayHaveFailed, long start)
      throws StoreException {
    String sha256 = met.sha256();
    Optional<PriorImport> prior = ledger.findImported(sha256);
    if (prior.isPresent()) {
      // A copy of a file imported elsewhere, or one met before its time was kept: known by its
      // size and time from now on.
      ledger.seen(met, prior.get().id());
      return FileOutcome.unchanged(file, prior.get(), millisSince(start));
    }
    Optional<PriorFailure> failure =
        mayHaveFailed
            ? ledger.findStandingFailure(file.toString(), sha256, readOptions())
            : Optional.empty();
    return failure.map(f -> FileOutcome.failedBefore(file, f, millisSince(start))).orElse(null);
  }

  /**
   * The options files are read with, in words: a failure may be theirs (no --date-order for an
   * ambiguous CSV file), so a file that failed is read again when they change.
   */
  private String readOptions() {
    return "zone "
        + settings.timeZone().getId()
        + ", computer "
        + (settings.computer() == null ? "from the file" : settings.computer())
        + ", date order "
        + (settings.dateOrder() == null ? "from the file" : settings.dateOrder());
  }

  static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Keeps the running totals of an import of several files, for progress reports. */
  static final class Tally {
    private final ImportListener listener;
    private final long started = System.nanoTime();
    private final int files;
    private final long bytes;
    private int filesDone;
    private long bytesDone;
    private long eventsDone;

    Tally(List<InputFiles.Entry> entries, ImportListener listener) {
      this.listener = listener;
      this.files = entries.size();
      long total = 0;
      for (InputFiles.Entry entry : entries) {
        total += size(entry.path());
      }
      this.bytes = total;
    }

    void reading(long fileBytesRead, long fileEvents) {
      listener.progress(
          new ImportProgress(
              filesDone,
              files,
              bytesDone + fileBytesRead,
              bytes,
              eventsDone + fileEvents,
              System.nanoTime() - started));
    }

    void fileDone(InputFiles.Entry entry, FileOutcome outcome) {
      filesDone++;
      bytesDone += size(entry.path());
      eventsDone += outcome.counts().eventsRead();
      listener.progress(
          new ImportProgress(
              filesDone, files, bytesDone, bytes, eventsDone, System.nanoTime() - started));
    }

    private static long size(Path file) {
      try {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        return 0;
      }
    }
  }
}
