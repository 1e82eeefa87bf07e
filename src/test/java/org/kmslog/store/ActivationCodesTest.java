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
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.kms.Hresult;

class ActivationCodesTest {
  private static final Pattern CODE = Pattern.compile("0x[0-9A-F]{8}");

  @TempDir Path dir;

  @Test
  void everyRowHasAWellFormedCodeAndTexts() throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      List<ActivationCode> all = codes.all();
      assertTrue(all.size() >= 28, "codes: " + all.size());
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

  @ParameterizedTest
  @ValueSource(strings = {"0xC004F074", "0x8007274C", "0x800706BA", "0x8007232B"})
  void couldNotReachAHostIsAContactFailure(String code) throws Exception {
    try (ActivationCodes codes = ActivationCodes.load()) {
      assertTrue(codes.find(Hresult.parse(code)).orElseThrow().contactFailure(), code);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0xC004F038", "0xC004F06C", "0x80070005"})
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
