package org.kmslog.importer;

/** Hears how an import goes: each file as it ends and, on long imports, how far it has come. */
public interface ImportListener {

  /** A file is done: imported, unchanged or failed. */
  void fileDone(FileOutcome outcome);

  /**
   * Something about a file just done that its user should know although it imported, one line
   * naming the file (such as optional fields left out of its events); after {@link #fileDone}.
   */
  default void warning(String message) {}

  /** How far the import has come; called every few thousand events and after each file. */
  default void progress(ImportProgress progress) {}
}
