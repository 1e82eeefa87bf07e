package org.kmslog.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The computer an export came from, read from its file name when the export does not say: the part
 * before the first underscore, as in {@code BR-PC02_Application.csv} or {@code KMS02.csv}.
 */
final class FileNameComputer {
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,254}");

  /** Names that are log names or export words, not computers: "Application.csv" names no one. */
  private static final Set<String> NOT_COMPUTERS =
      Set.of(
          "application",
          "system",
          "security",
          "setup",
          "key management service",
          "key-management-service",
          "keymanagementservice",
          "kms",
          "events",
          "export",
          "log",
          "logs");

  private FileNameComputer() {}

  /** The computer name the file name gives, or null when it gives none. */
  static String of(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    int underscore = base.indexOf('_');
    String candidate = underscore >= 0 ? base.substring(0, underscore) : base;
    if (!HOST_NAME.matcher(candidate).matches()
        || NOT_COMPUTERS.contains(candidate.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return candidate;
  }

  /** The error for an export that names no computer in itself, its file name or the options. */
  static ReadException missing(Path file, String format) {
    return ReadException.fileError(
        file,
        null,
        format
            + " files do not name the computer they came from; name the file COMPUTER_Log.csv"
            + " (such as KMS01_Application.csv) or give it with --computer");
  }
}
