package org.kmslog.kms;

import java.util.regex.Pattern;

/** The shape of one field of an Info tuple, used to find and check the fields. */
enum FieldKind {
  HRESULT("an HRESULT such as 0x0 or 0xC004F074", "0[xX][0-9a-fA-F]{1,8}"),
  HEX("a hex number such as 0x0", "0[xX][0-9a-fA-F]{1,8}"),
  HOST_PORT(
      "a host name with an optional :port",
      "(\\[[0-9a-fA-F:.]{2,45}\\]|[^\\s,:\\[\\]]{1,255})(:\\d{1,5})?"),
  NAME("a computer name", "[^\\s,]{1,255}"),
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

  boolean accepts(String value) {
    return pattern.matcher(value).matches();
  }
}
