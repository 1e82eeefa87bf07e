package org.kmslog.report;

/** A value made safe to open in a spreadsheet, for every CSV kmslog writes. */
public final class SpreadsheetCell {
  private SpreadsheetCell() {}

  /**
   * The value with a leading apostrophe when a spreadsheet would read it as a formula: when it
   * starts with =, +, -, @, a tab or a carriage return (OWASP's list for CSV injection).
   */
  public static String inert(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }
}
