package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {
  /** Every code KMS-REFERENCE.md names; dropping one from sql/reference/error-codes.sql fails. */
  private static final List<String> REFERENCE_CODES =
      List.of(
          "0xC004F074",
          "0xC004F038",
          "0xC004F039",
          "0xC004F041",
          "0xC004F042",
          "0xC004F06C",
          "0xC004F035",
          "0xC004F050",
          "0xC004F015",
          "0xC004C003",
          "0xC004C008",
          "0xC004E015",
          "0x80070005",
          "0x8007232A",
          "0x8007232B",
          "0x8007251D",
          "0x80092328",
          "0x8007007B",
          "0x8007267C",
          "0x800706BA",
          "0x8007274C",
          "0x80072338",
          "0xC0020017",
          "0x8007139F");

  /** The Winsock connection errors clients report, added beyond the reference. */
  private static final List<String> WINSOCK_CODES =
      List.of("0x8007274D", "0x80072751", "0x80072AF9", "0x80072746");

  /** Licensing, key, firmware and timeout codes, added beyond the reference (issue 15.8). */
  private static final List<String> LICENSING_CODES =
      List.of(
          "0xC004F06B",
          "0xC004F056",
          "0xC004F025",
          "0xC004F01F",
          "0xC004F059",
          "0xC004F00F",
          "0xC004F063",
          "0xC004F065",
          "0xC004F066",
          "0xC004F069",
          "0xC004E016",
          "0x80070490",
          "0x8007000D",
          "0x800705B4",
          "0x8004FE33");

  private static final String NO_HOST =
      "0xC004F074: No KMS host could be contacted: the client found no host, or none answered.\n"
          + "  Contact failure: the client could not reach any KMS host, so none answered it.\n"
          + "  Likely causes: No _vlmcs._tcp SRV record for the client's DNS domain, or one naming"
          + " a retired host; the Software Protection service (sppsvc) is stopped on the host;"
          + " TCP 1688 is blocked by the host's firewall or the network; the host's name does not"
          + " resolve. The client's 12288 events of the attempt name the host it tried.\n"
          + "  Fix: On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts,"
          + " then Test-NetConnection host -Port 1688 for the host it should use; on the host"
          + " start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the"
          + " client at a working host with slmgr /skms host:1688; then run slmgr /ato.\n";

  @Test
  void explainsAKnownCode() {
    CliRun run = CliRun.of("explain", "0xC004F074");
    assertEquals(0, run.status(), run.err());
    assertEquals(NO_HOST, run.out());
    assertEquals("", run.err());
  }

  @Test
  void explainsAnInvalidLicenseAsInvalidNotAsMissing() {
    CliRun run = CliRun.of("explain", "0xc004f01f");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "0xC004F01F: The Software Licensing Service determined that the license is"
                    + " invalid.\n  Likely causes: "),
        run.out());
  }

  @Test
  void anAnswerFromAHostHasNoContactFailureLine() {
    CliRun run = CliRun.of("explain", "0xC004F06C");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "0xC004F06C: The KMS host refused the request timestamp: client and host clocks"
                    + " differ by more than 4 hours.\n  Likely causes: "),
        run.out());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0xC004F074",
        "0xc004f074",
        "0XC004F074",
        "C004F074",
        "c004f074",
        "-1073418124",
        "3221549172",
        " 0xC004F074 "
      })
  void everyWayOfWritingACodeFindsIt(String written) {
    CliRun run = CliRun.of("explain", written);
    assertEquals(0, run.status(), run.err());
    assertEquals(NO_HOST, run.out());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0x8007232B", "0x8007232b", "8007232B", "8007232b", "-2147015893", "2147951403"})
  void everyWayOfWritingADnsCodeFindsIt(String written) {
    CliRun run = CliRun.of("explain", written);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("0x8007232B: "), run.out());
  }

  @Test
  void shortHexIsPaddedToEightDigits() {
    CliRun run = CliRun.of("explain", "0x5");
    assertEquals(2, run.status());
    assertEquals(
        "0x00000005: not an activation code kmslog knows; on Windows, 'slui.exe 0x2a"
            + " 0x00000005' shows its text\n",
        run.out());
  }

  @Test
  void unknownCodeSaysHowToDecodeItAndExitsTwo() {
    CliRun run = CliRun.of("explain", "0x12345678");
    assertEquals(2, run.status());
    assertEquals(
        "0x12345678: not an activation code kmslog knows; on Windows, 'slui.exe 0x2a"
            + " 0x12345678' shows its text\n",
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyCodeIsPrintedBeforeAnUnknownOneFailsTheRun() {
    CliRun run = CliRun.of("explain", "0x12345678", "0xC004F074");
    assertEquals(2, run.status());
    assertEquals(
        "0x12345678: not an activation code kmslog knows; on Windows, 'slui.exe 0x2a"
            + " 0x12345678' shows its text\n\n"
            + NO_HOST,
        run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyz", "0x", "0x123456789", "4294967296", "-2147483649", "hr=0x5", ""})
  void textThatIsNoCodeExitsTwo(String text) {
    CliRun run = CliRun.of("explain", text);
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(
        "kmslog: explain: '" + text + "' is not an error code (write it as 0xC004F074)\n",
        run.err());
  }

  @Test
  void garbageBesideACodeStillExplainsTheCode() {
    CliRun run = CliRun.of("explain", "xyz", "0xC004F074");
    assertEquals(2, run.status());
    assertEquals(NO_HOST, run.out());
    assertEquals(
        "kmslog: explain: 'xyz' is not an error code (write it as 0xC004F074)\n", run.err());
  }

  @Test
  void severalCodesAreSeparatedByABlankLine() {
    CliRun run = CliRun.of("explain", "0xC004F074", "0xC004F074");
    assertEquals(0, run.status(), run.err());
    assertEquals(NO_HOST + "\n" + NO_HOST, run.out());
  }

  @Test
  void successIsNotAnError() {
    CliRun run = CliRun.of("explain", "0x0");
    assertEquals(0, run.status(), run.err());
    assertEquals("0x00000000: success, not an error; nothing to fix\n", run.out());
  }

  @Test
  void otherDashedWordsAreStillUnknownOptions() {
    CliRun run = CliRun.of("explain", "-0x5");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog explain: Unrecognized option: -0x5; run 'kmslog explain --help'\n", run.err());
  }

  @Test
  void noCodeIsBadUsage() {
    CliRun run = CliRun.of("explain");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("kmslog: explain: name at least one error code, such as 0xC004F074\n", run.err());
  }

  @Test
  void listWithCodesIsBadUsage() {
    CliRun run = CliRun.of("explain", "--list", "0xC004F074");
    assertEquals(2, run.status());
    assertEquals("kmslog: explain: give either codes or --list, not both\n", run.err());
  }

  @Test
  void listHoldsEveryReferenceCodeOncePerLineInCodeOrder() {
    CliRun run = CliRun.of("explain", "--list");
    assertEquals(0, run.status(), run.err());
    List<String> codes =
        Arrays.stream(run.out().split("\n")).map(line -> line.substring(0, 10)).toList();
    assertTrue(codes.containsAll(REFERENCE_CODES), run.out());
    assertTrue(codes.containsAll(WINSOCK_CODES), run.out());
    assertTrue(codes.containsAll(LICENSING_CODES), run.out());
    assertEquals(codes.stream().sorted().distinct().toList(), codes);
    assertTrue(
        run.out().contains("\n0xC004F038  The KMS host answered, but its count of recent clients"),
        run.out());
  }

  @Test
  void everyReferenceCodeIsExplained() {
    String[] args =
        Stream.of(List.of("explain"), REFERENCE_CODES, WINSOCK_CODES, LICENSING_CODES)
            .flatMap(List::stream)
            .toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    assertEquals(args.length - 1, run.out().split("\n  Fix: ").length - 1, run.out());
  }

  @Test
  void explainNeedsNoDatabase() {
    CliRun run = CliRun.of("explain", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: kmslog explain [OPTIONS] CODE...\n"), run.out());
    assertTrue(run.out().contains("--list"), run.out());
    assertFalse(run.out().contains("--db"), run.out());
  }

  @Test
  void helpListsExplain() {
    CliRun run = CliRun.of("--help");
    assertTrue(run.out().contains("\n  explain    explain activation error codes"), run.out());
  }
}
