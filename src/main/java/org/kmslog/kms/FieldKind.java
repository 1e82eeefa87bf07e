package org.kmslog.kms;

import java.util.regex.Pattern;

/** The shape of one field of an Info tuple, used to find and check the fields. */
enum FieldKind {
  HRESULT("an HRESULT such as 0x0 or 0xC004F074", "0[xX][0-9a-fA-F]{1,8}"),
  HEX("a hex number such as 0x0", "0[xX][0-9a-fA-F]{1,8}"),
  HOST_PORT(
      "a host name with an optional :port",
      "(\\[[0-9a-fA-F:.]{2,45}\\]|[^\\s,:\\[\\]]{1,255})(:\\d{1,5})?"),
  NAME("a computer name, which has no spaces or commas", "[^\\s,]{1,255}"),
  GUID(
      "a GUID",
      "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?"),
  TIME("a time such as 2026/10/01 08:15", ClientTime.PATTERN.pattern()),
  INT("a whole number", "-?\\d{1,9}"),
  BIT("0 or 1", "[01]"),
  ANY("any value", ".{0,255}");

  private final String description;
  private final Pattern pattern;

  FieldKind(String description, String regex) {
    this.description = description;
    this.pattern = Pattern.compile(regex);
  }

  /** What a value of this kind looks like, for messages. */
  String description() {
    return description;
  }

  /** Whether a value has this shape (the hot path of every import: hand-written for most). */
  boolean accepts(String value) {
    return switch (this) {
      case HRESULT, HEX -> isHex(value);
      case INT -> isInt(value);
      case BIT -> value.equals("0") || value.equals("1");
      case NAME -> isName(value);
      case GUID -> isGuid(value);
      case TIME -> ClientTime.hasShape(value);
      case HOST_PORT -> isHostPort(value);
      default -> matchesPattern(value);
    };
  }

  /** The regular expression's verdict: the definition the fast checks must agree with. */
  boolean matchesPattern(String value) {
    return pattern.matcher(value).matches();
  }

  /** True for 0x or 0X and 1 to 8 hex digits, the pattern of HRESULT and HEX. */
  static boolean isHex(String value) {
    int length = value.length();
    if (length < 3 || length > 10 || value.charAt(0) != '0') {
      return false;
    }
    char x = value.charAt(1);
    if (x != 'x' && x != 'X') {
      return false;
    }
    for (int i = 2; i < length; i++) {
      if (!isAsciiHex(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInt(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    int digits = value.length() - start;
    if (digits < 1 || digits > 9) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String value) {
    if (value.isEmpty() || value.length() > 255) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || isRegexSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bracketed IPv6 address (2 to 45 of hex digits, colons and dots) or a name (1 to 255
   * characters, none of them white space, a comma, a colon or a bracket), then optionally a colon
   * and 1 to 5 digits: the pattern of HOST_PORT.
   */
  private static boolean isHostPort(String value) {
    int length = value.length();
    int end; // where the host ends
    if (length > 0 && value.charAt(0) == '[') {
      end = value.indexOf(']');
      if (end < 3 || end > 46) {
        return false;
      }
      for (int i = 1; i < end; i++) {
        char c = value.charAt(i);
        if (!isAsciiHex(c) && c != ':' && c != '.') {
          return false;
        }
      }
      end++;
    } else {
      end = 0;
      while (end < length) {
        char c = value.charAt(end);
        if (c == ':') {
          break;
        }
        if (c == ',' || c == '[' || c == ']' || isRegexSpace(c)) {
          return false;
        }
        end++;
      }
      if (end < 1 || end > 255) {
        return false;
      }
    }
    if (end == length) {
      return true;
    }
    int digits = length - end - 1;
    if (value.charAt(end) != ':' || digits < 1 || digits > 5) {
      return false;
    }
    for (int i = end + 1; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** What \s matches in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isGuid(String value) {
    int start = 0;
    int end = value.length();
    if (end > 0 && value.charAt(0) == '{') {
      start = 1;
    }
    if (end > start && value.charAt(end - 1) == '}') {
      end--;
    }
    if (end - start != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = value.charAt(start + i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isAsciiHex(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
