package org.kmslog.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file so that no reader ever sees half of it: the text goes to a temporary file in
 * the target's folder, is forced to disk, and is then renamed over the target in one step.
 */
public final class ReportFile {
  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to the writer. */
    void writeTo(Writer writer) throws IOException;
  }

  private ReportFile() {}

  /**
   * Writes the file in UTF-8, creating its parent folders; on failure the target is left as it was
   * and the temporary file is removed.
   */
  public static void write(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    Path folder = file.getParent();
    Files.createDirectories(folder);
    // A name of our own rather than Files.createTempFile, whose owner-only permissions the report
    // would keep after the rename; this way the file gets the usual permissions of new files.
    Path temp =
        folder.resolve(
            "."
                + file.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    try {
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Writer writer =
              new BufferedWriter(
                  new OutputStreamWriter(
                      Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
        content.writeTo(writer);
        writer.flush();
        channel.force(true);
      }
      move(temp, file);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this only happens on unusual file systems; still replace it in one call.
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
