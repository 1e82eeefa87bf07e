package org.kmslog.sample;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.UUID;

/**
 * A BinXML template: an element tree whose variable parts are numbered substitutions, identified by
 * a GUID. An .evtx chunk holds each template's definition once; every record that uses it refers to
 * that definition and gives only the substitution values.
 *
 * @param guid the template's identifier; its first four bytes are the short id records repeat
 * @param root the element tree
 */
record BinXmlTemplate(UUID guid, Element root) {
  static final String NAMESPACE = "http://schemas.microsoft.com/win/2004/08/events/event";

  /** The value types used here, as the format numbers them. */
  static final int NULL = 0x00;

  static final int STRING = 0x01;
  static final int UINT8 = 0x04;
  static final int UINT16 = 0x06;
  static final int UINT32 = 0x08;
  static final int UINT64 = 0x0A;
  static final int BINARY = 0x0E;
  static final int GUID = 0x0F;
  static final int FILETIME = 0x11;
  static final int SID = 0x13;
  static final int HEX_INT64 = 0x15;
  static final int BINXML = 0x21;
  static final int STRING_ARRAY = 0x81;

  /** A node of the tree. */
  sealed interface Node permits Element, Text, Substitution {}

  /**
   * An element.
   *
   * @param name its name
   * @param dependency the optional substitution whose absence removes it, or 0xFFFF for none
   * @param attributes its attributes in order
   * @param content its children in order
   */
  record Element(String name, int dependency, List<Attribute> attributes, List<Node> content)
      implements Node {
    Element {
      attributes = List.copyOf(attributes);
      content = List.copyOf(content);
    }
  }

  /** An attribute and its value (a text or a substitution). */
  record Attribute(String name, Node value) {}

  /** Literal text. */
  record Text(String value) implements Node {}

  /**
   * A substitution: the value at this index of the record's values goes here.
   *
   * @param index the value's index
   * @param type the value type Windows declares for it
   * @param optional whether a null value leaves the element or attribute out
   */
  record Substitution(int index, int type, boolean optional) implements Node {}

  /**
   * The System part of a classic event as Windows logs it, with the EventData as BinXML nested in
   * substitution 18. Indexes: 0 provider, 1 provider GUID, 2 event source name, 3 qualifiers, 4
   * event ID, 5 version, 6 level, 7 task, 8 opcode, 9 keywords, 10 time created, 11 record id, 12
   * activity id, 13 process id, 14 thread id, 15 channel, 16 computer, 17 user SID, 18 EventData.
   */
  static final BinXmlTemplate CLASSIC_EVENT =
      new BinXmlTemplate(
          UUID.fromString("6b6d736c-6f67-4576-8e74-53797374656d"),
          element(
              "Event",
              List.of(new Attribute("xmlns", new Text(NAMESPACE))),
              element(
                  "System",
                  List.of(),
                  element(
                      "Provider",
                      List.of(
                          attribute("Name", 0, STRING, false),
                          attribute("Guid", 1, GUID, true),
                          attribute("EventSourceName", 2, STRING, true))),
                  element(
                      "EventID",
                      List.of(attribute("Qualifiers", 3, UINT16, false)),
                      substitution(4, UINT16)),
                  element("Version", List.of(), substitution(5, UINT8)),
                  element("Level", List.of(), substitution(6, UINT8)),
                  element("Task", List.of(), substitution(7, UINT16)),
                  element("Opcode", List.of(), substitution(8, UINT8)),
                  element("Keywords", List.of(), substitution(9, HEX_INT64)),
                  element("TimeCreated", List.of(attribute("SystemTime", 10, FILETIME, false))),
                  element("EventRecordID", List.of(), substitution(11, UINT64)),
                  element("Correlation", List.of(attribute("ActivityID", 12, GUID, true))),
                  element(
                      "Execution",
                      List.of(
                          attribute("ProcessID", 13, UINT32, false),
                          attribute("ThreadID", 14, UINT32, false))),
                  element("Channel", List.of(), substitution(15, STRING)),
                  element("Computer", List.of(), substitution(16, STRING)),
                  element("Security", List.of(attribute("UserID", 17, SID, true)))),
              new Substitution(18, BINXML, true)));

  /**
   * A classic event's EventData: its insertion strings as one string array (value 0), which a
   * reader shows as one {@code <Data>} per string, and its binary data (value 1).
   */
  static final BinXmlTemplate CLASSIC_EVENT_DATA =
      new BinXmlTemplate(
          UUID.fromString("6b6d736c-6f67-4576-8e74-446174614172"),
          element(
              "EventData",
              List.of(),
              new Element("Data", 0, List.of(), List.of(new Substitution(0, STRING_ARRAY, true))),
              new Element("Binary", 1, List.of(), List.of(new Substitution(1, BINARY, true)))));

  /** The short id records repeat: the GUID's first four bytes, read little-endian. */
  int id() {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.put(guidBytes(guid));
    return b.getInt(0);
  }

  /** A GUID as Windows stores it: the first three fields little-endian, the rest as written. */
  static byte[] guidBytes(UUID guid) {
    ByteBuffer b = ByteBuffer.allocate(16);
    long high = guid.getMostSignificantBits();
    b.order(ByteOrder.LITTLE_ENDIAN);
    b.putInt((int) (high >>> 32));
    b.putShort((short) (high >>> 16));
    b.putShort((short) high);
    b.order(ByteOrder.BIG_ENDIAN);
    b.putLong(guid.getLeastSignificantBits());
    return b.array();
  }

  private static Element element(String name, List<Attribute> attributes, Node... content) {
    return new Element(name, 0xFFFF, attributes, List.of(content));
  }

  private static Attribute attribute(String name, int index, int type, boolean optional) {
    return new Attribute(name, new Substitution(index, type, optional));
  }

  private static Substitution substitution(int index, int type) {
    return new Substitution(index, type, false);
  }
}
