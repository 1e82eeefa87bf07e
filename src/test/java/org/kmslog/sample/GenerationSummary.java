package org.kmslog.sample;

import java.util.List;

/**
 * What a generator run wrote.
 *
 * @param files every file written, in the order the estate lists them
 * @param totalEvents the sum of the files' events
 * @param totalBytes the sum of the files' sizes
 */
public record GenerationSummary(List<WrittenFile> files, long totalEvents, long totalBytes) {

  /** Keeps an unmodifiable copy of the file list. */
  public GenerationSummary {
    files = List.copyOf(files);
  }

  /** A summary of the files with their events and sizes added up. */
  static GenerationSummary of(List<WrittenFile> files) {
    long events = files.stream().mapToLong(WrittenFile::events).sum();
    long bytes = files.stream().mapToLong(WrittenFile::bytes).sum();
    return new GenerationSummary(files, events, bytes);
  }
}
