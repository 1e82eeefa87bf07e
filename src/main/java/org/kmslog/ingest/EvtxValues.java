package org.kmslog.ingest;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a BinXML substitution value as Windows shows it in an XML export: decimal integers,
 * {@code 0x}-prefixed lower-case hex integers, upper-case GUIDs and binary, SIDs, and times with
 * seven fraction digits and a Z.
 */
final class EvtxValues {
  static final int NULL = 0x00;
  static final int STRING = 0x01;
  static final int ANSI_STRING = 0x02;
  static final int BOOL = 0x0d;
  static final int BINARY = 0x0e;
  static final int GUID = 0x0f;
  static final int SIZE_T = 0x10;
  static final int FILETIME = 0x11;
  static final int SYSTEMTIME = 0x12;
  static final int SID = 0x13;
  static final int BINXML = 0x21;
  static final int ARRAY = 0x80;

  /** Ticks of 100 ns from 1601-01-01 to 1970-01-01. */
  private static final long EPOCH_TICKS = 116_444_736_000_000_000L;

  private static final Charset ANSI = Charset.forName("windows-1252");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private EvtxValues() {}

  /** The value's items: one for a scalar, one per element for an array (type with 0x80). */
  static List<String> items(byte[] b, int off, int size, int type) {
    int base = type & 0x7f;
    if ((type & ARRAY) == 0) {
      return List.of(render(b, off, size, base));
    }
    List<String> items = new ArrayList<>();
    if (base == STRING || base == ANSI_STRING) {
      int unit = base == STRING ? 2 : 1;
      int start = off;
      int end = off + size - size % unit;
      for (int i = off; i < end; i += unit) {
        if (b[i] == 0 && (unit == 1 || b[i + 1] == 0)) {
          items.add(render(b, start, i - start, base));
          start = i + unit;
        }
      }
      if (start < end) {
        items.add(render(b, start, end - start, base));
      }
      return items;
    }
    if (base == SID) {
      int i = off;
      while (i + 8 <= off + size) {
        int length = Math.min(8 + 4 * (b[i + 1] & 0xff), off + size - i);
        items.add(render(b, i, length, SID));
        i += length;
      }
      return items;
    }
    int width = width(base);
    if (width <= 0) {
      items.add(render(b, off, size, base));
      return items;
    }
    for (int i = off; i + width <= off + size; i += width) {
      items.add(render(b, i, width, base));
    }
    return items;
  }

  /** The width of a fixed-size type in bytes, or 0 for variable-size types. */
  private static int width(int base) {
    return switch (base) {
      case 0x03, 0x04 -> 1;
      case 0x05, 0x06 -> 2;
      case 0x07, 0x08, 0x0b, BOOL, 0x14 -> 4;
      case 0x09, 0x0a, 0x0c, FILETIME, 0x15 -> 8;
      case GUID, SYSTEMTIME -> 16;
      default -> 0;
    };
  }

  /**
   * Renders one scalar value of {@code size} bytes at {@code off}; a value shorter than its type
   * renders what it holds (an integer from its bytes, a SID from its whole sub-authorities).
   */
  static String render(byte[] b, int off, int size, int type) {
    return switch (type) {
      case NULL -> "";
      case STRING -> utf16(b, off, size);
      case ANSI_STRING -> stripNul(new String(b, off, size, ANSI));
      case 0x03 -> Long.toString((byte) unsigned(b, off, size, 1));
      case 0x04 -> Long.toString(unsigned(b, off, size, 1));
      case 0x05 -> Long.toString((short) unsigned(b, off, size, 2));
      case 0x06 -> Long.toString(unsigned(b, off, size, 2));
      case 0x07 -> Long.toString((int) unsigned(b, off, size, 4));
      case 0x08 -> Long.toString(unsigned(b, off, size, 4));
      case 0x09 -> Long.toString(unsigned(b, off, size, 8));
      case 0x0a -> Long.toUnsignedString(unsigned(b, off, size, 8));
      case 0x0b -> real(Float.intBitsToFloat((int) unsigned(b, off, size, 4)));
      case 0x0c -> real(Double.longBitsToDouble(unsigned(b, off, size, 8)));
      case BOOL -> unsigned(b, off, size, 4) != 0 ? "true" : "false";
      case BINARY -> hex(b, off, size);
      case GUID -> guid(b, off, size);
      case SIZE_T, 0x14, 0x15 -> "0x" + Long.toHexString(unsigned(b, off, size, 8));
      case FILETIME -> fileTime(b, off, size);
      case SYSTEMTIME -> systemTime(b, off, size);
      case SID -> sid(b, off, size);
      case 0x20 -> Long.toString(unsigned(b, off, size, 8));
      case 0x23 -> utf16(b, off, size);
      default -> hex(b, off, size);
    };
  }

  /** The little-endian unsigned integer of at most {@code width} bytes of the value. */
  static long unsigned(byte[] b, int off, int size, int width) {
    long value = 0;
    int n = Math.min(size, width);
    for (int i = n - 1; i >= 0; i--) {
      value = (value << 8) | (b[off + i] & 0xff);
    }
    return value;
  }

  static String utf16(byte[] b, int off, int size) {
    int end = off + (size & ~1);
    while (end - 2 >= off && b[end - 2] == 0 && b[end - 1] == 0) {
      end -= 2; // some producers count the terminating NUL in the value
    }
    return decodeUtf16(b, off, (end - off) / 2);
  }

  /**
   * Decodes little-endian UTF-16 by hand: several times faster than the charset decoder for the
   * short values events hold. Unpaired surrogates stay as they are, as Windows writes them.
   */
  static String decodeUtf16(byte[] b, int off, int chars) {
    char[] out = new char[chars];
    for (int i = 0; i < chars; i++) {
      out[i] = (char) ((b[off + 2 * i] & 0xff) | (b[off + 2 * i + 1] & 0xff) << 8);
    }
    return new String(out);
  }

  private static String stripNul(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String real(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private static String real(float value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e7) {
      return Long.toString((long) value);
    }
    return Float.toString(value);
  }

  static String hex(byte[] b, int off, int size) {
    char[] out = new char[size * 2];
    for (int i = 0; i < size; i++) {
      out[2 * i] = HEX[(b[off + i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[b[off + i] & 0xf];
    }
    return new String(out);
  }

  private static String guid(byte[] b, int off, int size) {
    if (size < 16) {
      return hex(b, off, size);
    }
    StringBuilder s = new StringBuilder(38).append('{');
    appendHex(s, unsigned(b, off, 4, 4), 8);
    s.append('-');
    appendHex(s, unsigned(b, off + 4, 2, 2), 4);
    s.append('-');
    appendHex(s, unsigned(b, off + 6, 2, 2), 4);
    s.append('-');
    s.append(hex(b, off + 8, 2)).append('-').append(hex(b, off + 10, 6));
    return s.append('}').toString();
  }

  private static void appendHex(StringBuilder s, long value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      s.append(HEX[(int) (value >> shift) & 0xf]);
    }
  }

  /** A FILETIME (100 ns ticks since 1601) as an instant. */
  static Instant fileTimeInstant(long ticks) {
    long sinceEpoch = ticks - EPOCH_TICKS;
    return Instant.ofEpochSecond(
        Math.floorDiv(sinceEpoch, 10_000_000L), Math.floorMod(sinceEpoch, 10_000_000L) * 100);
  }

  private static String fileTime(byte[] b, int off, int size) {
    long ticks = unsigned(b, off, size, 8);
    if (ticks < 0) {
      return "0x" + Long.toHexString(ticks);
    }
    return iso(fileTimeInstant(ticks));
  }

  /** "2026-10-01T08:15:02.1234567Z", as wevtutil writes times. */
  static String iso(Instant time) {
    String text = time.toString(); // ISO with 0, 3, 6 or 9 fraction digits
    int dot = text.indexOf('.');
    String seconds = dot < 0 ? text.substring(0, text.length() - 1) : text.substring(0, dot);
    String fraction = String.format("%07d", time.getNano() / 100);
    return seconds + "." + fraction + "Z";
  }

  private static String systemTime(byte[] b, int off, int size) {
    if (size < 16) {
      return hex(b, off, size);
    }
    int year = (int) unsigned(b, off, 2, 2);
    int month = (int) unsigned(b, off + 2, 2, 2);
    int day = (int) unsigned(b, off + 6, 2, 2);
    int hour = (int) unsigned(b, off + 8, 2, 2);
    int minute = (int) unsigned(b, off + 10, 2, 2);
    int second = (int) unsigned(b, off + 12, 2, 2);
    int millis = (int) unsigned(b, off + 14, 2, 2);
    return String.format(
        "%04d-%02d-%02dT%02d:%02d:%02d.%03d0000Z", year, month, day, hour, minute, second, millis);
  }

  private static String sid(byte[] b, int off, int size) {
    if (size < 8) {
      return hex(b, off, size);
    }
    long authority = 0;
    for (int i = 2; i < 8; i++) {
      authority = (authority << 8) | (b[off + i] & 0xff);
    }
    StringBuilder s = new StringBuilder("S-").append(b[off] & 0xff).append('-').append(authority);
    int count = Math.min(b[off + 1] & 0xff, (size - 8) / 4);
    for (int i = 0; i < count; i++) {
      s.append('-').append(unsigned(b, off + 8 + 4 * i, 4, 4));
    }
    return s.toString();
  }
}
