package org.kmslog.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Streams one export to disk without holding its events.
 *
 * <p>Oldest-first files are written as the batches arrive. Newest-first files get each batch
 * reversed into a scratch file and remember only where each batch starts; {@link #finish()} then
 * copies the batches in reverse order, so memory grows with the number of batches, not events.
 */
final class ExportFile implements ExportSink {
  private final ExportSpec spec;
  private final Path target;
  private final Charset charset;
  private Writer writer;
  private Path scratch;
  private FileChannel batches;
  private long[] batchStarts = new long[64];
  private int batchCount;
  private long events;

  private ExportFile(ExportSpec spec, Path target) {
    this.spec = spec;
    this.target = target;
    this.charset = spec.encoding().charset();
  }

  /** Creates the file (or, for a newest-first file, its scratch file) in the directory. */
  static ExportFile open(Path dir, ExportSpec spec) throws IOException {
    ExportFile file = new ExportFile(spec, dir.resolve(spec.fileName()));
    if (spec.newestFirst()) {
      file.scratch = dir.resolve("." + spec.fileName() + ".batches");
      file.batches =
          FileChannel.open(
              file.scratch,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    } else {
      OutputStream out = Files.newOutputStream(file.target);
      out.write(spec.encoding().bom());
      file.writer = new BufferedWriter(new OutputStreamWriter(out, file.charset), 1 << 16);
      file.writer.write(spec.formatter().header());
    }
    return file;
  }

  @Override
  public ExportSpec spec() {
    return spec;
  }

  @Override
  public void write(List<LogEvent> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    events += batch.size();
    EventFormatter formatter = spec.formatter();
    if (writer != null) {
      for (LogEvent e : batch) {
        writer.write(formatter.record(e));
      }
      return;
    }
    StringBuilder text = new StringBuilder(batch.size() * 1024);
    for (int i = batch.size() - 1; i >= 0; i--) {
      text.append(formatter.record(batch.get(i)));
    }
    if (batchCount == batchStarts.length) {
      batchStarts = Arrays.copyOf(batchStarts, batchCount * 2);
    }
    batchStarts[batchCount++] = batches.position();
    ByteBuffer bytes = charset.encode(text.toString());
    while (bytes.hasRemaining()) {
      batches.write(bytes);
    }
  }

  @Override
  public WrittenFile finish() throws IOException {
    if (writer != null) {
      writer.write(spec.formatter().footer());
      writer.close();
      writer = null;
    } else {
      writeReversed();
    }
    return new WrittenFile(spec.fileName(), events, Files.size(target));
  }

  private void writeReversed() throws IOException {
    long end = batches.position();
    try (FileChannel out =
        FileChannel.open(
            target,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      writeFully(out, ByteBuffer.wrap(spec.encoding().bom()));
      writeFully(out, charset.encode(spec.formatter().header()));
      for (int i = batchCount - 1; i >= 0; i--) {
        long start = batchStarts[i];
        long copied = 0;
        while (copied < end - start) {
          copied += batches.transferTo(start + copied, end - start - copied, out);
        }
        end = start;
      }
      writeFully(out, charset.encode(spec.formatter().footer()));
    }
    close();
  }

  private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  /** Releases the file handles and the scratch file; after a failure the export is incomplete. */
  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
        writer = null;
      }
    } finally {
      if (batches != null) {
        batches.close();
        batches = null;
        Files.deleteIfExists(scratch);
      }
    }
  }
}
