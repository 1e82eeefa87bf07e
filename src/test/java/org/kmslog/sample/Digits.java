package org.kmslog.sample;

/**
 * Appends zero-padded decimal numbers; the hot formatting paths use it instead of {@code
 * String.format}, which parses its pattern on every call.
 */
final class Digits {
  private Digits() {}

  /** Appends {@code value} (not negative) with at least {@code width} digits. */
  static StringBuilder pad(StringBuilder b, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits);
  }

  /** {@code value} with at least {@code width} digits. */
  static String pad(long value, int width) {
    return pad(new StringBuilder(width), value, width).toString();
  }
}
