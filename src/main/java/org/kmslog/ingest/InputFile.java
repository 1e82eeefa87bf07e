package org.kmslog.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file to read, named by its path, whose bytes come from the disk each time it is opened or, for
 * a small file, from its content read once: a client's export of a few KB was opened three times
 * (sniffed, hashed, read) and a CSV one four times (its dates read first), which cost more than
 * parsing it.
 */
public final class InputFile {
  private final Path path;
  private final byte[] content;

  private InputFile(Path path, byte[] content) {
    this.path = path;
    this.content = content;
  }

  /** A file read from the disk, streaming, each time it is opened. */
  public static InputFile onDisk(Path path) {
    return new InputFile(path, null);
  }

  /** A file whose whole content was read already; opening it reads this array, not the disk. */
  public static InputFile inMemory(Path path, byte[] content) {
    return new InputFile(path, content);
  }

  /** The file's path, which messages name. */
  public Path path() {
    return path;
  }

  /** Opens the content from its start. */
  InputStream open() throws IOException {
    return content == null ? Files.newInputStream(path) : new ByteArrayInputStream(content);
  }

  /** Whether the content was read into memory already. */
  boolean inMemory() {
    return content != null;
  }

  /** The content's size in bytes. */
  long size() throws IOException {
    return content == null ? Files.size(path) : content.length;
  }

  /**
   * The first bytes of the content, as many as it has up to max: the content itself if it is no
   * longer.
   */
  byte[] head(int max) throws IOException {
    if (content != null) {
      return content.length <= max ? content : Arrays.copyOf(content, max);
    }
    try (InputStream in = open()) {
      return in.readNBytes(max);
    }
  }
}
