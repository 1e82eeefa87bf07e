package org.kmslog.store;

import java.util.regex.Pattern;

/**
 * Keeps a password written into a JDBC URL out of what kmslog prints and logs: the value of a
 * password parameter ({@code ?password=...}, {@code &password=...}, H2's {@code ;PASSWORD=...}) and
 * the password of a {@code //user:password@host} part become {@code ***}.
 */
public final class Passwords {
  private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[^/]*//[^/@:]*:)[^/@]*@");

  private Passwords() {}

  /** The text with any JDBC URL password in it shown as ***; other text unchanged. */
  public static String hidden(String text) {
    if (text == null || !text.regionMatches(true, 0, "jdbc:", 0, 5)) {
      return text;
    }
    String withoutParameter = PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(withoutParameter).replaceFirst("$1***@");
  }
}
