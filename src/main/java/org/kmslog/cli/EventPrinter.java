package org.kmslog.cli;

import java.nio.file.Path;
import org.kmslog.ingest.RawEvent;

/** How {@code kmslog events} writes events: a start once, then one entry per event. */
interface EventPrinter {
  /** Writes what comes before the first event (a CSV header), if anything. */
  void start(StringBuilder out);

  /** Writes one event read from this file. */
  void print(Path file, RawEvent event, StringBuilder out);
}
