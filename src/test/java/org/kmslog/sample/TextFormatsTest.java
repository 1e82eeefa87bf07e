package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormatsTest {
  private static final Instant T = Instant.parse("2026-10-01T08:15:02.123456700Z");

  @ParameterizedTest
  @CsvSource({
    "0, false, 2026-10-01T08:15:02Z",
    "3, false, 2026-10-01T08:15:02.123Z",
    "7, false, 2026-10-01T08:15:02.1234567Z",
    "9, false, 2026-10-01T08:15:02.123456700Z",
    "7, true, 2026-10-01T08:15:02.1234567+00:00"
  })
  void systemTimeHasTheFileDigits(int digits, boolean offset, String expected) {
    assertEquals(expected, new SystemTimeStyle(digits, offset).format(T));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-10-07T18:38:24, EN_US, 10/7/2026 6:38:24 PM",
    "2026-10-07T00:05:00, EN_US, 10/7/2026 12:05:00 AM",
    "2026-10-07T12:00:09, EN_US, 10/7/2026 12:00:09 PM",
    "2026-10-27T12:28:26, DE_DE, 27.10.2026 12:28:26",
    "2026-03-01T08:15:02, DE_DE, 01.03.2026 08:15:02"
  })
  void localTimesFollowTheCulture(String local, Culture culture, String expected) {
    assertEquals(expected, culture.localTime(LocalDateTime.parse(local)));
  }

  @Test
  void xmlTextKeepsLineBreaksAsCharacterReferences() {
    assertEquals("a &amp; b &lt;c&gt; 'd'&#13;&#10;", XmlText.text("a & b <c> 'd'\r\n"));
  }

  @Test
  void xmlAttributesEscapeBothQuotes() {
    assertEquals("O&apos;Neil &quot;x&quot; &amp;", XmlText.attribute("O'Neil \"x\" &"));
  }

  @Test
  void csvQuotesDoubleInnerQuotes() {
    assertEquals("\"say \"\"hi\"\"\"", CsvText.quote("say \"hi\""));
  }

  @Test
  void clientsPadTheirTimeAndHostsDoNot() {
    Instant t = Instant.parse("2026-10-01T08:05:59Z");
    assertEquals("2026/10/01 08:05", KmsTuples.paddedClientTime(t));
    assertEquals("2026/10/1 8:05", KmsTuples.unpaddedClientTime(t));
  }

  @Test
  void clientRequestQuirksShortenTheTuple() {
    LicenseStatus license = new LicenseStatus(1, 250123);
    Instant t = Instant.parse("2026-10-01T08:15:00Z");
    String cmid = "6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11";
    assertEquals(
        "0x0, 0x0, KMS01.corp.example:1688, "
            + cmid
            + ", 2026/10/01 08:15, 0, 1, 250123,"
            + " 73111121-5638-40f6-bc11-f1d7b0d64300, 25",
        String.join(
            ", ",
            KmsTuples.clientRequest(
                "0x0",
                "KMS01.corp.example:1688",
                cmid,
                t,
                false,
                license,
                Product.WINDOWS_ENTERPRISE,
                TupleQuirk.NONE)));
    assertEquals(
        "0x0, 0x0, KMS01.corp.example:1688, "
            + cmid
            + ", 2026/10/01 08:15, 1, 1, 250123,"
            + " 34e1ae55-27f8-4950-8877-7a03be5fb181, ",
        String.join(
            ", ",
            KmsTuples.clientRequest(
                "0x0",
                "KMS01.corp.example:1688",
                cmid,
                t,
                true,
                license,
                Product.SERVER_2019_DATACENTER,
                TupleQuirk.EMPTY_MIN_COUNT)));
    assertEquals(
        8,
        KmsTuples.clientRequest(
                "0x0",
                "h:1688",
                cmid,
                t,
                false,
                license,
                Product.WINDOWS_ENTERPRISE,
                TupleQuirk.DROP_LAST_TWO)
            .size());
  }
}
