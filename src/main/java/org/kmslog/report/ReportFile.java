package org.kmslog.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file so that no reader ever sees half of it: the text goes to a temporary file in
 * the target's folder, is forced to disk, and is then renamed over the target in one step. A target
 * that is a symbolic link is written through: the file it points to is replaced, the link is kept.
 * Temporary files a killed kmslog left beside the target are removed on the next write.
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
    Path file = linkedFile(target.toAbsolutePath().normalize());
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    Path folder = file.getParent();
    Files.createDirectories(folder);
    removeLeftovers(folder, file.getFileName().toString());
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

  /** The most links followed from the target: more is a loop. */
  private static final int MAX_LINKS = 40;

  /** The file a chain of symbolic links leads to (which need not exist yet), or the file itself. */
  private static Path linkedFile(Path file) throws IOException {
    Path at = file;
    for (int links = 0; Files.isSymbolicLink(at); links++) {
      if (links == MAX_LINKS) {
        throw new IOException("it is a symbolic link that leads round in a loop");
      }
      at = at.getParent().resolve(Files.readSymbolicLink(at)).normalize();
    }
    return at;
  }

  /**
   * Deletes the temporary files of this target that a write cut short by a kill left behind. Two
   * kmslog processes never write one report at once: reports are written under the database's lock.
   */
  private static void removeLeftovers(Path folder, String name) throws IOException {
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
      for (Path temp : temps) {
        String middle = temp.getFileName().toString();
        middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
        if (middle.matches("[0-9a-f]{1,16}")
            && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(temp);
        }
      }
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
