package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void controlCharactersBecomeSpaces() {
    assertEquals("a b  [31mred c d", PlainText.oneLine("a\nb\u001b\u009b[31mred\rc\u0007d"));
  }

  @Test
  void wrapsOnSpacesWithPrefixes() {
    assertEquals(
        List.of(" 1. one two", "    three four", "    five"),
        PlainText.wrap("one two three four five", 14, " 1. ", "    "));
  }

  @Test
  void cutsAWordLongerThanALine() {
    assertEquals(
        List.of("> ab", "  abcdefgh", "  ijklmnop", "  qr cd"),
        PlainText.wrap("ab abcdefghijklmnopqr cd", 10, "> ", "  "));
  }

  @Test
  void collapsesRunsOfSpacesAndKeepsLogValuesOnTheirLines() {
    assertEquals(
        List.of("- host PC1", "  [2Jevil", "  rest"),
        PlainText.wrap("host\n\nPC1\u001b[2Jevil   rest", 10, "- ", "  "));
  }

  @Test
  void emptyTextIsOnePrefixLine() {
    assertEquals(List.of("- "), PlainText.wrap("", 10, "- ", "  "));
  }
}
