package org.kmslog.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One 64 KB chunk of an .evtx file in a reused buffer: its header checks, and a walk over its
 * records that steps past a damaged record to the next intact one.
 */
final class EvtxChunk {
  static final int SIZE = 64 * 1024;
  private static final int HEADER = 512;
  private static final int RECORD_HEADER = 24;
  private static final int MIN_RECORD = RECORD_HEADER + 4;
  private static final int NO_CRC32 = 0x4;

  final byte[] bytes = new byte[SIZE];
  private int length;
  private int end;
  private int pos;

  /** What a record walk step found. */
  sealed interface Step permits Record, Damaged {}

  /** An intact-looking record: its BinXML lies in [binXmlStart, binXmlEnd) of the chunk. */
  record Record(int offset, long recordId, int binXmlStart, int binXmlEnd) implements Step {}

  /** Bytes at {@code offset} are not a record; the walk goes on after them. */
  record Damaged(int offset, String reason) implements Step {}

  /** Whether the buffer holds a chunk, only zeros (a preallocated chunk), or something else. */
  enum Kind {
    CHUNK,
    EMPTY,
    NOT_A_CHUNK
  }

  /**
   * Takes the first {@code length} bytes of the buffer as a chunk (less than {@link #SIZE} when the
   * file is cut inside it) and says what they are.
   */
  Kind load(int length) {
    this.length = length;
    java.util.Arrays.fill(bytes, length, SIZE, (byte) 0);
    pos = HEADER;
    end = 0;
    if (length >= 8 && startsWithMagic()) {
      long free = u32(48) & 0xffffffffL;
      end = free >= HEADER && free <= SIZE ? (int) free : SIZE;
      end = Math.min(end, length);
      return Kind.CHUNK;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] != 0) {
        return Kind.NOT_A_CHUNK;
      }
    }
    return Kind.EMPTY;
  }

  private boolean startsWithMagic() {
    byte[] magic = {'E', 'l', 'f', 'C', 'h', 'n', 'k', 0};
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** What is wrong with the chunk's header and checksums, in words; empty when nothing is. */
  List<String> problems() {
    List<String> problems = new ArrayList<>(2);
    if (length < SIZE) {
      problems.add(
          "the file ends inside this chunk ("
              + length
              + " of "
              + SIZE
              + " bytes): the copy is cut short");
    }
    if (length < HEADER) {
      return problems;
    }
    long free = u32(48) & 0xffffffffL;
    if (free < HEADER || free > SIZE) {
      problems.add("its header gives a free space offset of " + free + ", outside the chunk");
    }
    if ((u32(120) & NO_CRC32) != 0) {
      return problems;
    }
    CRC32 header = new CRC32();
    header.update(bytes, 0, 120);
    header.update(bytes, 128, HEADER - 128);
    if ((int) header.getValue() != u32(124)) {
      problems.add(
          "its header checksum does not match (its string and template tables may be"
              + " damaged)");
    }
    if (free >= HEADER && free <= length) {
      CRC32 records = new CRC32();
      records.update(bytes, HEADER, (int) free - HEADER);
      if ((int) records.getValue() != u32(52)) {
        problems.add(
            "the checksum of its records does not match: some of its events may hold damaged"
                + " values");
      }
    }
    return problems;
  }

  /** The next record of the chunk, a damaged stretch, or null at the end of its records. */
  Step next() {
    if (pos + RECORD_HEADER > end) {
      return null;
    }
    int at = pos;
    int magic = u32(at);
    if (magic == 0) {
      return null; // the rest of the chunk is unused
    }
    String damage = recordDamage(at, magic);
    if (damage == null) {
      int size = u32(at + 4);
      pos = at + size;
      return new Record(at, u64(at + 8), at + RECORD_HEADER, at + size - 4);
    }
    pos = nextRecordAfter(at);
    return new Damaged(at, damage);
  }

  /** Why the bytes at {@code at} are not an intact record, or null when they are one. */
  private String recordDamage(int at, int magic) {
    if (magic != 0x00002a2a) {
      return "no record signature where a record should start";
    }
    long size = u32(at + 4) & 0xffffffffL;
    if (size == 0) {
      return "a record of size 0";
    }
    if (size < MIN_RECORD) {
      return "a record of size " + size + ", too small to be one";
    }
    if (size > length - at) {
      return "a record cut short: its size is " + size + " bytes, " + (length - at) + " remain";
    }
    if (size > SIZE - at) {
      return "a record of " + size + " bytes runs past the end of the chunk";
    }
    // The copy of the size at the record's end is not checked here: Windows leaves it wrong in
    // records that are otherwise intact; the walk of the record's BinXML finds real damage.
    return null;
  }

  /** Where the next intact record after a damaged one starts (records are 8-byte aligned). */
  private int nextRecordAfter(int at) {
    for (int p = (at + 8) & ~7; p + RECORD_HEADER <= end; p += 8) {
      int magic = u32(p);
      if (magic == 0x00002a2a
          && recordDamage(p, magic) == null
          && u32(p + u32(p + 4) - 4) == u32(p + 4)) {
        return p;
      }
    }
    return end;
  }

  int u32(int p) {
    return (bytes[p] & 0xff)
        | (bytes[p + 1] & 0xff) << 8
        | (bytes[p + 2] & 0xff) << 16
        | (bytes[p + 3] & 0xff) << 24;
  }

  long u64(int p) {
    return (u32(p) & 0xffffffffL) | (long) u32(p + 4) << 32;
  }
}
