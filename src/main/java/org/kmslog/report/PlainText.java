package org.kmslog.report;

import java.util.ArrayList;
import java.util.List;

/** Text from logs made safe for a terminal: one line, no control characters, wrapped to a width. */
final class PlainText {
  private PlainText() {}

  /** The text on one line, safe for a terminal (see {@link SafeText#line}). */
  static String oneLine(String text) {
    return SafeText.line(text);
  }

  /**
   * Wraps text on spaces into lines of at most {@code width} characters, the first starting with
   * {@code first} and the others with {@code next}; a word longer than a line is cut.
   */
  static List<String> wrap(String text, int width, String first, String next) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int empty = first.length();
    for (String word : oneLine(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(next);
        empty = next.length();
      }
      if (line.length() > empty) {
        line.append(' ');
      }
      while (line.length() + word.length() > width && width > empty) {
        int room = width - line.length();
        line.append(word, 0, room);
        lines.add(line.toString());
        word = word.substring(room);
        line = new StringBuilder(next);
        empty = next.length();
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
