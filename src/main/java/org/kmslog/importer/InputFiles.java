package org.kmslog.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Expands the paths a user gave into the files to import: directories are walked recursively. */
final class InputFiles {
  private InputFiles() {}

  /** One file to import, or a path that could not be read or listed and why. */
  record Entry(Path path, String error) {}

  /**
   * Lists files in the order given, each directory's files sorted by path; hidden files and folders
   * (names starting with a dot) are left out of walks, and an unreadable folder becomes an error
   * entry without stopping the walk.
   */
  static List<Entry> expand(List<Path> paths) {
    List<Entry> entries = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        entries.addAll(walk(path));
      } else if (Files.exists(path)) {
        entries.add(new Entry(path, null));
      } else {
        entries.add(new Entry(path, "no such file or directory"));
      }
    }
    return entries;
  }

  private static List<Entry> walk(Path directory) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(directory) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && !isNotAnExport(file)) {
                found.add(new Entry(file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Entry(file, "cannot list or read: " + e.getClass().getSimpleName()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(new Entry(directory, "cannot list the folder: " + e.getMessage()));
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
