package org.kmslog.report;

/** Escapes text for HTML and SVG, in element content and in quoted attributes alike. */
final class Html {
  private Html() {}

  /**
   * The text with &amp;, &lt;, &gt;, &quot; and &#39; escaped, control characters other than tab
   * and line feed replaced by a space, bidirectional controls shown as their code points (see
   * {@link SafeText}) and unpaired surrogates by U+FFFD; null gives "".
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\t' && c != '\n') {
            out.append(' ');
          } else if (SafeText.isBidiControl(c)) {
            out.append(Html.escape(SafeText.codePoint(c)));
          } else if (Character.isSurrogate(c)) {
            i = surrogate(text, i, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Copies a surrogate pair, or writes U+FFFD for a lone surrogate; returns the last index used.
   */
  private static int surrogate(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    out.append('\uFFFD');
    return i;
  }
}
