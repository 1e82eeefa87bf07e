package org.kmslog.store;

/**
 * How a file's events fared.
 *
 * @param eventsRead every event read from the file
 * @param kmsEvents events decoded as KMS events
 * @param stored KMS events newly stored
 * @param duplicates KMS events already stored (from this or another file)
 * @param skipped events that are not KMS events
 * @param rejected events that could not be used; each is listed in import_problem
 * @param reused stored events whose record ID another event of their log already had (the log was
 *     cleared, or its machine rebuilt under its old name): counted in stored too
 */
public record ImportCounts(
    long eventsRead,
    long kmsEvents,
    long stored,
    long duplicates,
    long skipped,
    long rejected,
    long reused) {

  /** No events. */
  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

  /** Counts with no event that reused a record ID. */
  public ImportCounts(
      long eventsRead, long kmsEvents, long stored, long duplicates, long skipped, long rejected) {
    this(eventsRead, kmsEvents, stored, duplicates, skipped, rejected, 0);
  }

  /** The sum of two counts. */
  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        eventsRead + other.eventsRead,
        kmsEvents + other.kmsEvents,
        stored + other.stored,
        duplicates + other.duplicates,
        skipped + other.skipped,
        rejected + other.rejected,
        reused + other.reused);
  }
}
