package org.kmslog.sample;

/** Escapes text the way wevtutil writes it into its XML. */
final class XmlText {
  private XmlText() {}

  /** Escapes character data; CR and LF become character references so parsers keep them. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes a value for a single-quoted attribute. */
  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '\n' -> "&#10;";
            case '\'' -> attribute ? "&apos;" : null;
            case '"' -> attribute ? "&quot;" : null;
            default -> null;
          };
      if (replacement != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
