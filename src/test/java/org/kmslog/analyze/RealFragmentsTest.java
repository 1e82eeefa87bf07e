package org.kmslog.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;

/** Events built from real ones quoted in public sources (src/test/resources/real/README.md). */
class RealFragmentsTest {
  @TempDir Path dir;

  @Test
  void kb974998sPairIsClockSkewAndNotUnreached() throws Exception {
    Path in =
        Fixtures.copy(
            dir.resolve("in"),
            "real",
            "kb974998-client_Application.xml",
            "kb974998-host_Key-Management-Service.xml");
    try (Database database = Database.open(StoreUnderTest.location(dir), true)) {
      List<FileOutcome> outcomes =
          new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null))
              .importAll(List.of(in), o -> {});
      for (FileOutcome outcome : outcomes) {
        assertEquals(FileOutcome.Status.IMPORTED, outcome.status(), outcome.toString());
        assertEquals(1, outcome.counts().stored(), outcome.toString());
      }
      AnalysisRun run =
          new Analyzer(database).run(Instant.parse("2010-09-30T00:00:00Z"), List.of());
      assertEquals(List.of(), Estate.of(run, "UNREACHED_HOST"));
      List<Finding> skew = Estate.of(run, "CLOCK_SKEW");
      assertEquals(1, skew.size(), run.findings().toString());
      assertEquals("client.contoso.com", skew.get(0).client());
      assertEquals("kms.contoso.com", skew.get(0).host());
      assertEquals("0xC004F06C", skew.get(0).code());
    }
  }
}
