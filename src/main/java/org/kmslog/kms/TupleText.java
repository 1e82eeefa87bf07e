package org.kmslog.kms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the raw values of an Info tuple in an event's data or, failing that, its message. */
final class TupleText {
  /**
   * The tuple line of a rendered message: it starts with an HRESULT and a comma. Found by shape
   * because the "Info:" label before it may be translated.
   */
  private static final Pattern TUPLE_LINE = Pattern.compile("0[xX][0-9a-fA-F]{1,8}\\s*,[^\\r\\n]*");

  private static final Pattern HRESULT = Pattern.compile("\\b0[xX][0-9a-fA-F]{1,8}\\b");

  /** A DNS domain in quotes of any of the styles Windows' translations use. */
  private static final Pattern QUOTED_DOMAIN =
      Pattern.compile(
          "['\"‘’‚“”„«»「『]\\s*([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)\\s*['\"‘’‚“”„«»」』]");

  private static final Pattern DOTTED_NAME =
      Pattern.compile("\\b[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+\\b");

  private TupleText() {}

  /**
   * The values in the event data: each Data element one value, and any element holding commas split
   * into its comma-separated values. Empty when the data holds nothing.
   */
  static List<String> fromData(List<String> data) {
    List<String> values = new ArrayList<>();
    boolean anyText = false;
    for (String element : data) {
      anyText |= !element.isBlank();
      if (element.indexOf(',') >= 0) {
        for (String part : element.split(",", -1)) {
          values.add(part.strip());
        }
      } else {
        values.add(element.strip());
      }
    }
    return anyText ? values : List.of();
  }

  /** The values of the tuple line in a rendered message, or an empty list when there is none. */
  static List<String> fromMessage(String message) {
    if (message == null) {
      return List.of();
    }
    Matcher m = TUPLE_LINE.matcher(message);
    if (!m.find()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String part : m.group().split(",", -1)) {
      values.add(part.strip());
    }
    return values;
  }

  /** The first HRESULT written anywhere in a message, or null. */
  static String hresultIn(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = HRESULT.matcher(message);
    return m.find() ? m.group() : null;
  }

  /** The DNS domain named in a 12293/12294 message: the quoted one, else the first dotted name. */
  static String domainIn(String message) {
    if (message == null) {
      return null;
    }
    Matcher quoted = QUOTED_DOMAIN.matcher(message);
    if (quoted.find()) {
      return quoted.group(1);
    }
    Matcher dotted = DOTTED_NAME.matcher(message);
    return dotted.find() ? dotted.group() : null;
  }
}
