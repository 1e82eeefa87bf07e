package org.kmslog.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the fields of one event from the elements a BinXML walk produces, the way {@link
 * XmlEventParser} collects them from XML: the System fields, and one value per {@code <Data>} of
 * {@code <EventData>}. Values are rendered to text only where a field needs them.
 */
final class EvtxEventBuilder {
  private static final int OTHER = 0;
  private static final int SYSTEM = 1;
  private static final int EVENT_DATA = 2;

  private static final int NO_FIELD = 0;
  private static final int EVENT_ID = 1;
  private static final int RECORD_ID = 2;
  private static final int CHANNEL = 3;
  private static final int COMPUTER = 4;
  private static final int DATA = 5;
  private static final int PROVIDER = 6;
  private static final int TIME_CREATED = 7;

  private static final int NO_ATTRIBUTE = 0;
  private static final int PROVIDER_NAME = 1;
  private static final int SOURCE_NAME = 2;
  private static final int SYSTEM_TIME = 3;

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder attributeText = new StringBuilder();
  private int depth;
  private boolean inEvent;
  private int section;
  private int element;
  private int field;
  private int attribute;
  private boolean expanded;
  private boolean inAttributes;
  private boolean sawValue;
  private boolean sawNull;

  String provider;
  String sourceName;
  String eventId;
  Instant time;
  String systemTime;
  String recordId;
  String channel;
  String computer;
  final List<String> data = new ArrayList<>(12);

  void reset() {
    depth = 0;
    inEvent = false;
    section = OTHER;
    element = NO_FIELD;
    field = NO_FIELD;
    attribute = NO_ATTRIBUTE;
    provider = null;
    sourceName = null;
    eventId = null;
    time = null;
    systemTime = null;
    recordId = null;
    channel = null;
    computer = null;
    data.clear();
  }

  void startElement(String name) {
    endAttribute();
    inAttributes = false;
    depth++;
    if (depth == 1) {
      inEvent = name.equals("Event");
    } else if (depth == 2 && inEvent) {
      section =
          switch (name) {
            case "System" -> SYSTEM;
            case "EventData" -> EVENT_DATA;
            default -> OTHER;
          };
    } else if (depth == 3 && inEvent) {
      element = fieldOf(name);
      field = element == PROVIDER || element == TIME_CREATED ? NO_FIELD : element;
      text.setLength(0);
      expanded = false;
      sawValue = false;
      sawNull = false;
    }
  }

  private int fieldOf(String name) {
    if (section == SYSTEM) {
      return switch (name) {
        case "Provider" -> PROVIDER;
        case "EventID" -> EVENT_ID;
        case "TimeCreated" -> TIME_CREATED;
        case "EventRecordID" -> RECORD_ID;
        case "Channel" -> CHANNEL;
        case "Computer" -> COMPUTER;
        default -> NO_FIELD;
      };
    }
    return section == EVENT_DATA && name.equals("Data") ? DATA : NO_FIELD;
  }

  void attribute(String name) {
    endAttribute();
    inAttributes = true;
    if (depth == 3 && element == PROVIDER) {
      attribute =
          switch (name) {
            case "Name" -> PROVIDER_NAME;
            case "EventSourceName" -> SOURCE_NAME;
            default -> NO_ATTRIBUTE;
          };
    } else if (depth == 3 && element == TIME_CREATED && name.equals("SystemTime")) {
      attribute = SYSTEM_TIME;
    }
    attributeText.setLength(0);
  }

  /** The attribute list ends: a close-start or close-empty token. */
  void endAttributes() {
    endAttribute();
    inAttributes = false;
  }

  private void endAttribute() {
    switch (attribute) {
      case PROVIDER_NAME -> provider = attributeText.toString();
      case SOURCE_NAME -> sourceName = attributeText.toString();
      case SYSTEM_TIME -> {
        if (time == null) {
          systemTime = attributeText.toString();
        }
      }
      default -> {}
    }
    attribute = NO_ATTRIBUTE;
  }

  void endElement() {
    endAttribute();
    inAttributes = false;
    if (depth == 3 && field != NO_FIELD) {
      String value = text.toString();
      switch (field) {
        case EVENT_ID -> eventId = value;
        case RECORD_ID -> recordId = value;
        case CHANNEL -> channel = value;
        case COMPUTER -> computer = value;
        case DATA -> {
          // An element whose only content is an optional substitution without a value is left
          // out, as Windows leaves it out.
          if (!expanded && (sawValue || !sawNull)) {
            data.add(value);
          }
        }
        default -> {}
      }
      field = NO_FIELD;
    }
    if (depth == 3) {
      element = NO_FIELD;
    }
    if (depth > 0) {
      depth--;
    }
  }

  /** True when text or a value here is kept: inside a field or an attribute we read. */
  boolean wantsValue() {
    return attribute != NO_ATTRIBUTE || field != NO_FIELD && !inAttributes;
  }

  /** A substitution without a value; {@code optional} for a conditional substitution. */
  void nullValue(boolean optional) {
    if (field != NO_FIELD && !inAttributes && optional) {
      sawNull = true;
    }
  }

  void text(String value) {
    if (attribute == NO_ATTRIBUTE && field != NO_FIELD && !inAttributes) {
      sawValue = true;
    }
    if (attribute != NO_ATTRIBUTE) {
      attributeText.append(value);
    } else if (field != NO_FIELD && !inAttributes) {
      text.append(value);
    }
  }

  /** A substitution value; an array inside a {@code <Data>} becomes one Data value per item. */
  void value(byte[] b, int off, int size, int type) {
    if (attribute == SYSTEM_TIME && type == EvtxValues.FILETIME && size == 8) {
      time = EvtxValues.fileTimeInstant(EvtxValues.unsigned(b, off, 8, 8));
      systemTime = null;
      attributeText.setLength(0);
      attribute = NO_ATTRIBUTE;
      return;
    }
    if ((type & EvtxValues.ARRAY) != 0) {
      List<String> items = EvtxValues.items(b, off, size, type);
      if (field == DATA && attribute == NO_ATTRIBUTE && text.length() == 0) {
        // Windows repeats the element once per item of an array substitution.
        data.addAll(items);
        expanded = true;
        return;
      }
      text(String.join(", ", items));
      return;
    }
    text(EvtxValues.render(b, off, size, type));
  }
}
