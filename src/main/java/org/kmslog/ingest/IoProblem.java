package org.kmslog.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file or folder could not be read or written, in an admin's words ("no such file or
 * directory", "permission denied"), never a Java exception's class name. The file itself is not
 * named: the message around it does that.
 */
public final class IoProblem {
  private IoProblem() {}

  /** The reason an input/output operation failed. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "a link to a folder that contains it (a loop)";
    }
    String reason =
        e instanceof FileSystemException files && files.getReason() != null
            ? files.getReason()
            : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the operating system reported an input/output error";
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left on device") || lower.contains("not enough space")) {
      return "the disk is full";
    }
    if (lower.contains("is a directory")) {
      return "a folder, not a file";
    }
    // The operating system's own words (say "Input/output error", "Stale file handle").
    return reason;
  }
}
