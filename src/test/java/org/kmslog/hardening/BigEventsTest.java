package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.KmslogProcess;

/**
 * Valid exports of big events, each imported by a kmslog in a JVM with the 64 MB heap the README
 * promises: the reading holds a bounded number of bytes of events, not of events.
 */
class BigEventsTest {
  @TempDir Path dir;

  private KmslogProcess importIn64Mb(Path file) {
    return KmslogProcess.start(
        dir,
        List.of("-Xmx64m"),
        "import",
        "--db",
        dir.resolve("kmslog").toString(),
        file.toString());
  }

  @Test
  void anApplicationLogOfLongMessagesImports() throws Exception {
    Path file = BigEventFiles.xmlLog(dir.resolve("PC1_Application.xml"), 4000, 30_000);
    KmslogProcess run = importIn64Mb(file);
    assertEquals(0, run.waitFor(), run.err());
    assertTrue(
        run.out().startsWith(file + ": 4000 events, 40 stored, 0 duplicates, 3960 not KMS,"),
        run.out());
  }

  @Test
  void anXmlExportOfMessagesNearTheValueLimitImports() throws Exception {
    Path file = BigEventFiles.xmlLog(dir.resolve("PC1_Application.xml"), 60, 900_000);
    KmslogProcess run = importIn64Mb(file);
    assertEquals(0, run.waitFor(), run.err());
    assertTrue(
        run.out().startsWith(file + ": 60 events, 1 stored, 0 duplicates, 59 not KMS,"), run.out());
  }

  @Test
  void anEventViewerCsvOfMessagesNearTheRecordLimitImports() throws Exception {
    Path file = BigEventFiles.eventViewerCsv(dir.resolve("PC1_Application.csv"), 60, 900_000);
    KmslogProcess run = importIn64Mb(file);
    assertEquals(0, run.waitFor(), run.err());
    assertTrue(
        run.out().startsWith(file + ": 60 events, 0 stored, 0 duplicates, 60 not KMS,"), run.out());
  }

  @Test
  void anEventWithMillionsOfDataElementsIsRefusedAndTheNextImports() throws Exception {
    Path file = BigEventFiles.manyData(dir.resolve("PC1_Application.xml"), 5_000_000);
    KmslogProcess run = importIn64Mb(file);
    int status = run.waitFor();
    assertEquals(
        "kmslog: warning: "
            + file
            + " (line 1, column 1): event 1000 has more than 10000 <Data> elements, more than any"
            + " event holds (the file is damaged or hostile): refused\n",
        run.err());
    assertEquals(0, status, run.err());
    assertTrue(
        run.out().startsWith(file + ": 2 events, 1 stored, 0 duplicates, 0 not KMS, 1 rejected"),
        run.out());
    assertTrue(Files.size(file) > 50_000_000);
  }
}
