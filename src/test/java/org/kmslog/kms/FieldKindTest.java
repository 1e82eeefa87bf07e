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
          "０x１");

  @Test
  void fastChecksAgreeWithThePatterns() {
    Random random = new Random(11);
    String alphabet = "0123456789abcdefABCDEFxX-{}., \tG";
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
    }
  }
}
