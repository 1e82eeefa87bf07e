package org.kmslog.importer;

import java.nio.file.Path;
import java.util.List;
import org.kmslog.ingest.ReadNotes;
import org.kmslog.store.ImportCounts;
import org.kmslog.store.ImportLedger.PriorImport;

/**
 * How one file's import ended.
 *
 * @param file the file
 * @param status imported, unchanged (skipped by its hash) or failed
 * @param format the detected format label, or null
 * @param encoding the detected encoding label, or null
 * @param notes what the reader found and assumed (layout, date pattern, computer), or null
 * @param counts the event counts (for a failed file, how far it got; nothing of it is stored)
 * @param error why it failed, one line naming the file and position; null unless failed
 * @param problems the first few events that could not be used, one line each
 * @param prior the earlier import of the same content, for unchanged files
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
    long durationMillis) {

  /** How a file's import ended. */
  public enum Status {
    IMPORTED,
    UNCHANGED,
    FAILED
  }

  public FileOutcome {
    problems = List.copyOf(problems);
  }
}
