package org.kmslog.sample;

import java.util.SplittableRandom;

/** Seeded identifiers: GUIDs in the lower-case form KMS tuples use. */
final class RandomIds {
  private RandomIds() {}

  /** A version-4 style GUID drawn from the random source. */
  static String uuid(SplittableRandom random) {
    long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    String hex = hex16(high) + hex16(low);
    return hex.substring(0, 8)
        + '-'
        + hex.substring(8, 12)
        + '-'
        + hex.substring(12, 16)
        + '-'
        + hex.substring(16, 20)
        + '-'
        + hex.substring(20);
  }

  private static String hex16(long value) {
    String digits = Long.toHexString(value);
    return "0".repeat(16 - digits.length()) + digits;
  }
}
