package org.kmslog.ingest;

import java.io.Closeable;

/** Streams the events of one export file, one at a time, without holding the file in memory. */
public interface EventReader extends Closeable {

  /**
   * Returns the next event, or null at the end of the file.
   *
   * @throws ReadException when the file cannot be read further, or (when {@link
   *     ReadException#isEventOnly()}) when one event is unusable and the reader has skipped it
   */
  RawEvent readNext() throws ReadException;

  /** What the reader found and assumed so far, for the import ledger. */
  ReadNotes notes();

  /** How many bytes of the file it has read so far, for progress reports. */
  long bytesRead();
}
