package org.kmslog.kms;

import static org.kmslog.kms.FieldKind.ANY;
import static org.kmslog.kms.FieldKind.BIT;
import static org.kmslog.kms.FieldKind.GUID;
import static org.kmslog.kms.FieldKind.HEX;
import static org.kmslog.kms.FieldKind.HOST_PORT;
import static org.kmslog.kms.FieldKind.HRESULT;
import static org.kmslog.kms.FieldKind.INT;
import static org.kmslog.kms.FieldKind.NAME;
import static org.kmslog.kms.FieldKind.TIME;

import java.util.List;

/** The fields of each kind of Info tuple, in logged order, as KMS-REFERENCE.md lists them. */
enum TupleSpec {
  CLIENT_REQUEST(
      new Field("HRESULT", HRESULT, true),
      new Field("status flags", HEX, false),
      new Field("KMS host", HOST_PORT, false),
      new Field("CMID", GUID, false),
      new Field("client time", TIME, false),
      new Field("VM flag", INT, false),
      new Field("license state", INT, false),
      new Field("minutes to expiry", INT, false),
      new Field("activation ID", GUID, false),
      new Field("minimum count", INT, false)),
  CLIENT_RESPONSE(
      new Field("HRESULT", HRESULT, true),
      new Field("status flags", HEX, false),
      new Field("activated", BIT, false),
      new Field("unused", ANY, false),
      new Field("host count", INT, false),
      new Field("activation interval", INT, false),
      new Field("renewal interval", INT, false),
      new Field("client time", TIME, false)),
  HOST_REQUEST(
      new Field("HRESULT", HRESULT, true),
      new Field("minimum count", INT, false),
      new Field("client name", NAME, true),
      new Field("CMID", GUID, true),
      new Field("client time", TIME, false),
      new Field("VM flag", INT, false),
      new Field("license state", INT, false),
      new Field("minutes to expiry", INT, false),
      new Field("activation ID", GUID, false));

  /** Real exports put at most one unexplained value in front of the tuple's fields. */
  private static final int MAX_LEADING_EXTRA = 1;

  private final List<Field> fields;

  TupleSpec(Field... fields) {
    this.fields = List.of(fields);
  }

  /**
   * Finds the tuple's fields in the values, allowing one leading extra value, and checks each by
   * its shape.
   *
   * @throws DecodeException naming the first field that does not fit when no alignment fits
   */
  Tuple align(List<String> values) throws DecodeException {
    String firstProblem = null;
    for (int offset = 0; offset <= MAX_LEADING_EXTRA && offset < values.size(); offset++) {
      String problem = check(values, offset);
      if (problem == null) {
        return new Tuple(values.subList(offset, values.size()));
      }
      if (firstProblem == null) {
        firstProblem = problem;
      }
    }
    throw new DecodeException(firstProblem == null ? "no Info tuple found" : firstProblem);
  }

  private String check(List<String> values, int offset) {
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String value = i + offset < values.size() ? values.get(i + offset) : "";
      if (value.isEmpty()) {
        if (field.required()) {
          return "field " + (i + 1) + " (" + field.name() + ") is missing";
        }
      } else if (!fits(field.kind(), value)) {
        return "field "
            + (i + 1)
            + " ("
            + field.name()
            + ") is '"
            + value
            + "', expected "
            + field.kind().description();
      }
    }
    return null;
  }

  /** Whether a value fits its kind; a time must also be a date that exists, read once. */
  private static boolean fits(FieldKind kind, String value) {
    return kind == TIME ? ClientTime.parse(value) != null : kind.accepts(value);
  }

  /** One field: its name for messages, its shape, and whether an event is useless without it. */
  record Field(String name, FieldKind kind, boolean required) {}
}
