package org.kmslog.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.ingest.RawEvent;

class KmsDecoderTest {
  private static final String SPP = "Microsoft-Windows-Security-SPP";
  private static final Instant AT = Instant.parse("2026-10-01T08:15:02Z");
  private static final String CMID = "6c1a3b0e-2d4f-4c7e-9a51-0f3e2b7d9c11";
  private static final String WIN_ENT = "73111121-5638-40f6-bc11-f1d7b0d64300";
  private static final String HOST_TUPLE =
      "0x0,25,PC1.corp.example," + CMID + ",2026/10/1 8:15,0,1,250123," + WIN_ENT;
  private static final String HOST_MESSAGE =
      "An activation request has been processed.\r\nInfo:\r\n" + HOST_TUPLE;

  private static RawEvent event(int id, List<String> data, String message) {
    return event(SPP, id, data, message);
  }

  private static RawEvent event(String provider, int id, List<String> data, String message) {
    String channel = id == 12290 ? "Key Management Service" : "Application";
    return new RawEvent(
        provider, id, AT, "KMS01.corp.example", channel, 4711L, data, message, "line 1");
  }

  static Stream<Arguments> hostRequestShapes() {
    List<String> fields = List.of(HOST_TUPLE.split(","));
    List<String> leading = new java.util.ArrayList<>(fields);
    leading.add(0, "");
    List<String> leadingText = new java.util.ArrayList<>(fields);
    leadingText.add(0, "KMS");
    return Stream.of(
        Arguments.of("one joined Data", List.of(HOST_TUPLE), null),
        Arguments.of("nine Data", fields, null),
        Arguments.of("ten Data, leading empty", leading, null),
        Arguments.of("ten Data, leading text", leadingText, null),
        Arguments.of("message only", List.of(), HOST_MESSAGE),
        Arguments.of(
            "message with translated label",
            List.of(),
            "Eine Aktivierungsanforderung wurde verarbeitet.\r\nInformationen:\r\n" + HOST_TUPLE),
        Arguments.of("message with tuple on the label's line", List.of(), "Info: " + HOST_TUPLE),
        Arguments.of(
            "spaces around fields",
            List.of(
                " 0x0 , 25 , PC1.corp.example , "
                    + CMID
                    + " , 2026/10/1 8:15 , 0, 1, 250123, "
                    + WIN_ENT
                    + " "),
            null),
        Arguments.of("unrelated data, tuple in message", List.of("something else"), HOST_MESSAGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostRequestShapes")
  void decodesHostRequestFromEveryShape(String shape, List<String> data, String message)
      throws DecodeException {
    HostRequest r = (HostRequest) KmsDecoder.decode(event(12290, data, message)).orElseThrow();
    assertEquals(Hresult.OK, r.hresult());
    assertEquals(25, r.minCount());
    assertEquals("PC1.corp.example", r.clientName());
    assertEquals(UUID.fromString(CMID), r.cmid());
    assertEquals(LocalDateTime.of(2026, 10, 1, 8, 15), r.clientTime());
    assertEquals(0, r.vm());
    assertEquals(1, r.licenseState());
    assertEquals(250123L, r.minutesToExpiry());
    assertEquals(UUID.fromString(WIN_ENT), r.activationId());
    assertEquals(HOST_TUPLE, r.info());
    assertEquals("KMS01.corp.example", r.header().computer());
    assertEquals(4711L, r.header().recordId());
  }

  @Test
  void decodesClientRequestAndNormalises() throws DecodeException {
    String tuple =
        "0xc004f074, 0x0, KMS01.corp.example:1688, 6C1A3B0E-2D4F-4C7E-9A51-0F3E2B7D9C11,"
            + " 2026/10/01 08:15, 1, 5, 43200, {"
            + WIN_ENT
            + "}, 25";
    ClientRequest r =
        (ClientRequest) KmsDecoder.decode(event(12288, List.of(tuple), null)).orElseThrow();
    assertEquals("0xC004F074", r.hresult().toString());
    assertFalse(r.hresult().isSuccess());
    assertEquals(0L, r.statusFlags());
    assertEquals("KMS01.corp.example", r.kmsHost());
    assertEquals(1688, r.kmsPort());
    assertEquals(CMID, r.cmid().toString());
    assertEquals(LocalDateTime.of(2026, 10, 1, 8, 15), r.clientTime());
    assertEquals(1, r.vm());
    assertEquals(5, r.licenseState());
    assertEquals(43200L, r.minutesToExpiry());
    assertEquals(UUID.fromString(WIN_ENT), r.activationId());
    assertEquals(25, r.minCount());
  }

  @Test
  void clientRequestToleratesMissingAndEmptyTrailingFields() throws DecodeException {
    ClientRequest empty =
        (ClientRequest)
            KmsDecoder.decode(
                    event(
                        12288,
                        List.of(
                            "0x0, 0x0, kms:1688, "
                                + CMID
                                + ", 2026/10/01 08:15, 0, 1, 1, "
                                + "34e1ae55-27f8-4950-8877-7a03be5fb181, "),
                        null))
                .orElseThrow();
    assertNull(empty.minCount());
    assertEquals("34e1ae55-27f8-4950-8877-7a03be5fb181", empty.activationId().toString());

    ClientRequest short_ =
        (ClientRequest)
            KmsDecoder.decode(event(12288, List.of("0xC004F074, 0x0, , " + CMID), null))
                .orElseThrow();
    assertNull(short_.kmsHost());
    assertNull(short_.kmsPort());
    assertNull(short_.clientTime());
    assertNull(short_.activationId());
  }

  @Test
  void clientRequestWithHostWithoutPortOrIpv6() throws DecodeException {
    ClientRequest plain =
        (ClientRequest)
            KmsDecoder.decode(event(12288, List.of("0x0, 0x0, kms01, " + CMID), null))
                .orElseThrow();
    assertEquals("kms01", plain.kmsHost());
    assertNull(plain.kmsPort());
    ClientRequest v6 =
        (ClientRequest)
            KmsDecoder.decode(event(12288, List.of("0x0, 0x0, [fe80::1]:1688, " + CMID), null))
                .orElseThrow();
    assertEquals("fe80::1", v6.kmsHost());
    assertEquals(1688, v6.kmsPort());
  }

  @Test
  void decodesClientResponse() throws DecodeException {
    ClientResponse r =
        (ClientResponse)
            KmsDecoder.decode(
                    event(
                        12289,
                        List.of("0xC004F038, 0x4000000, 0, 0, 7, 120, 10080, 2026/10/01 08:15"),
                        null))
                .orElseThrow();
    assertEquals("0xC004F038", r.hresult().toString());
    assertEquals(0x04000000L, r.statusFlags());
    assertFalse(r.activated());
    assertEquals(7, r.hostCount());
    assertEquals(120, r.activationInterval());
    assertEquals(10080, r.renewalInterval());
    assertEquals(LocalDateTime.of(2026, 10, 1, 8, 15), r.clientTime());
  }

  @Test
  void decodesDnsFailureFromDataInEitherOrder() throws DecodeException {
    DnsPublish a =
        (DnsPublish)
            KmsDecoder.decode(event(12293, List.of("0x80070005", "corp.example"), null))
                .orElseThrow();
    DnsPublish b =
        (DnsPublish)
            KmsDecoder.decode(event(12293, List.of("corp.example", "0x80070005"), null))
                .orElseThrow();
    for (DnsPublish d : List.of(a, b)) {
      assertFalse(d.succeeded());
      assertEquals("0x80070005", d.hresult().toString());
      assertEquals("corp.example", d.domain());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Publishing the Key Management Service (KMS) to DNS in the 'corp.example' domain failed."
            + "\r\nInfo:\r\n0x80070005",
        "Die Veröffentlichung des Schlüsselverwaltungsdiensts im DNS in der Domäne „corp.example“"
            + " ist fehlgeschlagen.\r\nInfo:\r\n0x80070005",
        "Failed to publish to corp.example (0x80070005)"
      })
  void decodesDnsFailureFromMessage(String message) throws DecodeException {
    DnsPublish d = (DnsPublish) KmsDecoder.decode(event(12293, List.of(), message)).orElseThrow();
    assertEquals("0x80070005", d.hresult().toString());
    assertEquals("corp.example", d.domain());
  }

  @Test
  void decodesDnsSuccess() throws DecodeException {
    DnsPublish fromData =
        (DnsPublish) KmsDecoder.decode(event(12294, List.of("corp.example"), null)).orElseThrow();
    DnsPublish fromMessage =
        (DnsPublish)
            KmsDecoder.decode(
                    event(
                        12294,
                        List.of(),
                        "Publishing the Key Management Service (KMS) to DNS in the 'branch.corp.example'"
                            + " domain is successful."))
                .orElseThrow();
    assertTrue(fromData.succeeded());
    assertNull(fromData.hresult());
    assertEquals("corp.example", fromData.domain());
    assertEquals("branch.corp.example", fromMessage.domain());
  }

  @ParameterizedTest
  @ValueSource(strings = {"VSS", "Microsoft-Windows-Eventlog", "Service Control Manager"})
  void otherProvidersWithKmsIdsAreNotKms(String provider) throws DecodeException {
    RawEvent vss = event(provider, 12289, List.of("0x80042302", "A VSS component failed."), null);
    assertTrue(KmsDecoder.decode(vss).isEmpty());
    assertTrue(KmsDecoder.decode(event(provider, 12293, List.of("x"), null)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Microsoft-Windows-Security-SPP",
        "Security-SPP",
        "Software Protection Platform Service",
        "Microsoft-Windows-Security-Licensing-SLC",
        "KmsRequests",
        "Office Software Protection Platform Service",
        "microsoft-windows-security-spp"
      })
  void everyKmsProviderIsAccepted(String provider) throws DecodeException {
    assertTrue(KmsDecoder.decode(event(provider, 12290, List.of(HOST_TUPLE), null)).isPresent());
  }

  @Test
  void otherEventIdsAreNotKms() throws DecodeException {
    assertTrue(KmsDecoder.decode(event(16384, List.of("x"), null)).isEmpty());
    assertTrue(KmsDecoder.decode(event(1003, List.of(), null)).isEmpty());
  }

  @Test
  void withoutProviderTheShapeDecides() throws DecodeException {
    assertTrue(KmsDecoder.decode(event(null, 12290, List.of(), HOST_MESSAGE)).isPresent());
    assertTrue(
        KmsDecoder.decode(event(null, 12289, List.of(), "Volume Shadow Copy Service error"))
            .isEmpty());
  }

  @Test
  void channelDefaultsToWhereKmsLogsTheEvent() throws DecodeException {
    RawEvent noChannel =
        new RawEvent(SPP, 12290, AT, "KMS01", null, 1L, List.of(HOST_TUPLE), null, "line 1");
    assertEquals(
        "Key Management Service", KmsDecoder.decode(noChannel).orElseThrow().header().channel());
  }

  @Test
  void badFieldIsNamedExactly() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> KmsDecoder.decode(event(12290, List.of("0x0,25,PC4,6c1a3b0e-2d4f-4c7e"), null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 4 (CMID) is '6c1a3b0e-2d4f-4c7e',"
            + " expected a GUID",
        e.getMessage());
  }

  @Test
  void missingRequiredFieldIsNamed() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> KmsDecoder.decode(event(12290, List.of("0x0,25,PC4"), null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 4 (CMID) is missing", e.getMessage());
  }

  @Test
  void anOddOptionalFieldIsLeftOutAndNamed() throws DecodeException {
    // The 2012 Office 12289, its client time written as the Volume Activation 2.0 guide shows it.
    List<OddField> odd = new ArrayList<>();
    ClientResponse r =
        (ClientResponse)
            KmsDecoder.decode(
                    event(
                        12289,
                        List.of("0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 1/14/2006 2:30"),
                        null),
                    odd::add)
                .orElseThrow();
    assertNull(r.clientTime());
    assertEquals(10, r.hostCount());
    assertEquals(Boolean.TRUE, r.activated());
    assertEquals(
        "0x00000000,0x00000000,1,0,10,120,10080,1/14/2006 2:30", r.info(), "kept as logged");
    assertEquals(
        List.of(
            new OddField(
                12289, "client time", "1/14/2006 2:30", "a time such as 2026/10/01 08:15")),
        odd);
  }

  @Test
  void impossibleClientTimeIsLeftOut() throws DecodeException {
    List<OddField> odd = new ArrayList<>();
    HostRequest r =
        (HostRequest)
            KmsDecoder.decode(
                    event(12290, List.of("0x0,25,PC4," + CMID + ",2026/13/45 8:15"), null),
                    odd::add)
                .orElseThrow();
    assertNull(r.clientTime());
    assertEquals("PC4", r.clientName());
    assertEquals(List.of("2026/13/45 8:15"), odd.stream().map(OddField::value).toList());
  }

  @Test
  void twoOddOptionalFieldsAreLeftOutAndAThirdRejectsTheEvent() throws DecodeException {
    List<OddField> odd = new ArrayList<>();
    HostRequest two =
        (HostRequest)
            KmsDecoder.decode(
                    event(12290, List.of("0x0,twenty-five,PC4," + CMID + ",9/29/2010 21:46"), null),
                    odd::add)
                .orElseThrow();
    assertNull(two.minCount());
    assertNull(two.clientTime());
    assertEquals(
        List.of("minimum count", "client time"), odd.stream().map(OddField::field).toList());
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(
                    event(
                        12290,
                        List.of("0x0,twenty-five,PC4," + CMID + ",9/29/2010 21:46,no"),
                        null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 2 (minimum count) is 'twenty-five',"
            + " expected a whole number",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddFieldsEventsCannotDoWithout")
  void anOddFieldTheEventCannotDoWithoutRejectsIt(int id, String tuple, String message) {
    DecodeException e =
        assertThrows(
            DecodeException.class, () -> KmsDecoder.decode(event(id, List.of(tuple), null)));
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> oddFieldsEventsCannotDoWithout() {
    String inData = ": Info tuple in the event data: ";
    return Stream.of(
        Arguments.of(
            12288,
            "0xC004F06C, 0x00000000, kms 01:1688, " + CMID + ", 2010/09/29 17:52",
            "event 12288"
                + inData
                + "field 3 (KMS host) is 'kms 01:1688', expected a host name with an optional :port"),
        Arguments.of(
            12288,
            "0xC004F06C, 0x00000000, kms01:1688, 36f27b39, 2010/09/29 17:52",
            "event 12288" + inData + "field 4 (CMID) is '36f27b39', expected a GUID"),
        Arguments.of(
            12288,
            "0xC004F06C, 0x00000000, kms01:1688, " + CMID + ", 2010/09/29 17:52, 0, 2, 41760, SKU",
            "event 12288" + inData + "field 9 (activation ID) is 'SKU', expected a GUID"),
        Arguments.of(
            12289,
            "0x00000000, 0x00000000, yes, 0, 10, 120, 10080, 2012/12/04 07:06",
            "event 12289" + inData + "field 3 (activated) is 'yes', expected 0 or 1"),
        Arguments.of(
            12289,
            "OK, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06",
            "event 12289"
                + inData
                + "field 1 (HRESULT) is 'OK', expected an HRESULT such as 0x0 or 0xC004F074"),
        Arguments.of(
            12290,
            "0x0,25,PC 4," + CMID,
            "event 12290"
                + inData
                + "field 3 (client name) is 'PC 4', expected a computer name, which has no spaces"
                + " or commas"));
  }

  /** A real 12290's ten Data: an empty first one, then the nine fields, the name in the fourth. */
  private static List<String> tenData(String clientName) {
    return List.of(
        "", "0x0", "25", clientName, CMID, "2026/10/1 8:15", "0", "1", "250123", WIN_ENT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PC 4", "PC4 .corp.example"})
  void aClientNameWithASpaceInTenDataIsNamedNotTheEmptyFirstData(String name) {
    DecodeException e =
        assertThrows(
            DecodeException.class, () -> KmsDecoder.decode(event(12290, tenData(name), null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 3 (client name) is '"
            + name
            + "', expected a computer name, which has no spaces or commas",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clientNamesWithAComma")
  void aClientNameWithACommaIsNamedNotTheFieldItShifts(String shape, List<String> data) {
    DecodeException e =
        assertThrows(DecodeException.class, () -> KmsDecoder.decode(event(12290, data, null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 3 (client name) is 'PC,4', expected a"
            + " computer name, which has no spaces or commas",
        e.getMessage());
  }

  static Stream<Arguments> clientNamesWithAComma() {
    String joined = "0x0,25,PC,4," + CMID + ",2026/10/1 8:15,0,1,250123," + WIN_ENT;
    List<String> joinedFirst = new ArrayList<>(tenData("PC,4"));
    joinedFirst.set(0, joined);
    return Stream.of(
        Arguments.of("ten Data, leading empty", tenData("PC,4")),
        Arguments.of("ten Data, leading joined tuple", joinedFirst),
        Arguments.of("one joined Data", List.of(joined)));
  }

  @Test
  void aClientNameWithACommaInTheMessageIsNamed() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(
                    event(
                        12290,
                        List.of(),
                        HOST_MESSAGE.replace("PC1.corp.example", "PC,1.corp.example"))));
    assertEquals(
        "event 12290: Info tuple in the message: field 3 (client name) is 'PC,1.corp.example',"
            + " expected a computer name, which has no spaces or commas",
        e.getMessage());
  }

  @Test
  void aTupleShiftedByAnExtraValueElsewhereIsNotBlamedOnTheName() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(
                    event(
                        12290,
                        List.of(
                            "0x0,25,PC4," + CMID + ",extra,2026/10/1 8:15,0,1,250123," + WIN_ENT),
                        null)));
    assertEquals(
        "event 12290: Info tuple in the event data: field 5 (client time) is 'extra', expected a"
            + " time such as 2026/10/01 08:15",
        e.getMessage());
  }

  @Test
  void afterAnEmptyLeadingValueAnOddFieldIsLeftOutToo() throws DecodeException {
    List<String> data =
        new ArrayList<>(List.of(HOST_TUPLE.replace("2026/10/1 8:15", "x").split(",")));
    data.add(0, "");
    HostRequest r = (HostRequest) KmsDecoder.decode(event(12290, data, null)).orElseThrow();
    assertNull(r.clientTime());
    assertEquals("PC1.corp.example", r.clientName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clientTimesInMessages")
  void findsTheClientTimeInAMessage(String provider, int id, String message, String time) {
    assertEquals(
        time == null ? null : LocalDateTime.parse(time),
        KmsDecoder.clientTimeIn(provider, id, message));
  }

  static Stream<Arguments> clientTimesInMessages() {
    String request =
        "The client has sent an activation request to the key management service machine.\r\n"
            + "Info:\r\n0xC004F06C, 0x00000000, kms01:1688, 36f27b39-2fd5-440b-be67-a09996d27a38,"
            + " 2010/09/29 17:52, 0, 2, 41760, 68531fb9-5511-4989-97be-d11a0f55633f, 5";
    String response =
        "The client has processed an activation response from the key management service"
            + " machine.\r\nInfo:\r\n0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06";
    return Stream.of(
        Arguments.of(SPP, 12288, request, "2010-09-29T17:52"),
        Arguments.of(
            "Office Software Protection Platform Service", 12289, response, "2012-12-04T07:06"),
        Arguments.of("Security-SPP", 12290, HOST_MESSAGE, "2026-10-01T08:15"),
        Arguments.of(null, 12290, HOST_MESSAGE, "2026-10-01T08:15"),
        Arguments.of("VSS", 12289, response, null),
        Arguments.of(
            SPP, 12294, "Publishing ... in the 'corp.example' domain is successful.", null),
        Arguments.of(SPP, 12289, response.replace("2012/12/04 07:06", "1/14/2006 2:30"), null),
        Arguments.of(SPP, 12290, "An activation request has been processed.", null),
        Arguments.of(SPP, 12290, null, null));
  }

  @Test
  void withoutProviderAnOddFieldMakesItNotKms() throws DecodeException {
    // Only the shape tells SPP from VSS here, so it must fit whole.
    assertTrue(
        KmsDecoder.decode(
                event(
                    null,
                    12289,
                    List.of("0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 1/14/2006 2:30"),
                    null),
                odd -> {
                  throw new AssertionError("nothing is left out: " + odd);
                })
            .isEmpty());
    assertTrue(
        KmsDecoder.decode(
                event(
                    null,
                    12289,
                    List.of(),
                    "Volume Shadow Copy Service error: Unexpected error DeviceIoControl(...)."
                        + "  hr = 0x80070001, Incorrect function."))
            .isEmpty());
  }

  @Test
  void kmsEventWithoutTupleIsRejected() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> KmsDecoder.decode(event(12288, List.of(), "The client has sent a request.")));
    assertEquals("event 12288 has no Info tuple in its data or its message", e.getMessage());
  }

  @Test
  void dnsFailureWithoutCodeIsRejected() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> KmsDecoder.decode(event(12293, List.of("corp.example"), null)));
    assertEquals(
        "event 12293 (DNS publishing failed) has no HRESULT in its data or its message",
        e.getMessage());
  }

  @Test
  void overlongNamesAreRejected() {
    String longName = "a".repeat(256);
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(
                    new RawEvent(
                        SPP, 12290, AT, longName, null, 1L, List.of(HOST_TUPLE), null, "line 1")));
    assertEquals("computer name is 256 characters long; at most 255", e.getMessage());
    DecodeException client =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(event(12290, List.of("0x0,25," + longName + "," + CMID), null)));
    assertTrue(client.getMessage().contains("field 3 (client name)"), client.getMessage());
  }

  private static RawEvent hostRequestAt(String provider, String time) {
    return new RawEvent(
        provider,
        12290,
        Instant.parse(time),
        "KMS01.corp.example",
        "Key Management Service",
        4711L,
        List.of(HOST_TUPLE),
        null,
        "line 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1601-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z"})
  void eventsDatedOutside2000To2099AreRejected(String time) {
    for (String provider : new String[] {SPP, null}) {
      RawEvent event = hostRequestAt(provider, time);
      DecodeException e = assertThrows(DecodeException.class, () -> KmsDecoder.decode(event));
      assertEquals(
          "event 12290 is dated "
              + Instant.parse(time)
              + ", outside 2000-2099: the clock of the computer that logged it, or the export, is"
              + " wrong",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2000-01-01T00:00:00Z", "2099-12-31T23:59:59.9999999Z"})
  void eventsDatedAtTheEdgesOf2000To2099AreKept(String time) throws DecodeException {
    RawEvent event = hostRequestAt(SPP, time);
    assertEquals(Instant.parse(time), KmsDecoder.decode(event).orElseThrow().header().time());
  }

  @Test
  void eventWithoutComputerAsksForIt() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                KmsDecoder.decode(
                    new RawEvent(SPP, 12290, AT, null, null, null, List.of(HOST_TUPLE), null, "")));
    assertEquals("event 12290 does not name its computer; give it with --computer", e.getMessage());
  }
}
