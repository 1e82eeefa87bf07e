package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.StoreUnderTest;

/**
 * A file whose path is longer than the ledger keeps (PostgreSQL indexes no key over ~2,700 bytes)
 * fails on its own with a message that says so; it stopped the whole import with a store error.
 */
class LongPathTest {
  @TempDir Path dir;

  @Test
  void aPathTooLongForTheLedgerFailsAloneAndTheOtherFilesAreImported() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path deep = in;
    // Over 3,000 bytes of names that do not compress: more than a PostgreSQL index takes, so that
    // without the limit the insert of its ledger row fails there (H2's column would take it).
    Random random = new Random(3);
    while (deep.toString().getBytes(StandardCharsets.UTF_8).length <= 3000) {
      StringBuilder name = new StringBuilder("archive");
      for (int i = 0; i < 5; i++) {
        name.append('-').append(new UUID(random.nextLong(), random.nextLong()));
      }
      deep = deep.resolve(name.toString());
    }
    Files.createDirectories(deep);
    Path tooLong = ClientRequestExport.write(deep.resolve("a.xml"), 1, 10);
    ClientRequestExport.write(in.resolve("0-before.xml"), 100, 110);
    ClientRequestExport.write(in.resolve("b-after.xml"), 200, 205);
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("db")), true)) {
      List<FileOutcome> outcomes =
          new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null))
              .importAll(List.of(in), outcome -> {});
      assertEquals(3, outcomes.size());
      for (FileOutcome outcome : outcomes) {
        if (outcome.file().equals(tooLong)) {
          assertEquals(Status.FAILED, outcome.status());
          assertTrue(
              outcome
                  .error()
                  .startsWith(
                      tooLong
                          + ": its path is "
                          + tooLong.toString().getBytes(StandardCharsets.UTF_8).length
                          + " bytes long, longer than the 2000 kmslog keeps in its ledger; it is"
                          + " not read. Move it to a shorter path"),
              outcome.error());
        } else {
          assertEquals(Status.IMPORTED, outcome.status(), outcome.file().toString());
        }
      }
      assertEquals(
          17, queryLong(database.connection(), "SELECT COUNT(*) FROM client_request"), "11 + 6");
    }
  }

  @Test
  void aPathOfTheLimitIsImported() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String base = in.resolve("a.xml").toString();
    int missing = Importer.MAX_PATH_BYTES - base.getBytes(StandardCharsets.UTF_8).length;
    Path folder = in;
    while (missing > 200) {
      folder = folder.resolve("y".repeat(150));
      missing -= 151;
    }
    Path file = folder.resolve("z".repeat(missing) + "a.xml");
    Files.createDirectories(folder);
    ClientRequestExport.write(file, 1, 3);
    assertEquals(Importer.MAX_PATH_BYTES, file.toString().getBytes(StandardCharsets.UTF_8).length);
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve("db")), true)) {
      Importer importer = new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null));
      FileOutcome outcome = importer.importFile(file);
      assertEquals(Status.IMPORTED, outcome.status(), outcome.error());
      assertEquals(Status.UNCHANGED, importer.importFile(file).status());
    }
  }
}
