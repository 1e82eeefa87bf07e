package org.kmslog.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written shape checks agree with the regular expressions that define them. */
class FieldKindTest {
  private static final List<String> VALUES =
      List.of(
          "",
          "0",
          "1",
          "-1",
          "0x0",
          "0X0",
          "0xC004F074",
          "0xc004f074",
          "0x123456789",
          "0x",
          "x0",
          "0xG1",
          "123456789",
          "1234567890",
          "--1",
          "12a",
          "6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11",
          "{6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11}",
          "{6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11",
          "6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c1",
          "6c1a3b0e+2d4f-4c7e-9a51-0f3e2b7d9c11",
          "PC1.corp.example",
          "PC 1",
          "PC,1",
          "PC\t1",
          "a".repeat(255),
          "a".repeat(256),
          "٣",
          "０x１",
          "2026/10/01 08:15",
          "2026/10/1 8:15",
          "2026-10-01T08:15:07",
          "2026/13/45 99:99",
          "2026/10/01 08:1",
          "2026/10/01 08:15:",
          "2026/10/01 08:15:077",
          "26/10/01 08:15",
          "2026/10/01  08:15",
          "2026/10/01 ٠8:15",
          "KMS01.corp.example:1688",
          "KMS01:",
          "KMS01:123456",
          ":1688",
          "[fe80::1]:1688",
          "[fe80::1]",
          "[::]",
          "[:]",
          "[fe80::g]:1",
          "[" + "a".repeat(45) + "]",
          "[" + "a".repeat(46) + "]",
          "[fe80::1]x",
          "KMS[1]",
          "a".repeat(255) + ":1",
          "a".repeat(256) + ":1");

  @Test
  void fastChecksAgreeWithThePatterns() {
    Random random = new Random(11);
    String alphabet = "0123456789abcdefABCDEFxX-{}., \tG/:T[]";
    for (FieldKind kind : FieldKind.values()) {
      for (String value : VALUES) {
        assertEquals(kind.matchesPattern(value), kind.accepts(value), kind + " on '" + value + "'");
      }
      for (int i = 0; i < 5000; i++) {
        StringBuilder value = new StringBuilder();
        for (int n = random.nextInt(40); n > 0; n--) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = value.toString();
        assertEquals(kind.matchesPattern(text), kind.accepts(text), kind + " on '" + text + "'");
      }
      // Values built from digit groups and separators, so that times and ports come up often.
      for (int i = 0; i < 5000; i++) {
        String text = pieces(random);
        assertEquals(kind.matchesPattern(text), kind.accepts(text), kind + " on '" + text + "'");
      }
    }
  }

  /** Up to eight groups of 0 to 5 digits or letters, each followed by a separator or not. */
  private static String pieces(Random random) {
    String separators = "/-: T[],.";
    StringBuilder value = new StringBuilder();
    if (random.nextInt(8) == 0) {
      value.append('[');
    }
    for (int group = random.nextInt(9); group > 0; group--) {
      for (int n = random.nextInt(6); n > 0; n--) {
        value.append(
            random.nextInt(6) == 0
                ? (char) ('a' + random.nextInt(7))
                : (char) ('0' + random.nextInt(10)));
      }
      if (random.nextInt(4) != 0) {
        value.append(separators.charAt(random.nextInt(separators.length())));
      }
    }
    return value.toString();
  }
}
