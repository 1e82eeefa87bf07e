package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.ImportCounts;
import org.kmslog.testing.Fixtures;

/**
 * Damages every sample file at random (seeded: truncations, byte flips, deleted ranges) and imports
 * each copy: kmslog either imports it completely or stores nothing of it, reports only its own
 * errors, and the database stays consistent.
 */
class MutationTest {
  /** Fixed, so a failure repeats; -Dmutation.seed and -Dmutation.count explore further by hand. */
  private static final long SEED = Long.getLong("mutation.seed", 20261125L);

  private static final int MUTANTS_PER_FILE = Integer.getInteger("mutation.count", 12);

  @TempDir Path dir;

  @Test
  void everyMutantIsImportedWholeOrNotAtAll() throws Exception {
    Random random = new Random(SEED);
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    }
    int imported = 0;
    int failed = 0;
    for (Path sample : samples) {
      byte[] original = Files.readAllBytes(sample);
      Path folder = dir.resolve(sample.getFileName().toString().replace('.', '-'));
      Files.createDirectories(folder);
      try (Database database = Database.open(folder.resolve("db").toString(), true)) {
        Importer importer =
            new Importer(database, new ReadSettings(ZoneId.of("Europe/Berlin"), null, null));
        for (int i = 0; i < MUTANTS_PER_FILE; i++) {
          Path mutant = folder.resolve(i + "-" + sample.getFileName());
          Files.write(mutant, mutate(original, random, i % 3));
          long before = Fixtures.storedEvents(database.connection());
          FileOutcome outcome = importer.importFile(mutant);
          check(outcome, before, database.connection());
          if (outcome.status() == Status.IMPORTED) {
            imported++;
          } else if (outcome.status() == Status.FAILED) {
            failed++;
          }
        }
        checkConsistent(database.connection());
      }
    }
    assertTrue(imported > 10, "some damage leaves a readable file: " + imported);
    assertTrue(failed > 10, "some damage makes a file unreadable: " + failed);
  }

  /** Truncates (kind 0), flips bytes (1) or deletes a range (2). */
  private static byte[] mutate(byte[] original, Random random, int kind) {
    switch (kind) {
      case 0:
        return Arrays.copyOf(original, random.nextInt(original.length));
      case 1:
        byte[] flipped = original.clone();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      default:
        int from = random.nextInt(original.length);
        int to = Math.min(original.length, from + 1 + random.nextInt(2000));
        byte[] shorter = new byte[original.length - (to - from)];
        System.arraycopy(original, 0, shorter, 0, from);
        System.arraycopy(original, to, shorter, from, original.length - to);
        return shorter;
    }
  }

  private static void check(FileOutcome outcome, long before, Connection db) throws Exception {
    long after = Fixtures.storedEvents(db);
    String name = outcome.file().toString();
    switch (outcome.status()) {
      case FAILED -> {
        assertEquals(before, after, name + " failed but stored events: " + outcome.error());
        assertTrue(outcome.error().startsWith(name), outcome.error());
        assertFalse(outcome.error().contains("internal error"), outcome.error());
        assertEquals(
            0,
            Fixtures.queryLong(
                db,
                "SELECT COUNT(*) FROM import_file WHERE path = ? AND status = 'imported'",
                name));
      }
      case IMPORTED -> {
        ImportCounts c = outcome.counts();
        assertEquals(c.eventsRead(), c.kmsEvents() + c.skipped() + c.rejected(), name);
        assertEquals(c.kmsEvents(), c.stored() + c.duplicates(), name);
        assertEquals(before + c.stored(), after, name + " stored a part of its events");
        assertEquals(
            c.stored(),
            Fixtures.queryLong(
                db,
                "SELECT SUM(stored) FROM import_file WHERE path = ? AND status = 'imported'",
                name));
        for (String problem : outcome.problems()) {
          assertTrue(problem.startsWith(name), problem);
        }
      }
      case UNCHANGED -> assertEquals(before, after);
    }
  }

  private static void checkConsistent(Connection db) throws Exception {
    for (String table :
        List.of("client_request", "client_response", "host_request", "dns_publish")) {
      assertEquals(
          0,
          Fixtures.queryLong(
              db,
              "SELECT COUNT(*) FROM "
                  + table
                  + " e LEFT JOIN import_file f ON f.id = e.import_id"
                  + " WHERE f.id IS NULL OR f.status <> 'imported'"),
          table + " holds events of a file that is not imported");
    }
    assertEquals(
        Fixtures.storedEvents(db),
        Fixtures.queryLong(
            db, "SELECT COALESCE(SUM(stored), 0) FROM import_file WHERE status = 'imported'"),
        "the ledger's stored counts add up to the events stored");
  }
}
