package org.kmslog.kms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The values of an Info tuple after alignment, read by position with their types. */
final class Tuple {
  private final List<String> values;

  Tuple(List<String> values) {
    this.values = List.copyOf(values);
  }

  /** The value at a 0-based position, or null when missing or empty. */
  String text(int index) {
    if (index >= values.size()) {
      return null;
    }
    String value = values.get(index);
    return value.isEmpty() ? null : value;
  }

  Hresult hresult(int index) {
    String value = text(index);
    return value == null ? null : Hresult.parse(value);
  }

  Long hex(int index) {
    String value = text(index);
    return value == null ? null : Long.parseUnsignedLong(value.substring(2), 16);
  }

  Integer integer(int index) {
    String value = text(index);
    return value == null ? null : Integer.valueOf(value);
  }

  Long longValue(int index) {
    String value = text(index);
    return value == null ? null : Long.valueOf(value);
  }

  Boolean bit(int index) {
    String value = text(index);
    return value == null ? null : value.equals("1");
  }

  UUID guid(int index) {
    String value = text(index);
    if (value == null) {
      return null;
    }
    if (value.startsWith("{")) {
      value = value.substring(1, value.length() - 1);
    }
    return UUID.fromString(value);
  }

  LocalDateTime time(int index) {
    String value = text(index);
    return value == null ? null : ClientTime.parse(value);
  }

  /** The tuple as one string, fields joined by commas, the way 12290 logs it. */
  String joined() {
    return String.join(",", values);
  }
}
