package org.kmslog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard input named as an input ({@code -} or {@code /dev/stdin}): copied to a temporary file
 * first, so that it is sniffed, read and hashed like any export file, and a pipe that is still
 * being written is read to its end rather than taken for a file that ends early. Messages name it
 * "standard input".
 */
final class StandardInput implements AutoCloseable {
  /** How messages name it. */
  static final String NAME = "standard input";

  private final Path folder;
  private final Path copy;

  private StandardInput(Path folder, Path copy) {
    this.folder = folder;
    this.copy = copy;
  }

  /** Whether the path names standard input. */
  static boolean names(Path path) {
    String text = path.toString();
    return text.equals("-") || text.equals("/dev/stdin");
  }

  /** Whether any of the paths names standard input. */
  static boolean namedIn(List<Path> paths) {
    return paths.stream().anyMatch(StandardInput::names);
  }

  /** Copies the stream to a temporary file, which {@link #close} deletes. */
  static StandardInput copy(InputStream in, String command) throws CliException {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("kmslog-stdin");
      Path copy = folder.resolve("standard-input");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return new StandardInput(folder, copy);
    } catch (IOException e) {
      if (folder != null) {
        new StandardInput(folder, folder.resolve("standard-input")).close();
      }
      throw new CliException(
          ExitStatus.BAD_INPUT,
          command + ": cannot keep standard input in a temporary file: " + ReportOutput.reason(e),
          e);
    }
  }

  /** The paths with each name of standard input replaced by its copy. */
  List<Path> in(List<Path> paths) {
    List<Path> replaced = new ArrayList<>(paths.size());
    for (Path path : paths) {
      replaced.add(names(path) ? copy : path);
    }
    return replaced;
  }

  /** The text with the copy's path replaced by the name of standard input. */
  String named(String text) {
    return text.replace(copy.toString(), NAME);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // A temporary file left in the system's temporary folder harms nothing.
    }
  }
}
