package org.kmslog.ingest;

import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the subtree of one {@code <Event>} element into a {@link RawEvent}. */
final class XmlEventParser {
  private static final Pattern BAD_UTF8 =
      Pattern.compile("(Invalid UTF-8 [^(]*)\\(at char #(\\d+)");

  private final Path file;
  private final XMLStreamReader xml;
  private final String fallbackComputer;
  private final StringBuilder text = new StringBuilder();
  private boolean sawRenderingInfo;
  private boolean usedFallback;

  XmlEventParser(Path file, XMLStreamReader xml, String fallbackComputer) {
    this.file = file;
    this.xml = xml;
    this.fallbackComputer = fallbackComputer;
  }

  /** The most <Data> elements an event may have: KMS events have up to 12, others a few dozen. */
  static final int MAX_DATA = 10_000;

  boolean sawRenderingInfo() {
    return sawRenderingInfo;
  }

  /** The fallback computer name when some event needed it, else null. */
  String usedFallback() {
    return usedFallback ? fallbackComputer : null;
  }

  /** Parses the event whose start tag the reader is on, leaving the reader on its end tag. */
  RawEvent parseEvent() throws XMLStreamException, ReadException {
    String location = position(xml.getLocation());
    Fields fields = new Fields();
    String section = null; // the child of <Event> we are in: System, EventData, RenderingInfo...
    while (true) {
      int type = xml.next();
      if (type == XMLStreamConstants.END_ELEMENT) {
        if (section == null) {
          break;
        }
        section = null;
      } else if (type == XMLStreamConstants.START_ELEMENT) {
        if (section == null) {
          section = xml.getLocalName();
          sawRenderingInfo |= section.equals("RenderingInfo");
          if (section.equals("System") && fields.systemBlocks++ > 0) {
            // Its values would override the first block's: which is the event's own?
            section = "second System";
          }
        } else {
          readField(section, xml.getLocalName(), fields);
        }
      }
    }
    return fields.toEvent(location);
  }

  /** Reads one child element of a section, keeping it if it is a field we need. */
  private void readField(String section, String name, Fields fields)
      throws XMLStreamException, ReadException {
    switch (section) {
      case "System" -> {
        switch (name) {
          case "Provider" -> {
            fields.provider = attribute("Name");
            if (fields.provider == null) {
              fields.provider = attribute("EventSourceName");
            }
            skipElement();
          }
          case "EventID" -> fields.eventId = readText();
          case "TimeCreated" -> {
            fields.systemTime = attribute("SystemTime");
            skipElement();
          }
          case "EventRecordID" -> fields.recordId = readText();
          case "Channel" -> fields.channel = readText();
          case "Computer" -> fields.computer = readText();
          default -> skipElement();
        }
      }
      case "EventData" -> {
        if (name.equals("Data") && fields.data.size() < MAX_DATA) {
          fields.data.add(readText());
        } else if (name.equals("Data")) {
          fields.tooManyData = true;
          skipElement();
        } else {
          skipElement();
        }
      }
      case "RenderingInfo" -> {
        if (name.equals("Message")) {
          fields.message = readText();
        } else {
          skipElement();
        }
      }
      default -> skipElement();
    }
  }

  private String attribute(String name) {
    return xml.getAttributeValue(null, name);
  }

  /**
   * Reads the text content of the current element, ignoring any child elements' markup. Most values
   * are one text event followed by the end tag: those become a string straight from the parser's
   * buffer, without a builder.
   */
  private String readText() throws XMLStreamException, ReadException {
    int type = xml.next();
    if (isText(type)) {
      checkLength(0);
      String first = new String(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      type = xml.next();
      if (type == XMLStreamConstants.END_ELEMENT) {
        return first;
      }
      text.setLength(0);
      text.append(first);
    } else if (type == XMLStreamConstants.END_ELEMENT) {
      return "";
    } else {
      text.setLength(0);
    }
    int depth = 1;
    while (true) {
      // Comments and processing instructions carry no event data.
      if (type == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (isText(type)) {
        checkLength(text.length());
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
      if (depth == 0) {
        String value = text.toString();
        if (text.capacity() > 1 << 16) {
          // A rare huge value: do not keep its buffer for the rest of the file.
          text.setLength(0);
          text.trimToSize();
        }
        return value;
      }
      type = xml.next();
    }
  }

  private static boolean isText(int type) {
    return type == XMLStreamConstants.CHARACTERS
        || type == XMLStreamConstants.CDATA
        || type == XMLStreamConstants.SPACE;
  }

  /** Refuses a value that would grow past the longest one kept, with the text event in hand. */
  private void checkLength(int before) throws ReadException {
    if (before + xml.getTextLength() > XmlEventReader.MAX_VALUE_CHARS) {
      throw ReadException.fileError(
          file,
          position(xml.getLocation()),
          "a value longer than "
              + XmlEventReader.MAX_VALUE_CHARS
              + " characters; no event holds that much, the file is damaged or hostile");
    }
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int type = xml.next();
      if (type == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Formats a parser location as "line L, column C". */
  static String position(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return null;
    }
    return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /**
   * Turns a parser error into an import error with a position and without parser jargon.
   *
   * @param fallback where the parser last was, for errors (such as bad bytes) that carry no
   *     position
   */
  static ReadException syntaxError(Path file, XMLStreamException e, Location fallback) {
    String where = position(e.getLocation());
    if (where == null && fallback != null) {
      where = position(fallback) == null ? null : "after " + position(fallback);
    }
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof MalformedInputException) {
      return ReadException.fileError(
          file,
          where,
          "bytes that are not valid in the file's encoding (a file cut inside a character,"
              + " or text in another encoding)",
          e);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher utf8 = BAD_UTF8.matcher(message);
    if (utf8.find()) {
      // Woodstox knows where the bad byte is only as a character count; say that, not the
      // position of the last token, which may be far before it.
      return ReadException.fileError(
          file,
          "character " + utf8.group(2),
          "bytes that are not valid UTF-8 ("
              + utf8.group(1).strip()
              + "): a damaged copy, or"
              + " text in another encoding",
          e);
    }
    int at = message.indexOf("\n at [");
    if (at >= 0) {
      message = message.substring(0, at);
    }
    message = message.replace('\n', ' ').strip();
    return ReadException.fileError(file, where, "XML: " + message, e);
  }

  /** The fields of one event while it is being read. */
  private final class Fields {
    String provider;
    String eventId;
    String systemTime;
    String recordId;
    String channel;
    String computer;
    String message;
    final List<String> data = new ArrayList<>(12);
    int systemBlocks;
    boolean tooManyData;

    RawEvent toEvent(String location) throws ReadException {
      int id = parseEventId(location);
      if (systemBlocks > 1) {
        throw ReadException.eventError(
            file,
            location,
            "event "
                + id
                + " has "
                + systemBlocks
                + " <System> blocks, which name different events; no export writes more than one"
                + " (the file is damaged or forged): refused");
      }
      if (tooManyData) {
        throw ReadException.eventError(
            file,
            location,
            "event "
                + id
                + " has more than "
                + MAX_DATA
                + " <Data> elements, more than any event holds (the file is damaged or hostile):"
                + " refused");
      }
      Instant time = parseTime(location, id);
      Long record = parseRecordId(location, id);
      String name = blankToNull(computer);
      if (name == null && fallbackComputer != null) {
        name = fallbackComputer;
        usedFallback = true;
      }
      return new RawEvent(
          blankToNull(provider),
          id,
          time,
          name,
          blankToNull(channel),
          record,
          data,
          message,
          location);
    }

    private int parseEventId(String location) throws ReadException {
      if (eventId == null || eventId.isBlank()) {
        throw ReadException.eventError(file, location, "event without an <EventID>; skipped");
      }
      try {
        return Integer.parseInt(eventId.strip());
      } catch (NumberFormatException e) {
        throw ReadException.eventError(
            file, location, "event ID '" + eventId.strip() + "' is not a number; event skipped");
      }
    }

    private Instant parseTime(String location, int id) throws ReadException {
      if (systemTime == null || systemTime.isBlank()) {
        throw ReadException.eventError(
            file, location, "event " + id + " without TimeCreated SystemTime; skipped");
      }
      Instant time = SystemTime.parse(systemTime.strip());
      if (time == null) {
        throw ReadException.eventError(
            file,
            location,
            "event " + id + " has SystemTime '" + systemTime.strip() + "', not a time; skipped");
      }
      return time;
    }

    private Long parseRecordId(String location, int id) throws ReadException {
      if (recordId == null || recordId.isBlank()) {
        return null;
      }
      try {
        return Long.parseLong(recordId.strip());
      } catch (NumberFormatException e) {
        throw ReadException.eventError(
            file,
            location,
            "event " + id + " has EventRecordID '" + recordId.strip() + "', not a number; skipped");
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
