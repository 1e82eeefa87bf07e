package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '"',
      value = {
        "=cmd|' /C calc'!A0 ~ '=cmd|' /C calc'!A0",
        "+1 ~ '+1",
        "-evil ~ '-evil",
        "-2+3 ~ '-2+3",
        "@SUM(1+1) ~ '@SUM(1+1)",
        "KMS01.corp.example ~ KMS01.corp.example",
        "a=b ~ a=b",
        "'quoted ~ 'quoted",
        "0xC004F074 ~ 0xC004F074"
      })
  void formulasGetALeadingApostrophe(String value, String expected) {
    assertEquals(expected, CsvReport.inert(value));
  }

  @ParameterizedTest
  @CsvSource(value = {"\t=1+1", "\r=1+1"})
  void tabsAndCarriageReturnsAtTheStartToo(String value) {
    assertEquals("'" + value, CsvReport.inert(value));
  }

  @ParameterizedTest
  @CsvSource(
      value = {"''"},
      nullValues = "NULL")
  void emptyStaysEmpty(String value) {
    assertEquals("", CsvReport.inert(value));
    assertNull(CsvReport.inert(null));
  }
}
