package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.sample.EstateGenerator;
import org.kmslog.sample.ExportFormat;
import org.kmslog.sample.SyntheticSpec;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.HangGuard;
import org.kmslog.testing.KmslogProcess;

/**
 * Kills an importing JVM in the middle of a large file, as a power cut or a scheduler's kill would,
 * then imports again: the database ends up with exactly the events of a clean import, and the
 * ledger never calls the interrupted file imported.
 */
class CrashTest {
  @TempDir Path dir;

  @Test
  void anImportKilledPartWayIsCompletedByTheNextOne() throws Exception {
    Path exports = dir.resolve("exports");
    EstateGenerator.writeSynthetic(
        exports, new SyntheticSpec(7, 1, 400, 20, EnumSet.of(ExportFormat.WEVTUTIL_XML), 100_000));
    String crashed = dir.resolve("crashed").toString();
    String clean = dir.resolve("clean").toString();

    KmslogProcess first =
        KmslogProcess.start(dir, List.of(), "import", "--db", crashed, exports.toString());
    waitUntilImporting(crashed, first);
    first.kill();

    try (Database database = Database.open(crashed, false)) {
      assertEquals(
          "failed",
          Fixtures.queryString(
              database.connection(),
              "SELECT status FROM import_file WHERE path LIKE '%Key-Management-Service%'"),
          "the host's log was being imported when the process died: never called imported");
      assertEquals(
          0,
          Fixtures.queryLong(
              database.connection(),
              "SELECT COUNT(*) FROM host_request h JOIN import_file f ON f.id = h.import_id"
                  + " WHERE f.status <> 'imported'"),
          "and none of its events are left");
    }

    KmslogProcess again =
        KmslogProcess.start(dir, List.of(), "import", "--db", crashed, exports.toString());
    assertEquals(0, again.waitFor(), again.err());
    KmslogProcess reference =
        KmslogProcess.start(dir, List.of(), "import", "--db", clean, exports.toString());
    assertEquals(0, reference.waitFor(), reference.err());

    try (Database a = Database.open(crashed, false);
        Database b = Database.open(clean, false)) {
      assertEquals(eventKeys(b.connection()), eventKeys(a.connection()));
      assertEquals(
          Fixtures.queryLong(b.connection(), "SELECT COUNT(*) FROM import_file"),
          Fixtures.queryLong(
              a.connection(),
              "SELECT COUNT(DISTINCT sha256) FROM import_file WHERE status = 'imported'"),
          "every file is in the ledger once as imported");
      assertEquals(
          0,
          Fixtures.queryLong(
              a.connection(),
              "SELECT COUNT(*) FROM (SELECT sha256 FROM import_file WHERE status = 'imported'"
                  + " GROUP BY sha256 HAVING COUNT(*) > 1)"));
    }
  }

  /**
   * Waits until the first files are committed and batches of the big host log are being written:
   * the database file has grown since the first file was done.
   */
  private static void waitUntilImporting(String db, KmslogProcess process) throws Exception {
    Path file = Path.of(db + ".mv.db");
    long start = System.nanoTime();
    long sizeAfterFirstFile = -1;
    while (true) {
      assertTrue(process.isAlive(), "the import ended before it could be killed: " + process.out());
      if (sizeAfterFirstFile < 0 && process.out().contains("_Application.xml: ")) {
        // KMS01_Application.xml comes first in file order; the host's big log is next.
        sizeAfterFirstFile = Files.size(file);
      }
      if (sizeAfterFirstFile >= 0 && Files.size(file) > sizeAfterFirstFile + (256 << 10)) {
        assertTrue(process.isAlive(), "finished too soon to test a crash: " + process.out());
        return;
      }
      HangGuard.check(start, () -> "waiting for the host's log to be stored: " + process.err());
      Thread.sleep(10);
    }
  }

  private static List<String> eventKeys(Connection connection) throws Exception {
    List<String> keys = new ArrayList<>();
    for (String table :
        List.of("client_request", "client_response", "host_request", "dns_publish")) {
      // An event's identity is its stream and its place in it: stream numbers can differ between
      // two databases (a crash can skip some), so the id is taken apart (see sql/schema/v2.sql).
      try (Statement s = connection.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT s.stream_hash, BITAND(t.id, 1099511627775), t.key_check FROM "
                      + table
                      + " t JOIN event_stream s ON s.stream_no = t.id / 1099511627776"
                      + " ORDER BY 1, 2")) {
        while (rows.next()) {
          keys.add(table + ":" + rows.getLong(1) + ":" + rows.getLong(2) + ":" + rows.getString(3));
        }
      }
    }
    return keys;
  }
}
