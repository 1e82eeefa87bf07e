package org.kmslog.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.EventReaders;
import org.kmslog.ingest.InputFile;
import org.kmslog.ingest.ReadException;
import org.kmslog.ingest.ReadNotes;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.ingest.SniffedInput;
import org.kmslog.kms.OddField;
import org.kmslog.store.Database;
import org.kmslog.store.FileImport;
import org.kmslog.store.FileInfo;
import org.kmslog.store.ImportCounts;
import org.kmslog.store.ImportLedger;
import org.kmslog.store.ReaderReport;
import org.kmslog.store.StoreException;

/** The reading and storing of one file, with its running counts. */
final class FileRun {
  private final Database database;
  private final ImportLedger ledger;
  private final ReadSettings settings;
  private final InputFile content;
  private final Path file;
  private final FileInfo info;
  private final ContentHash hash;
  private final long start;
  private final Importer.Tally tally;
  private final Consumer<String> warnings;
  private final List<String> problems = new ArrayList<>();
  private final OddFields oddFields = new OddFields();
  private long read;
  private long skipped;
  private long rejected;
  private long kms;
  private long damaged;
  private String firstRejection;
  private String firstDamage;

  FileRun(
      Database database,
      ReadSettings settings,
      InputFile content,
      FileInfo info,
      ContentHash hash,
      long start,
      Importer.Tally tally,
      Consumer<String> warnings) {
    this.database = database;
    this.ledger = new ImportLedger(database);
    this.settings = settings;
    this.content = content;
    this.file = content.path();
    this.info = info;
    this.hash = hash;
    this.start = start;
    this.tally = tally;
    this.warnings = warnings;
  }

  /**
   * Reads and stores the file.
   *
   * @param input what the sniffer found
   * @param small the events of a small file, read already (its owner closes the reader), or null
   *     for a file to read here
   */
  FileOutcome run(SniffedInput input, SmallFile.Parsed small) throws StoreException {
    EventReader reader = null;
    FileImport transaction = null;
    try {
      reader = small != null ? small.reader() : EventReaders.open(content, input, settings);
      // A small file is read in moments: a crash while it is read leaves nothing worth a
      // ledger row, so the row is committed with the events, one commit for the file.
      transaction =
          small != null
              ? FileImport.beginWithFirstBatch(database, info)
              : FileImport.begin(database, info);
      readAll(reader, transaction, small);
      if (kms == 0 && rejected > 0) {
        // Nothing usable came out of it: calling it imported would hide it for good, since an
        // imported file is never read again. Failed, it is read again once fixed or next run.
        return fail(transaction, reader, nothingUsable());
      }
      if (read == 0 && damaged > 0) {
        // Damaged throughout: not one record was intact, which an import must not hide either.
        return fail(transaction, reader, nothingReadable());
      }
      String more = moreDamaged();
      if (more != null) {
        warnings.accept(more);
      }
      String sha256;
      try {
        sha256 = hash.await();
      } catch (IOException e) {
        return fail(transaction, reader, ReadException.cannotRead(file, e).getMessage());
      }
      ImportCounts counts = transaction.commit(report(reader.notes()), sha256);
      oddFields.warnings(file).forEach(warnings);
      return FileOutcome.imported(
          file,
          info.format(),
          info.encoding(),
          reader.notes(),
          counts,
          problems,
          Importer.millisSince(start));
    } catch (ReadException e) {
      return fail(transaction, reader, e.getMessage());
    } catch (RuntimeException e) {
      // A parser bug must not take the other files down with this one.
      return fail(transaction, reader, file + ": internal error while reading: " + e);
    } catch (StoreException e) {
      if (transaction != null) {
        failQuietly(transaction, reader, e.getMessage());
      }
      throw e.whileImporting(database.location(), file);
    } finally {
      if (small == null) {
        closeQuietly(reader);
      }
    }
  }

  private void readAll(EventReader reader, FileImport transaction, SmallFile.Parsed small)
      throws ReadException, StoreException {
    try (DecodingReader decoding =
        small != null
            ? small.decoding()
            : new DecodingReader(reader, file.getFileName().toString())) {
      for (DecodingReader.Chunk chunk = decoding.next(); chunk != null; chunk = decoding.next()) {
        boolean failed = chunk.failure() != null;
        for (DecodingReader.Item item : chunk.items()) {
          if (item instanceof DecodingReader.Decoded decoded) {
            kms++;
            if (!failed) {
              transaction.add(decoded.event());
            }
            for (OddField odd : decoded.oddFields()) {
              oddFields.add(odd, decoded.location());
            }
          } else if (item instanceof DecodingReader.Rejected rejection) {
            reject(transaction, rejection.location(), rejection.recordId(), rejection.reason());
          } else if (item instanceof DecodingReader.Damaged damage) {
            damaged(transaction, damage.location(), damage.reason());
          }
        }
        read = chunk.read();
        skipped = chunk.skipped();
        if (tally != null) {
          tally.reading(chunk.bytesRead(), read);
        }
        chunk.throwIfFailed();
      }
    }
  }

  private void reject(FileImport transaction, String location, Long recordId, String reason)
      throws StoreException {
    rejected++;
    transaction.problem(location, recordId, reason);
    if (problems.size() < Importer.PROBLEMS_SHOWN) {
      String where = location == null ? "" : location;
      if (recordId != null) {
        where = where.isEmpty() ? "record " + recordId : where + ", record " + recordId;
      }
      String problem = (where.isEmpty() ? "" : " (" + where + ")") + ": " + reason;
      if (firstRejection == null) {
        firstRejection = problem;
      }
      problems.add(file + problem);
    }
  }

  /**
   * Keeps a damaged part of the file in import_problem and names the first few as warnings: what it
   * held is unknown, so it does not make the file fail while its intact events can be used.
   */
  private void damaged(FileImport transaction, String location, String reason)
      throws StoreException {
    damaged++;
    transaction.problem(location, null, reason);
    String problem = (location == null ? "" : " (" + location + ")") + ": " + reason;
    if (firstDamage == null) {
      firstDamage = problem;
    }
    if (damaged <= Importer.PROBLEMS_SHOWN) {
      warnings.accept(file + problem);
    }
  }

  /** The line that counts the damaged parts not named one by one, or null if there are none. */
  private String moreDamaged() {
    return damaged <= Importer.PROBLEMS_SHOWN
        ? null
        : file
            + ": "
            + (damaged - Importer.PROBLEMS_SHOWN)
            + (damaged - Importer.PROBLEMS_SHOWN == 1
                ? " more damaged part"
                : " more damaged parts")
            + " skipped; see the table import_problem";
  }

  /** Why a file of which nothing at all could be read counts as failed, in one line. */
  private String nothingReadable() {
    return file
        + ": no event could be read ("
        + damaged
        + (damaged == 1 ? " damaged part" : " damaged parts")
        + "); nothing is stored and the file is not marked imported; the first damaged"
        + firstDamage;
  }

  /** Why a file whose every candidate event was rejected counts as failed, in one line. */
  private String nothingUsable() {
    return file
        + ": no event could be used ("
        + rejected
        + " rejected"
        + (skipped > 0 ? ", " + skipped + " not KMS" : "")
        + "); nothing is stored and the file is not marked imported; the first rejected"
        + firstRejection;
  }

  private FileOutcome fail(FileImport transaction, EventReader reader, String error)
      throws StoreException {
    ReadNotes notes = reader == null ? null : reader.notes();
    if (transaction != null) {
      transaction.fail(report(notes), error, hash.awaitOrNull());
    } else {
      ledger.recordFailure(info.withSha256(hash.awaitOrNull()), report(notes), error);
    }
    ImportCounts partial = new ImportCounts(read, kms, 0, 0, skipped, rejected);
    return FileOutcome.failed(
        file, info.format(), info.encoding(), notes, partial, error, Importer.millisSince(start));
  }

  /** Cleans up after a database failure without hiding it behind a second one. */
  private void failQuietly(FileImport transaction, EventReader reader, String error) {
    try {
      transaction.fail(report(reader == null ? null : reader.notes()), error, null);
    } catch (StoreException ignored) {
      // The database is failing; the next open removes what this import left ('importing').
    }
  }

  private ReaderReport report(ReadNotes notes) {
    ReadNotes known = notes == null ? new ReadNotes(null, null, null) : notes;
    return new ReaderReport(
        known.layout(),
        known.datePattern(),
        known.computer(),
        read,
        skipped,
        rejected,
        Importer.millisSince(start));
  }

  private static void closeQuietly(EventReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // Everything the file held was read or rolled back already; closing cannot change that.
      }
    }
  }
}
