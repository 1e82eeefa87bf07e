package org.kmslog.importer;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kmslog.ingest.IoProblem;

/**
 * Expands the paths a user gave into the files to import: directories are walked recursively.
 * Public for {@code kmslog events}, which lists its input the way import does.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * One file to import, or a path that could not be read or listed and why.
   *
   * @param path the file, as found
   * @param error why it is not read (the message names no file), or null for a file to read
   */
  public record Entry(Path path, String error) {}

  /** Why a path that is neither a file nor a folder is not read: reading it could never end. */
  static final String NOT_A_FILE =
      "not a regular file (a pipe, a device or a socket); kmslog reads export files and folders"
          + " of them";

  /**
   * Lists files in the order given, each directory's files sorted by path. Links to files and
   * folders are followed (a link that leads back into its own folder, or to nothing, is named as an
   * error); hidden files and folders (names starting with a dot) and kmslog's own outputs ({@code
   * leaveOut}: its database, its report folder) are left out of walks, and an unreadable folder
   * becomes an error entry without stopping the walk.
   */
  public static List<Entry> expand(List<Path> paths, Set<Path> leaveOut) {
    Set<Path> own = Set.copyOf(leaveOut.stream().map(InputFiles::absolute).toList());
    List<Entry> entries = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        entries.addAll(walk(path, own));
      } else if (Files.isRegularFile(path)) {
        entries.add(new Entry(path, null));
      } else if (Files.exists(path)) {
        entries.add(new Entry(path, NOT_A_FILE));
      } else if (Files.isSymbolicLink(path)) {
        entries.add(new Entry(path, "a link to a file that does not exist"));
      } else {
        entries.add(new Entry(path, "no such file or directory"));
      }
    }
    return entries;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static List<Entry> walk(Path directory, Set<Path> own) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(directory) && (isHidden(dir) || own.contains(absolute(dir)))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || isNotAnExport(file) || own.contains(absolute(file))) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                found.add(new Entry(file, null));
              } else if (attrs.isSymbolicLink()) {
                // A link the walk could not follow: its target is gone.
                found.add(new Entry(file, "a link to a file that does not exist; left out"));
              } else if (attrs.isOther()) {
                found.add(new Entry(file, NOT_A_FILE + "; left out"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(
                  new Entry(
                      file,
                      e instanceof FileSystemLoopException
                          ? "a link to a folder that contains it (a loop); left out"
                          : "cannot list or read: " + IoProblem.describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(new Entry(directory, "cannot list the folder: " + IoProblem.describe(e)));
    }
    found.sort(Comparator.comparing(Entry::path));
    return found;
  }

  /**
   * Files a folder of exports often holds beside them that are certainly not exports: H2's own
   * files (a database kept in the folder), notes and Windows' folder files.
   */
  private static boolean isNotAnExport(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".mv.db")
        || name.endsWith(".trace.db")
        || name.endsWith(".lock.db")
        || name.endsWith(".md")
        || name.startsWith("readme")
        || name.equals("thumbs.db")
        || name.equals("desktop.ini");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
