package org.kmslog.report;

/**
 * Text from logs made safe to show, the one place every output (terminal lines, warnings, text, CSV
 * and HTML reports) takes it from: a machine name can neither drive a terminal nor turn text
 * around.
 */
public final class SafeText {
  private SafeText() {}

  /**
   * The text on one line: every control character (line breaks, ESC and the escape sequences it
   * starts, BEL, C1 controls) replaced by a space, and every bidirectional control shown as its
   * code point ({@code <U+202E>}), so that a value cannot hide or reorder what follows it.
   */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !isUnsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        clean.append(' ');
      } else if (isBidiControl(c)) {
        clean.append(codePoint(c));
      } else {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /** The bidirectional control as it is shown, such as {@code <U+202E>}. */
  static String codePoint(char c) {
    return String.format("<U+%04X>", (int) c);
  }

  /**
   * Whether the character changes the direction of the text around it: the embeddings and overrides
   * U+202A-202E, the isolates U+2066-2069, the marks U+200E, U+200F and U+061C.
   */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || isBidiControl(c);
  }
}
