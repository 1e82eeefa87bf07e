package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {
  private static String json(Object value) {
    StringBuilder out = new StringBuilder();
    try {
      JsonText.write(value, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|\"plain\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "C:\\temp|\"C:\\\\temp\"",
        "a/b|\"a/b\"",
        "<b>x</b>&'|\"<b>x</b>&'\"",
        "é 中 😀|\"é 中 😀\""
      })
  void stringsAreEscaped(String value, String expected) {
    assertEquals(expected + "\n", json(value));
  }

  @Test
  void controlCharactersBecomeUnicodeEscapes() {
    assertEquals(
        "\"a\\u000ab\\u000dc\\u0009d\\u0000e\\u001b[31mf\\u007fg\\u009bh\"\n",
        json("a\nb\rc\td\u0000e\u001b[31mf\u007fg\u009bh"));
  }

  @Test
  void lineAndParagraphSeparatorsAreEscaped() {
    assertEquals("\"a\\u2028b\\u2029c\"\n", json("a\u2028b\u2029c"));
  }

  @Test
  void unpairedSurrogatesAreEscapedAndPairsKept() {
    assertEquals("\"\\ud83d x \\ude00 \ud83d\ude00\"\n", json("\ud83d x \ude00 \ud83d\ude00"));
  }

  @Test
  void objectsKeepTheirKeyOrderAndAreIndentedByTwoSpaces() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("min", 3);
    inner.put("max", null);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("z", "last letter, first key");
    outer.put("a", 42L);
    outer.put("counts", inner);
    outer.put("list", Arrays.asList(1, true, null));
    outer.put("none", List.of());
    outer.put("empty", Map.of());
    assertEquals(
        "{\n"
            + "  \"z\": \"last letter, first key\",\n"
            + "  \"a\": 42,\n"
            + "  \"counts\": {\n"
            + "    \"min\": 3,\n"
            + "    \"max\": null\n"
            + "  },\n"
            + "  \"list\": [\n"
            + "    1,\n"
            + "    true,\n"
            + "    null\n"
            + "  ],\n"
            + "  \"none\": [],\n"
            + "  \"empty\": {}\n"
            + "}\n",
        json(outer));
  }

  @Test
  void whatIsReadBackIsWhatWasWritten() {
    String hostile = "\"\\\n\u0001\u2028<b>x</b>&'\ud800";
    assertEquals(Map.of("v", hostile), JsonReader.parse(json(Map.of("v", hostile))));
  }

  @Test
  void otherTypesAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> json(List.of(1.5)));
    assertEquals("not a JSON value: java.lang.Double", e.getMessage());
  }
}
