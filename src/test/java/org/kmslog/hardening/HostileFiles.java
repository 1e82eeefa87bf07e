package org.kmslog.hardening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the hostile inputs too large to keep in the repository (see hostile/README.md). */
final class HostileFiles {
  static final int FIFTY_MB = 50 * 1024 * 1024;
  private static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  private HostileFiles() {}

  /** Writes every generated file into the folder. */
  static void writeAll(Path dir) throws IOException {
    write(
        dir.resolve("huge-attribute.xml"),
        "<Event xmlns='" + NS + "'><System><Provider Name='",
        "'/><EventID>12290</EventID></System></Event>");
    write(
        dir.resolve("huge-data-value.xml"),
        "<Event xmlns='" + NS + "'><System><EventID>12290</EventID></System><EventData><Data>",
        "</Data></EventData></Event>");
    write(
        dir.resolve("KMS01_huge-csv-field.csv"),
        "Level,Date and Time,Source,Event ID,Task Category\r\n"
            + "Information,10/13/2026 8:15:03 AM,Security-SPP,12290,None,\"",
        "\"\r\n");
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("huge-value-in-pieces.xml"), StandardCharsets.UTF_8)) {
      // Pieces each under the parser's text limit, split by comments: kmslog adds them up.
      out.write("<Event xmlns='" + NS + "'><System><EventID>12290</EventID></System>");
      out.write("<EventData><Data>");
      String piece = "A".repeat(600_000);
      for (int i = 0; i < 50; i++) {
        out.write(piece);
        out.write("<!-- -->");
      }
      out.write("</Data></EventData></Event>");
    }
    StringBuilder quadratic =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Events [<!ENTITY a \"");
    quadratic.append("x".repeat(50_000)).append("\">]>\n<Events><Event><EventData><Data>");
    quadratic.append("&a;".repeat(50_000)).append("</Data></EventData></Event></Events>\n");
    Files.writeString(dir.resolve("quadratic-blowup.xml"), quadratic, StandardCharsets.UTF_8);
  }

  /** A prefix, fifty megabytes of one letter, and a suffix, streamed to disk. */
  private static void write(Path file, String prefix, String suffix) throws IOException {
    char[] chunk = new char[1 << 20];
    java.util.Arrays.fill(chunk, 'A');
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(prefix);
      for (int written = 0; written < FIFTY_MB; written += chunk.length) {
        out.write(chunk);
      }
      out.write(suffix);
    }
  }
}
