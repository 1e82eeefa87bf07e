package org.kmslog.importer;

/** Hears how an import goes: each file as it ends and, on long imports, how far it has come. */
public interface ImportListener {

  /** A file is done: imported, unchanged or failed. */
  void fileDone(FileOutcome outcome);

  /** How far the import has come; called every few thousand events and after each file. */
  default void progress(ImportProgress progress) {}
}
