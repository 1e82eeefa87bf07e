package org.kmslog.kms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The values of an Info tuple after alignment, read by position with their types; an optional value
 * that did not fit its field reads as missing.
 */
final class Tuple {
  private final List<String> values;
  private final List<TupleSpec.OddValue> odd;

  Tuple(List<String> values, List<TupleSpec.OddValue> odd) {
    this.values = List.copyOf(values);
    this.odd = List.copyOf(odd);
  }

  /** The optional values left out because they did not fit their fields. */
  List<TupleSpec.OddValue> odd() {
    return odd;
  }

  /** The value at a 0-based position, or null when missing, empty or left out. */
  String text(int index) {
    if (index >= values.size()) {
      return null;
    }
    for (TupleSpec.OddValue o : odd) {
      if (o.index() == index) {
        return null;
      }
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
