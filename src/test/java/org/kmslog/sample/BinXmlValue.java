package org.kmslog.sample;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** One substitution value of a template instance: bytes of a type, or a nested instance. */
sealed interface BinXmlValue {
  /** Seconds from 1601-01-01 (FILETIME's epoch) to 1970-01-01. */
  long FILETIME_EPOCH_SECONDS = 11_644_473_600L;

  /** A value of a type, already encoded. */
  record Bytes(int type, byte[] bytes) implements BinXmlValue {}

  /** BinXML nested in the value: an instance of another template with its own values. */
  record Nested(BinXmlTemplate template, List<BinXmlValue> values) implements BinXmlValue {
    public Nested {
      values = List.copyOf(values);
    }
  }

  /** No value: an optional substitution leaves its element or attribute out. */
  static BinXmlValue none() {
    return new Bytes(BinXmlTemplate.NULL, new byte[0]);
  }

  /** UTF-16LE without a terminator; null for none. */
  static BinXmlValue string(String s) {
    return s == null
        ? none()
        : new Bytes(BinXmlTemplate.STRING, s.getBytes(StandardCharsets.UTF_16LE));
  }

  /**
   * Strings one after the other, each ending in a NUL: how a classic event's insertion strings are
   * stored. No strings at all is no value, as Windows writes it.
   */
  static BinXmlValue stringArray(List<String> strings) {
    if (strings.isEmpty()) {
      return none();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String s : strings) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
      out.writeBytes(new byte[2]);
    }
    return new Bytes(BinXmlTemplate.STRING_ARRAY, out.toByteArray());
  }

  static BinXmlValue uint8(int value) {
    return new Bytes(BinXmlTemplate.UINT8, new byte[] {(byte) value});
  }

  static BinXmlValue uint16(int value) {
    return new Bytes(BinXmlTemplate.UINT16, little(2).putShort((short) value).array());
  }

  static BinXmlValue uint32(long value) {
    return new Bytes(BinXmlTemplate.UINT32, little(4).putInt((int) value).array());
  }

  static BinXmlValue uint64(long value) {
    return new Bytes(BinXmlTemplate.UINT64, little(8).putLong(value).array());
  }

  static BinXmlValue hexInt64(long value) {
    return new Bytes(BinXmlTemplate.HEX_INT64, little(8).putLong(value).array());
  }

  /** A GUID such as {E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}; null for none. */
  static BinXmlValue guid(String braced) {
    if (braced == null) {
      return none();
    }
    UUID guid = UUID.fromString(braced.substring(1, braced.length() - 1));
    return new Bytes(BinXmlTemplate.GUID, BinXmlTemplate.guidBytes(guid));
  }

  static BinXmlValue fileTime(Instant time) {
    return new Bytes(BinXmlTemplate.FILETIME, little(8).putLong(fileTimeOf(time)).array());
  }

  /** Hex digits as bytes; null for none. */
  static BinXmlValue binary(String hex) {
    return hex == null ? none() : new Bytes(BinXmlTemplate.BINARY, HexFormat.of().parseHex(hex));
  }

  /** The instant as a FILETIME: 100 ns intervals since 1601-01-01 UTC. */
  static long fileTimeOf(Instant time) {
    return (time.getEpochSecond() + FILETIME_EPOCH_SECONDS) * 10_000_000L + time.getNano() / 100;
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
