package org.kmslog.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON, pretty-printed with a 2-space indent: maps as objects in their own key order, lists
 * as arrays, strings, whole numbers, booleans and null.
 */
final class JsonText {
  private static final String HEX = "0123456789abcdef";

  private JsonText() {}

  /** Writes a value and a final line break. */
  static void write(Object value, Appendable out) throws IOException {
    write(value, out, 0);
    out.append('\n');
  }

  private static void write(Object value, Appendable out, int depth) throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value.toString());
    } else if (value instanceof Map<?, ?> map) {
      object(map, out, depth);
    } else if (value instanceof List<?> list) {
      array(list, out, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, Appendable out, int depth) throws IOException {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      indent(out, depth + 1);
      string((String) entry.getKey(), out);
      out.append(": ");
      write(entry.getValue(), out, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void array(List<?> list, Appendable out, int depth) throws IOException {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator);
      indent(out, depth + 1);
      write(item, out, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, depth);
    out.append(']');
  }

  private static void indent(Appendable out, int depth) throws IOException {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /**
   * Writes a string literal. Beyond what JSON requires (quote, backslash, C0 controls), C1 controls
   * and DEL are escaped so no terminal acts on them, U+2028 and U+2029 so the text is also valid
   * JavaScript, and unpaired surrogates so the UTF-8 encoder does not replace them with '?'.
   */
  static void string(String text, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || SafeText.isBidiControl(c)
          || unpaired(text, i)) {
        out.append("\\u")
            .append(HEX.charAt(c >> 12))
            .append(HEX.charAt((c >> 8) & 0xF))
            .append(HEX.charAt((c >> 4) & 0xF))
            .append(HEX.charAt(c & 0xF));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean unpaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
