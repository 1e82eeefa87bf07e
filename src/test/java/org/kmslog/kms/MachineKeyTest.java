package org.kmslog.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MachineKeyTest {
  @ParameterizedTest
  @CsvSource({
    "PC1, pc1",
    "pc1.corp.example, pc1",
    "PC1.CORP.EXAMPLE., pc1",
    "' KMS01.corp.example ', kms01",
    "10.0.0.5, 10.0.0.5",
    "fe80::1, fe80::1",
    "PC-HR01, pc-hr01"
  })
  void namesOfOneMachineShareAKey(String name, String key) {
    assertEquals(key, MachineKey.of(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankHasNoKey(String name) {
    assertNull(MachineKey.of(name));
  }
}
