package org.kmslog.kms;

/**
 * A Windows HRESULT such as 0xC004F074, shown the way slui and the documentation show it.
 *
 * @param value the 32 bits of the code
 */
public record Hresult(int value) {
  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  /** The success code 0x0. */
  public static final Hresult OK = new Hresult(0);

  /** True when the text is written as an HRESULT is in event tuples: 0x and 1 to 8 hex digits. */
  public static boolean looksLike(String text) {
    return FieldKind.isHex(text);
  }

  /** Parses "0x0", "0xC004F074" or "0xc004f074". */
  public static Hresult parse(String text) {
    if (!looksLike(text)) {
      throw new IllegalArgumentException("not an HRESULT: '" + text + "'");
    }
    return new Hresult(Integer.parseUnsignedInt(text.substring(2), 16));
  }

  /** True for success codes (severity bit clear). */
  public boolean isSuccess() {
    return value >= 0;
  }

  /** The code as 0x and eight upper-case hex digits, the form kept in the store. */
  @Override
  public String toString() {
    if (value == 0) {
      return "0x00000000";
    }
    char[] text = {'0', 'x', '0', '0', '0', '0', '0', '0', '0', '0'};
    for (int i = 9, v = value; i >= 2; i--, v >>>= 4) {
      text[i] = HEX_DIGITS[v & 0xF];
    }
    return new String(text);
  }
}
