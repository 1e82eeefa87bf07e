package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PowerShellColumnsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "#TYPE System.Diagnostics.EventLogEntry#Key Management Service/Microsoft-Windows-Security-SPP"
            + "/1073754114 | Key Management Service",
        "#TYPE System.Diagnostics.EventLogEntry#Application/Software Protection Platform Service"
            + "/1073754112 | Application",
        "#TYPE Selected.System.Diagnostics.EventLogEntry#Application/VSS/3221237761 | Application"
      })
  void theTypeLineNamesTheLog(String typeLine, String log) {
    assertEquals(log, PowerShellColumns.logOf(typeLine));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#TYPE System.Diagnostics.EventLogEntry",
        "#TYPE Selected.System.Diagnostics.EventLogEntry",
        "#TYPE System.Diagnostics.EventLogEntry#/VSS/3221237761",
        "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord"
      })
  void orNamesNone(String typeLine) {
    assertNull(PowerShellColumns.logOf(typeLine));
  }

  @Test
  void noTypeLineNamesNoLog() {
    assertNull(PowerShellColumns.logOf(null));
  }
}
