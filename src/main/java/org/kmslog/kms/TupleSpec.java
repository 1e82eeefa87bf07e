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

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each kind of Info tuple, in logged order, as KMS-REFERENCE.md lists them, and what
 * an event needs of each.
 *
 * <p>Which fields an event cannot do without (so that an odd value in one rejects the event, and an
 * odd value in any other is only left out, see {@link Need}):
 *
 * <ul>
 *   <li>The HRESULT, in every event: it is what the event reports.
 *   <li>What identifies the event's parties: the client name and CMID of a 12290 (required), and of
 *       a 12288 the KMS host it addressed and its CMID (which may be empty, as when no host was
 *       found, but not odd). Left out, the analyzers would match the event to the wrong machine or
 *       to none, and an odd value there means the tuple is misread.
 *   <li>The activation ID of 12288 and 12290, which names the product, and whether a 12289 says the
 *       client is activated: an odd value there is not an odd spelling but a misread tuple.
 * </ul>
 *
 * <p>Everything else is optional: status flags, client time, VM flag, license state, minutes to
 * expiry, minimum count, the host's count and the intervals. Each may be missing already, and the
 * analyzers work without it (a request without a client time is matched to its host's by event
 * time; a missing count or license state is simply not counted), so an odd value there (a client
 * time written {@code 1/14/2006 2:30}, as in the Volume Activation 2.0 guide) costs that field, not
 * the event.
 */
enum TupleSpec {
  CLIENT_REQUEST(
      new Field("HRESULT", HRESULT, Need.REQUIRED),
      new Field("status flags", HEX, Need.OPTIONAL),
      new Field("KMS host", HOST_PORT, Need.CHECKED),
      new Field("CMID", GUID, Need.CHECKED),
      new Field("client time", TIME, Need.OPTIONAL),
      new Field("VM flag", INT, Need.OPTIONAL),
      new Field("license state", INT, Need.OPTIONAL),
      new Field("minutes to expiry", INT, Need.OPTIONAL),
      new Field("activation ID", GUID, Need.CHECKED),
      new Field("minimum count", INT, Need.OPTIONAL)),
  CLIENT_RESPONSE(
      new Field("HRESULT", HRESULT, Need.REQUIRED),
      new Field("status flags", HEX, Need.OPTIONAL),
      new Field("activated", BIT, Need.CHECKED),
      new Field("unused", ANY, Need.OPTIONAL),
      new Field("host count", INT, Need.OPTIONAL),
      new Field("activation interval", INT, Need.OPTIONAL),
      new Field("renewal interval", INT, Need.OPTIONAL),
      new Field("client time", TIME, Need.OPTIONAL)),
  HOST_REQUEST(
      new Field("HRESULT", HRESULT, Need.REQUIRED),
      new Field("minimum count", INT, Need.OPTIONAL),
      new Field("client name", NAME, Need.REQUIRED),
      new Field("CMID", GUID, Need.REQUIRED),
      new Field("client time", TIME, Need.OPTIONAL),
      new Field("VM flag", INT, Need.OPTIONAL),
      new Field("license state", INT, Need.OPTIONAL),
      new Field("minutes to expiry", INT, Need.OPTIONAL),
      new Field("activation ID", GUID, Need.CHECKED));

  /** Real exports put at most one unexplained value in front of the tuple's fields. */
  private static final int MAX_LEADING_EXTRA = 1;

  /**
   * How many odd optional fields an event may have and still be kept: more mean the values are not
   * the tuple kmslog knows (shifted, from another message, or damaged), not an odd spelling.
   */
  static final int MAX_ODD_FIELDS = 2;

  private final List<Field> fields;

  TupleSpec(Field... fields) {
    this.fields = List.of(fields);
  }

  /** The position of the client time, the one field of kind TIME. */
  int clientTimeField() {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).kind() == TIME) {
        return i;
      }
    }
    throw new IllegalStateException(name() + " has no client time");
  }

  /**
   * Finds the tuple's fields in the values, allowing one leading extra value, and checks each by
   * its shape. Strict: every value must fit.
   *
   * @throws DecodeException naming the first field that does not fit when no alignment fits
   */
  Tuple align(List<String> values) throws DecodeException {
    return align(values, false);
  }

  /**
   * Finds the tuple's fields in the values, allowing one leading extra value, and checks each by
   * its shape.
   *
   * @param lenient whether up to {@link #MAX_ODD_FIELDS} optional fields that do not fit may be
   *     left out (the tuple then reads them as missing and names them in {@link Tuple#odd()}); only
   *     when the provider already says the event is a KMS event, since for exports without one the
   *     tuple's shape is all that tells an SPP event from a VSS event with the same ID
   * @throws DecodeException naming the first field that does not fit when no alignment fits
   */
  Tuple align(List<String> values, boolean lenient) throws DecodeException {
    Fit named = null;
    Fit best = null;
    int bestOffset = -1;
    for (int offset = 0; offset <= MAX_LEADING_EXTRA && offset < values.size(); offset++) {
      Fit fit = check(values, offset);
      if (fit.problem() == null) {
        return new Tuple(values.subList(offset, values.size()), List.of());
      }
      // After an empty leading value (a real 12290's empty first Data) the fields start at offset
      // 1: the problem there is the real one, not offset 0's "HRESULT is missing".
      if (named == null || values.get(0).isEmpty()) {
        named = fit;
      }
      // Odd values are left out after a leading value only when that is empty (the empty first
      // Data of real 12290s): a real value skipped shifts every field by one, and shifted values
      // fit the other fields by accident often enough to pass for a tuple with odd fields.
      boolean keepable =
          lenient
              && (offset == 0 || values.get(0).isEmpty())
              && fit.fatal() == null
              && fit.odd().size() <= MAX_ODD_FIELDS;
      if (keepable && (best == null || fit.odd().size() < best.odd().size())) {
        best = fit;
        bestOffset = offset;
      }
    }
    if (best != null) {
      return new Tuple(values.subList(bestOffset, values.size()), best.odd());
    }
    if (named == null) {
      throw new DecodeException("no Info tuple found");
    }
    String splitName = nameWithComma(values);
    throw new DecodeException(splitName != null ? splitName : named.problem());
  }

  /**
   * A computer name with a comma in it splits into two values, which shifts every later field: the
   * misfit is then a CMID or a time that is really a piece of the name. When joining two values
   * into the name makes every other field fit, say that the name holds a comma.
   *
   * @return the message naming the name, or null when a comma in a name does not explain the misfit
   */
  private String nameWithComma(List<String> values) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).kind() != NAME) {
        continue;
      }
      for (int offset = 0; offset <= MAX_LEADING_EXTRA; offset++) {
        int at = offset + i;
        if (at + 1 >= values.size()) {
          continue;
        }
        List<String> joined = new ArrayList<>(values);
        String name = joined.remove(at) + "," + joined.remove(at);
        // With a name that fits in its place, does everything else fit?
        joined.add(at, "name");
        if (check(joined, offset).problem() == null) {
          return misfit(i, name);
        }
      }
    }
    return null;
  }

  private String misfit(int index, String value) {
    Field field = fields.get(index);
    return "field "
        + (index + 1)
        + " ("
        + field.name()
        + ") is '"
        + value
        + "', expected "
        + field.kind().description();
  }

  /** How the values fit the fields at one offset. */
  private Fit check(List<String> values, int offset) {
    String problem = null;
    String fatal = null;
    List<OddValue> odd = null;
    for (int i = 0; i < fields.size() && fatal == null; i++) {
      Field field = fields.get(i);
      String value = i + offset < values.size() ? values.get(i + offset) : "";
      String misfit = null;
      if (value.isEmpty()) {
        if (field.need() == Need.REQUIRED) {
          misfit = "field " + (i + 1) + " (" + field.name() + ") is missing";
          fatal = misfit;
        }
      } else if (!fits(field.kind(), value)) {
        misfit = misfit(i, value);
        if (field.need() == Need.OPTIONAL) {
          odd = odd == null ? new ArrayList<>(2) : odd;
          odd.add(new OddValue(i, field, value));
        } else {
          fatal = misfit;
        }
      }
      if (problem == null) {
        problem = misfit;
      }
    }
    return new Fit(problem, fatal, odd == null ? List.of() : odd);
  }

  /** Whether a value fits its kind; a time must also be a date that exists, read once. */
  private static boolean fits(FieldKind kind, String value) {
    return kind == TIME ? ClientTime.parse(value) != null : kind.accepts(value);
  }

  /** What an event needs of a field. */
  enum Need {
    /** The event is useless without it: missing or odd, the event is rejected. */
    REQUIRED,
    /** May be missing; an odd value means the tuple is misread, and the event is rejected. */
    CHECKED,
    /** May be missing; an odd value is left out (stored as NULL) and the event kept. */
    OPTIONAL
  }

  /** One field: its name for messages, its shape, and what an event needs of it. */
  record Field(String name, FieldKind kind, Need need) {}

  /** An optional field whose value did not fit, at its position in the tuple. */
  record OddValue(int index, Field field, String value) {}

  /**
   * How values fit at one offset.
   *
   * @param problem the first field that does not fit or is missing, or null when all fit
   * @param fatal the first such field the event cannot do without, or null
   * @param odd the optional fields whose values do not fit
   */
  private record Fit(String problem, String fatal, List<OddValue> odd) {}
}
