package org.kmslog.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kmslog.ingest.RawEvent;

/**
 * Writes events as {@code wevtutil qe LOG /f:xml} does: one {@code <Event>} a line, no root, the
 * System fields an export can carry, one {@code <Data>} per data value, and the message (when the
 * export had one) in RenderingInfo.
 *
 * <p>The output is ASCII: other characters are written as character references, so it reads the
 * same whatever encoding the terminal or a redirect uses. A character XML 1.0 cannot hold (a
 * control character other than tab, line feed and carriage return) becomes U+FFFD.
 */
final class EventsXml implements EventPrinter {
  static final String NAMESPACE = "http://schemas.microsoft.com/win/2004/08/events/event";

  /** SystemTime as wevtutil writes it: seven fraction digits (FILETIME's 100 ns) and Z. */
  static final DateTimeFormatter SYSTEM_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final String LINE_END = System.lineSeparator();

  @Override
  public void start(StringBuilder out) {
    // wevtutil writes neither a declaration nor a root element.
  }

  @Override
  public void print(Path file, RawEvent e, StringBuilder b) {
    b.append("<Event xmlns='").append(NAMESPACE).append("'><System>");
    if (e.provider() != null) {
      b.append("<Provider Name='");
      escape(e.provider(), true, b).append("'/>");
    }
    b.append("<EventID>").append(e.eventId()).append("</EventID>");
    b.append("<TimeCreated SystemTime='").append(systemTime(e.timeCreated())).append("'/>");
    if (e.recordId() != null) {
      b.append("<EventRecordID>").append(e.recordId()).append("</EventRecordID>");
    }
    element("Channel", e.channel(), b);
    element("Computer", e.computer(), b);
    b.append("</System>");
    if (e.data().isEmpty()) {
      b.append("<EventData/>");
    } else {
      b.append("<EventData>");
      for (String value : e.data()) {
        element("Data", value, b);
      }
      b.append("</EventData>");
    }
    if (e.message() != null) {
      b.append("<RenderingInfo>");
      element("Message", e.message(), b);
      b.append("</RenderingInfo>");
    }
    b.append("</Event>").append(LINE_END);
  }

  /** The time as wevtutil writes SystemTime. */
  static String systemTime(Instant time) {
    return SYSTEM_TIME.format(time);
  }

  private static void element(String name, String value, StringBuilder b) {
    if (value != null) {
      b.append('<').append(name).append('>');
      escape(value, false, b).append("</").append(name).append('>');
    }
  }

  /**
   * Appends text escaped for XML character data or a single-quoted attribute. Line ends and tabs
   * become character references, so a parser keeps them as they were and the event stays on one
   * line.
   */
  static StringBuilder escape(String s, boolean attribute, StringBuilder b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\'' -> b.append(attribute ? "&apos;" : "'");
        case '\r' -> b.append("&#13;");
        case '\n' -> b.append("&#10;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            b.append(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            reference(Character.toCodePoint(c, s.charAt(++i)), b);
          } else {
            reference(isXmlChar(c) ? c : 0xFFFD, b);
          }
        }
      }
    }
    return b;
  }

  private static boolean isXmlChar(char c) {
    return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
  }

  private static void reference(int codePoint, StringBuilder b) {
    b.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT));
    b.append(';');
  }
}
