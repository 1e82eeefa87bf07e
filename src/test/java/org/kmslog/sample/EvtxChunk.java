package org.kmslog.sample;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One 64 KB chunk of an .evtx file being filled with records: its header, its string table (each
 * element and attribute name written once, where first used, and found again by a hash), its
 * template table (each template defined once, in the first record that uses it) and its records of
 * BinXML. Offsets inside a chunk are counted from the chunk's start.
 */
final class EvtxChunk {
  static final int SIZE = 65_536;
  private static final int HEADER_SIZE = 512;
  private static final int STRING_TABLE = 0x80;
  private static final int TEMPLATE_TABLE = 0x180;
  private static final int TAIL = 8;

  /** Room past the chunk for a record that turns out not to fit, before it is taken back. */
  private final byte[] bytes = new byte[SIZE * 2];

  private int position = HEADER_SIZE;
  private State state = new State();
  private long firstNumber;
  private long firstRecordId;
  private long lastNumber;
  private long lastRecordId;
  private int lastRecordOffset;
  private int records;

  /** What a record adds to the tables, kept apart so that a record that does not fit is undone. */
  private static final class State {
    final int[] stringBuckets = new int[64];
    final int[] templateBuckets = new int[32];
    final Map<String, Integer> names = new HashMap<>();
    final Map<BinXmlTemplate, Integer> templates = new HashMap<>();

    State copy() {
      State s = new State();
      System.arraycopy(stringBuckets, 0, s.stringBuckets, 0, 64);
      System.arraycopy(templateBuckets, 0, s.templateBuckets, 0, 32);
      s.names.putAll(names);
      s.templates.putAll(templates);
      return s;
    }
  }

  boolean isEmpty() {
    return records == 0;
  }

  /**
   * Appends a record holding one instance of a template, unless it does not fit.
   *
   * @param number the record's number in the file, from 1
   * @param recordId the event record id
   * @param fileTime when it was written, as a FILETIME
   * @return false when the chunk is too full for it (the chunk is then unchanged)
   */
  boolean add(
      long number,
      long recordId,
      long fileTime,
      BinXmlTemplate template,
      List<BinXmlValue> values) {
    int start = position;
    State before = state.copy();
    u32(0x2A2A);
    int sizeField = position;
    u32(0);
    u64(recordId);
    u64(fileTime);
    fragment(template, values);
    int size = position + 4 - start;
    u32(size);
    // libevtx 20181227 drops a record that ends in a chunk's last bytes (seen at 2 and 0 bytes
    // before its end; 8 before reads), so the last 8 stay free.
    if (position > SIZE - TAIL) {
      if (records == 0) {
        throw new IllegalArgumentException("record " + recordId + " is larger than a chunk");
      }
      Arrays.fill(bytes, start, position, (byte) 0);
      position = start;
      state = before;
      return false;
    }
    patch32(sizeField, size);
    if (records++ == 0) {
      firstNumber = number;
      firstRecordId = recordId;
    }
    lastNumber = number;
    lastRecordId = recordId;
    lastRecordOffset = start;
    return true;
  }

  /** The chunk's 64 KB with its header, tables and checksums filled in. */
  byte[] finish() {
    System.arraycopy("ElfChnk\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
    put64(8, firstNumber);
    put64(16, lastNumber);
    put64(24, firstRecordId);
    put64(32, lastRecordId);
    put32(40, 128);
    put32(44, lastRecordOffset);
    put32(48, position);
    put32(52, crc(HEADER_SIZE, position));
    for (int i = 0; i < 64; i++) {
      put32(STRING_TABLE + 4 * i, state.stringBuckets[i]);
    }
    for (int i = 0; i < 32; i++) {
      put32(TEMPLATE_TABLE + 4 * i, state.templateBuckets[i]);
    }
    CRC32 header = new CRC32();
    header.update(bytes, 0, 0x78);
    header.update(bytes, 0x80, HEADER_SIZE - 0x80);
    put32(0x7C, (int) header.getValue());
    return Arrays.copyOf(bytes, SIZE);
  }

  /** A BinXML fragment: its header, one template instance and the end-of-stream token. */
  private void fragment(BinXmlTemplate template, List<BinXmlValue> values) {
    fragmentHeader();
    templateInstance(template, values);
    u8(0x00);
  }

  private void fragmentHeader() {
    u8(0x0F);
    u8(1);
    u8(1);
    u8(0);
  }

  /**
   * A template instance: the template's short id and the offset of its definition, the definition
   * itself when this is its first use in the chunk, then the values with their sizes and types.
   */
  private void templateInstance(BinXmlTemplate template, List<BinXmlValue> values) {
    u8(0x0C);
    u8(0x01);
    u32(template.id());
    Integer defined = state.templates.get(template);
    if (defined != null) {
      u32(defined);
    } else {
      int here = position + 4;
      u32(here);
      int bucket = Integer.remainderUnsigned(template.id(), 32);
      u32(state.templateBuckets[bucket]);
      state.templateBuckets[bucket] = here;
      state.templates.put(template, here);
      bytes(BinXmlTemplate.guidBytes(template.guid()));
      int sizeField = position;
      u32(0);
      fragmentHeader();
      node(template.root());
      u8(0x00);
      patch32(sizeField, position - sizeField - 4);
    }
    u32(values.size());
    int descriptors = position;
    for (BinXmlValue value : values) {
      u16(0);
      u8(value instanceof BinXmlValue.Bytes b ? b.type() : BinXmlTemplate.BINXML);
      u8(0);
    }
    for (int i = 0; i < values.size(); i++) {
      int start = position;
      if (values.get(i) instanceof BinXmlValue.Bytes b) {
        bytes(b.bytes());
      } else {
        BinXmlValue.Nested nested = (BinXmlValue.Nested) values.get(i);
        fragment(nested.template(), nested.values());
      }
      patch16(descriptors + 4 * i, position - start);
    }
  }

  private void node(BinXmlTemplate.Node node) {
    if (node instanceof BinXmlTemplate.Element e) {
      element(e);
    } else if (node instanceof BinXmlTemplate.Text t) {
      u8(0x05);
      u8(BinXmlTemplate.STRING);
      u16(t.value().length());
      bytes(t.value().getBytes(StandardCharsets.UTF_16LE));
    } else {
      BinXmlTemplate.Substitution s = (BinXmlTemplate.Substitution) node;
      u8(s.optional() ? 0x0E : 0x0D);
      u16(s.index());
      u8(s.type());
    }
  }

  /**
   * An element: open-start token (0x41 with attributes), its dependency, the size of all that
   * follows up to its end, its name; the attributes and their total size; then close-empty, or
   * close-start, the content and the end token.
   */
  private void element(BinXmlTemplate.Element e) {
    boolean hasAttributes = !e.attributes().isEmpty();
    u8(hasAttributes ? 0x41 : 0x01);
    u16(e.dependency());
    int sizeField = position;
    u32(0);
    name(e.name());
    if (hasAttributes) {
      int listField = position;
      u32(0);
      List<BinXmlTemplate.Attribute> attributes = e.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        u8(i < attributes.size() - 1 ? 0x46 : 0x06);
        name(attributes.get(i).name());
        node(attributes.get(i).value());
      }
      patch32(listField, position - listField - 4);
    }
    if (e.content().isEmpty()) {
      u8(0x03);
    } else {
      u8(0x02);
      e.content().forEach(this::node);
      u8(0x04);
    }
    patch32(sizeField, position - sizeField - 4);
  }

  /** A name: the offset of its string, which follows here when the chunk has not got it yet. */
  private void name(String name) {
    Integer known = state.names.get(name);
    if (known != null) {
      u32(known);
      return;
    }
    int here = position + 4;
    u32(here);
    int hash = hash(name);
    int bucket = hash % 64;
    u32(state.stringBuckets[bucket]);
    u16(hash);
    u16(name.length());
    bytes(name.getBytes(StandardCharsets.UTF_16LE));
    u16(0);
    state.stringBuckets[bucket] = here;
    state.names.put(name, here);
  }

  /** The name hash of the string table: h = h * 65599 + c over the UTF-16 units, low 16 bits. */
  static int hash(String name) {
    int h = 0;
    for (int i = 0; i < name.length(); i++) {
      h = h * 65599 + name.charAt(i);
    }
    return h & 0xFFFF;
  }

  private int crc(int from, int to) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, to - from);
    return (int) crc.getValue();
  }

  private void room(int count) {
    if (position + count > bytes.length) {
      throw new IllegalArgumentException("a record larger than a chunk");
    }
  }

  private void u8(int value) {
    room(1);
    bytes[position++] = (byte) value;
  }

  private void u16(int value) {
    room(2);
    bytes[position++] = (byte) value;
    bytes[position++] = (byte) (value >>> 8);
  }

  private void u32(int value) {
    room(4);
    put32(position, value);
    position += 4;
  }

  private void u64(long value) {
    room(8);
    put64(position, value);
    position += 8;
  }

  private void bytes(byte[] value) {
    room(value.length);
    System.arraycopy(value, 0, bytes, position, value.length);
    position += value.length;
  }

  private void patch16(int at, int value) {
    bytes[at] = (byte) value;
    bytes[at + 1] = (byte) (value >>> 8);
  }

  private void patch32(int at, int value) {
    put32(at, value);
  }

  private void put32(int at, int value) {
    for (int i = 0; i < 4; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private void put64(int at, long value) {
    for (int i = 0; i < 8; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }
}
