package org.kmslog.sample;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One export being written: events arrive in batches, oldest first, and the file is finished. */
interface ExportSink extends Closeable {
  /** Creates the export the spec describes in the directory: a text export, or an .evtx file. */
  static ExportSink open(Path dir, ExportSpec spec) throws IOException {
    return spec.encoding() == FileEncoding.EVTX
        ? EvtxExportFile.open(dir, spec)
        : ExportFile.open(dir, spec);
  }

  /** What the export holds. */
  ExportSpec spec();

  /** Appends a batch of this file's events, given oldest first. */
  void write(List<LogEvent> batch) throws IOException;

  /** Completes the file and reports what it holds. */
  WrittenFile finish() throws IOException;
}
