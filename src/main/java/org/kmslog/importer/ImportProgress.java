package org.kmslog.importer;

/**
 * How far an import of several files has come.
 *
 * @param filesDone files finished (imported, unchanged or failed)
 * @param files files to do in all
 * @param bytesDone bytes of finished files plus what the current file's reader has read
 * @param bytes bytes of all files
 * @param events events read so far
 * @param elapsedNanos time since the import began
 */
public record ImportProgress(
    int filesDone, int files, long bytesDone, long bytes, long events, long elapsedNanos) {

  /** Events read per second so far, or 0 at the very start. */
  public long eventsPerSecond() {
    return elapsedNanos <= 0 ? 0 : events * 1_000_000_000L / elapsedNanos;
  }
}
