package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.kms.Hresult;

class ErrorCodeArgumentTest {
  @ParameterizedTest
  @ValueSource(strings = {"0xC004F074", "0xc004f074", "C004F074", "-1073418124", "3221549172"})
  void readsEveryForm(String text) {
    assertEquals(Hresult.parse("0xC004F074"), ErrorCodeArgument.parse(text).orElseThrow());
  }

  @Test
  void eightDigitsWithoutPrefixAreHex() {
    assertEquals("0x80070005", ErrorCodeArgument.parse("80070005").orElseThrow().toString());
  }

  @Test
  void shorterDecimalsAreDecimal() {
    assertEquals("0x00000005", ErrorCodeArgument.parse("5").orElseThrow().toString());
  }

  @Test
  void readsTheEndsOfTheRange() {
    assertEquals("0xFFFFFFFF", ErrorCodeArgument.parse("4294967295").orElseThrow().toString());
    assertEquals("0x80000000", ErrorCodeArgument.parse("-2147483648").orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "xyz",
        "0x",
        "0x123456789",
        "C004F07",
        "C004F0745",
        "4294967296",
        "-2147483649",
        "-0x5",
        "1e5",
        "0xC004F074,"
      })
  void refusesWhatIsNoCode(String text) {
    assertTrue(ErrorCodeArgument.parse(text).isEmpty(), text);
  }
}
