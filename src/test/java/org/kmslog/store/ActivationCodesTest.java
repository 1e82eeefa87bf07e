package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.kms.Hresult;

class ActivationCodesTest {
  private static final Pattern CODE = Pattern.compile("0x[0-9A-F]{8}");

  @TempDir Path dir;

  @Test
  void everyRowHasAWellFormedCodeAndTexts() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      List<ActivationCode> all = codes.all();
      assertTrue(all.size() >= 43, "codes: " + all.size());
      for (ActivationCode code : all) {
        assertTrue(CODE.matcher(code.code()).matches(), code.code());
        for (String text : List.of(code.meaning(), code.causes(), code.fix())) {
          assertFalse(text.isBlank(), code.code());
          assertFalse(text.contains("\n"), code.code() + ": " + text);
          assertEquals(text.strip(), text, code.code());
          assertTrue(text.endsWith("."), code.code() + ": " + text);
        }
      }
    }
  }

  @Test
  void codesAreListedInCodeOrder() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      List<Long> values =
          codes.all().stream().map(c -> Long.parseLong(c.code().substring(2), 16)).toList();
      assertEquals(values.stream().sorted().toList(), values);
    }
  }

  @Test
  void successIsNotAnErrorCode() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertTrue(codes.find(Hresult.OK).isEmpty());
    }
  }

  @Test
  void findsACodeWithAllItsTexts() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      ActivationCode code = codes.find(Hresult.parse("0xc004f06c")).orElseThrow();
      assertEquals("0xC004F06C", code.code());
      assertEquals(
          "The KMS host refused the request timestamp: client and host clocks differ by more than"
              + " 4 hours.",
          code.meaning());
      assertTrue(code.fix().contains("w32tm /resync"), code.fix());
    }
  }

  @Test
  void unknownCodeIsEmpty() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertTrue(codes.find(Hresult.parse("0x12345678")).isEmpty());
    }
  }

  /**
   * The codes added beyond KMS-REFERENCE.md, with the meaning their sources give (slerror.h's
   * message texts, Microsoft's activation troubleshooting page and KB articles; see the comments in
   * error-codes.sql): a code whose meaning drifts from its source fails here.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "0xC004F06B|The Software Licensing Service found that it runs in a virtual machine, where"
            + " this product does not support the Key Management Service (KMS).",
        "0xC004F056|The product could not be activated using the Key Management Service (KMS).",
        "0xC004F025|The action requires administrator privileges.",
        "0xC004F01F|The Software Licensing Service determined that the license is invalid.",
        "0xC004F059|The Software Licensing Service reported that a license in the computer's BIOS"
            + " is invalid.",
        "0xC004F00F|The hardware ID binding is beyond the level of tolerance: the hardware changed"
            + " too much since the activation.",
        "0xC004F063|The computer is missing a required OEM license: Windows cannot read the license"
            + " table (SLIC) in its BIOS.",
        "0xC004F065|The application is running within the valid non-genuine grace period.",
        "0xC004F066|The Software Licensing Service reported that the genuine information property"
            + " cannot be set before the property it depends on is set.",
        "0xC004F069|The Software Licensing Service reported that the product SKU was not found.",
        "0xC004E016|The Software Licensing Service reported that the product key is invalid.",
        "0x80070490|Element not found; when a key is installed, Windows reports that the product key"
            + " did not work.",
        "0x8007000D|The data is invalid.",
        "0x800705B4|The operation timed out: no answer came back in time.",
        "0x8004FE33|Activation or validation over the Internet failed: Microsoft's activation"
            + " servers could not be reached through the proxy."
      })
  void anAddedCodeHasTheMeaningItsSourceGives(String code, String meaning) throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertEquals(meaning, codes.find(Hresult.parse(code)).orElseThrow().meaning(), code);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0xC004F074", "0x8007274C", "0x800706BA", "0x8007232B", "0x800705B4"})
  void couldNotReachAHostIsAContactFailure(String code) throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertTrue(codes.find(Hresult.parse(code)).orElseThrow().contactFailure(), code);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0xC004F038",
        "0xC004F06C",
        "0x80070005",
        "0xC004F056",
        "0xC004F06B",
        "0x8004FE33"
      })
  void anAnswerFromAHostIsNoContactFailure(String code) throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertFalse(codes.find(Hresult.parse(code)).orElseThrow().contactFailure(), code);
    }
  }

  @Test
  void theScriptsReloadTheTableInAnyDatabase() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("reference").toAbsolutePath();
    List<String> table = SqlScript.load("reference/error-code-table.sql").statements();
    List<String> rows = SqlScript.load("reference/error-codes.sql").statements();
    assertEquals(1, table.size());
    assertEquals("DELETE FROM error_code", rows.get(0));
    for (String insert : rows.subList(1, rows.size())) {
      assertTrue(insert.startsWith("INSERT INTO error_code ("), insert);
    }
    try (Connection connection = DriverManager.getConnection(url, Database.USER, "");
        Statement statement = connection.createStatement()) {
      for (int load = 0; load < 2; load++) {
        for (String sql : table) {
          statement.execute(sql);
        }
        for (String sql : rows) {
          statement.execute(sql);
        }
      }
      try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM error_code")) {
        count.next();
        assertEquals(rows.size() - 1, count.getInt(1));
      }
    }
  }
}
