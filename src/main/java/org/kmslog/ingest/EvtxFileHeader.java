package org.kmslog.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The 4 KB header of an .evtx file. Nothing in it is needed to read the chunks after it (they are
 * found by their position and signature), so what is odd in it is noted, never trusted.
 *
 * @param minorVersion the format's minor version (1 or 2 in files Windows writes)
 * @param majorVersion the format's major version (3)
 * @param chunkCount how many chunks the header says the file holds
 * @param firstChunk the number of the oldest chunk
 * @param lastChunk the number of the newest chunk
 * @param flags the header flags: 0x1 dirty (not closed cleanly), 0x2 full
 * @param checksumMatches whether the CRC32 of its first 120 bytes matches the one it holds
 */
record EvtxFileHeader(
    int minorVersion,
    int majorVersion,
    int chunkCount,
    long firstChunk,
    long lastChunk,
    int flags,
    boolean checksumMatches) {
  static final int SIZE = 4096;

  static boolean hasMagic(byte[] b, int length) {
    byte[] magic = {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0};
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the header from the first 128 bytes of {@code b}. */
  static EvtxFileHeader parse(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b, 0, 120);
    return new EvtxFileHeader(
        u16(b, 36),
        u16(b, 38),
        u16(b, 42),
        u64(b, 8),
        u64(b, 16),
        (int) u32(b, 120),
        (int) crc.getValue() == (int) u32(b, 124));
  }

  /** The layout for the import ledger: the version and what is odd about the header. */
  String describe(int chunksFound) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "EVTX "
            + majorVersion
            + "."
            + minorVersion
            + ", "
            + chunksFound
            + (chunksFound == 1 ? " chunk" : " chunks"));
    if (!checksumMatches) {
      notes.add("header checksum does not match");
    }
    if ((flags & ~0x3) != 0) {
      notes.add("invalid header flags 0x" + Integer.toHexString(flags));
    } else if ((flags & 0x1) != 0) {
      notes.add("dirty (not closed cleanly)");
    }
    if (chunksFound > chunkCount) {
      notes.add("header says " + chunkCount + " chunks");
    }
    if (firstChunk > lastChunk) {
      notes.add("wrapped (chunk " + firstChunk + " is the oldest, " + lastChunk + " the newest)");
    }
    return String.join(", ", notes);
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (b[p] & 0xffL)
        | (b[p + 1] & 0xffL) << 8
        | (b[p + 2] & 0xffL) << 16
        | (b[p + 3] & 0xffL) << 24;
  }

  private static long u64(byte[] b, int p) {
    return u32(b, p) | u32(b, p + 4) << 32;
  }
}
