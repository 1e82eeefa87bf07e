package org.kmslog.sample;

/** Quotes CSV values the way Windows tools do: in double quotes, inner quotes doubled. */
final class CsvText {
  private CsvText() {}

  static String quote(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
