package org.kmslog.importer;

import java.nio.file.Path;
import java.util.List;
import org.kmslog.ingest.ReadNotes;
import org.kmslog.store.ImportCounts;
import org.kmslog.store.ImportLedger.PriorFailure;
import org.kmslog.store.ImportLedger.PriorImport;

/**
 * How one file's import ended.
 *
 * @param file the file
 * @param status imported, unchanged (skipped by its hash), failed, or failed before (skipped: it
 *     failed with the same content at the same path, and is a standing problem, not a new one)
 * @param format the detected format label, or null
 * @param encoding the detected encoding label, or null
 * @param notes what the reader found and assumed (layout, date pattern, computer), or null
 * @param counts the event counts (for a failed file, how far it got; nothing of it is stored)
 * @param error why it failed, one line naming the file and position; null unless failed
 * @param problems the first few events that could not be used, one line each
 * @param prior the earlier import of the same content, for unchanged files
 * @param priorFailure the earlier failure of the same file, for files that failed before
 * @param durationMillis how long it took
 */
public record FileOutcome(
    Path file,
    Status status,
    String format,
    String encoding,
    ReadNotes notes,
    ImportCounts counts,
    String error,
    List<String> problems,
    PriorImport prior,
    PriorFailure priorFailure,
    long durationMillis) {

  /** How a file's import ended. */
  public enum Status {
    IMPORTED,
    UNCHANGED,
    FAILED,
    FAILED_BEFORE
  }

  public FileOutcome {
    problems = List.copyOf(problems);
  }

  /** A file imported now, with the first few of its events that could not be used. */
  static FileOutcome imported(
      Path file,
      String format,
      String encoding,
      ReadNotes notes,
      ImportCounts counts,
      List<String> problems,
      long durationMillis) {
    return new FileOutcome(
        file,
        Status.IMPORTED,
        format,
        encoding,
        notes,
        counts,
        null,
        problems,
        null,
        null,
        durationMillis);
  }

  /** A file skipped, unread, because its content was imported before. */
  static FileOutcome unchanged(Path file, PriorImport prior, long durationMillis) {
    return new FileOutcome(
        file,
        Status.UNCHANGED,
        null,
        null,
        null,
        ImportCounts.NONE,
        null,
        List.of(),
        prior,
        null,
        durationMillis);
  }

  /** A file that failed while it was read; the counts say how far it got. */
  static FileOutcome failed(
      Path file,
      String format,
      String encoding,
      ReadNotes notes,
      ImportCounts partial,
      String error,
      long durationMillis) {
    return new FileOutcome(
        file,
        Status.FAILED,
        format,
        encoding,
        notes,
        partial,
        error,
        List.of(),
        null,
        null,
        durationMillis);
  }

  /** A file that failed before it was read: it could not be opened or its format recognised. */
  static FileOutcome unreadable(Path file, String error) {
    return new FileOutcome(
        file, Status.FAILED, null, null, null, ImportCounts.NONE, error, List.of(), null, null, 0);
  }

  /** A file skipped, unread, because it failed before with the same content and path. */
  static FileOutcome failedBefore(Path file, PriorFailure failure, long durationMillis) {
    return new FileOutcome(
        file,
        Status.FAILED_BEFORE,
        null,
        null,
        null,
        ImportCounts.NONE,
        failure.error(),
        List.of(),
        null,
        failure,
        durationMillis);
  }
}
