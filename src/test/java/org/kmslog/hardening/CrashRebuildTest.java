package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.cli.Kmslog;
import org.kmslog.sample.EstateGenerator;
import org.kmslog.sample.ExportFormat;
import org.kmslog.sample.SyntheticSpec;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.HangGuard;
import org.kmslog.testing.KmslogProcess;
import org.kmslog.testing.KmslogUnderTest;

/**
 * A database whose kmslog was stopped while it had it open is rebuilt from its tables before it is
 * used: H2 2.5 can leave such a file so that its next write spins forever.
 */
class CrashRebuildTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aDatabaseH2LeftBrokenByAKillIsRebuiltAndTakesTheNextImport() throws Exception {
    Path db = dir.resolve("kmslog");
    Files.copy(
        Fixtures.resourceFolder("store").resolve("killed-import.mv.db"),
        dir.resolve("kmslog.mv.db"));
    Path exports = Files.createDirectories(dir.resolve("exports"));
    Files.copy(
        Path.of("samples/KMS03_Key-Management-Service.xml"),
        exports.resolve("KMS03_Key-Management-Service.xml"));
    long start = System.nanoTime();

    int status = run("import", "--db", db.toString(), exports.toString());
    HangGuard.check(start, () -> "the import after the kill: " + err);

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains(
                "kmslog: warning: database "
                    + db
                    + " holds an import that was cut short; kmslog first"
                    + " copies its tables into a new file, because H2 can hang on what such a stop"
                    + " leaves behind (the file as it was is kept as "
                    + dir.resolve("kmslog.crashed.mv.db")
                    + ")"),
        err.toString(StandardCharsets.UTF_8));
    try (Database database = Database.open(db.toString(), false)) {
      assertEquals(
          "1 imported, 2 failed, new imported",
          Fixtures.queryString(
              database.connection(),
              "SELECT LISTAGG(CASE WHEN id > 2 THEN 'new' ELSE CAST(id AS VARCHAR) END"
                  + " || ' ' || status, ', ') WITHIN GROUP (ORDER BY id) FROM import_file"),
          "the cut-short import is failed, and the next import gets a ledger id of its own");
      assertEquals(
          0,
          Fixtures.queryLong(
              database.connection(), "SELECT COUNT(*) FROM host_request WHERE import_id = 2"),
          "none of the cut-short import's rows are left, the damaged one included");
      assertTrue(
          Fixtures.queryLong(
                  database.connection(), "SELECT COUNT(*) FROM host_request WHERE import_id > 2")
              > 0,
          "the new file's events are stored");
    }
    assertTrue(Files.exists(dir.resolve("kmslog.crashed.mv.db")), "the file as it was is kept");
  }

  @Test
  void aDatabaseOnWhichH2SpunInTheInsertAfterAKillTakesTheSameFilesAgain() throws Exception {
    Path db = dir.resolve("kmslog");
    Files.copy(
        Fixtures.resourceFolder("store").resolve("killed-import-insert-spin.mv.db"),
        dir.resolve("kmslog.mv.db"));
    Path exports = dir.resolve("exports");
    EstateGenerator.writeSynthetic(
        exports, new SyntheticSpec(7, 1, 400, 20, EnumSet.of(ExportFormat.WEVTUTIL_XML), 100_000));

    KmslogProcess again =
        KmslogProcess.start(dir, List.of(), "import", "--db", db.toString(), exports.toString());

    assertEquals(0, again.waitFor(), again.err());
    assertTrue(again.err().contains(" rebuilt: "), again.err());
    try (Database database = Database.open(db.toString(), false)) {
      assertEquals(
          "imported",
          Fixtures.queryString(
              database.connection(),
              "SELECT status FROM import_file WHERE path LIKE '%Key-Management-Service%'"
                  + " ORDER BY id DESC FETCH FIRST ROW ONLY"),
          "the host log is imported this time");
      assertTrue(
          Fixtures.queryLong(database.connection(), "SELECT COUNT(*) FROM host_request") == 77_003,
          "with all its events");
    }
  }

  @Test
  void aMarkerLeftByAStoppedKmslogRebuildsTheDatabaseWithEveryRowKept() throws Exception {
    Path db = dir.resolve("kmslog");
    assertEquals(
        1,
        run(
            "run",
            "--db",
            db.toString(),
            "--report-dir",
            dir.resolve("report").toString(),
            "--timezone",
            "Europe/Berlin",
            "--hosts",
            "KMS01,KMS02,KMS03",
            "samples"));
    List<String> before = contents(db);
    Path marker = dir.resolve("kmslog.kmslog-open.lock.db");
    Files.writeString(
        marker, "kmslog process 4242, which opened it at 2026-12-02T03:00:00Z (run other-jvm)\n");
    List<String> notices = new ArrayList<>();

    try (Database database =
        Database.open(db.toString(), false, java.time.Duration.ZERO, notices::add)) {
      assertTrue(database.connection().isValid(1));
      assertTrue(Files.exists(marker), "the marker stays while the database is open");
    }

    assertEquals(
        "database "
            + db
            + " was still open in a kmslog that was stopped before it closed it (kmslog"
            + " process 4242, which opened it at 2026-12-02T03:00:00Z); kmslog first copies its"
            + " tables into a new file, because H2 can hang on what such a stop leaves behind (the"
            + " file as it was is kept as "
            + dir.resolve("kmslog.crashed.mv.db")
            + ")",
        notices.get(0));
    assertTrue(notices.get(1).startsWith("database " + db + " rebuilt: "), notices.toString());
    assertEquals(before, contents(db), "every row of every table is as it was");
    assertFalse(Files.exists(marker), "a database closed normally leaves no marker");
  }

  @Test
  void aDatabaseThisJvmHasOpenIsNotRebuiltWhenOpenedAgain() throws Exception {
    String db = dir.resolve("kmslog").toString();
    List<String> notices = new ArrayList<>();
    try (Database first = Database.open(db, true)) {
      try (Database second = Database.open(db, false, java.time.Duration.ZERO, notices::add)) {
        assertTrue(first.connection().isValid(1) && second.connection().isValid(1));
      }
    }
    assertEquals(List.of(), notices);
  }

  @Test
  void aDatabaseClosedNormallyIsNotRebuilt() throws Exception {
    String db = dir.resolve("kmslog").toString();
    Database.open(db, true).close();
    List<String> notices = new ArrayList<>();
    Database.open(db, false, java.time.Duration.ZERO, notices::add).close();
    assertEquals(List.of(), notices);
    assertFalse(Files.exists(dir.resolve("kmslog.crashed.mv.db")));
  }

  private int run(String... args) {
    Kmslog kmslog =
        KmslogUnderTest.create(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return kmslog.execute(args);
  }

  /** Every row of every kmslog table, in a fixed order. */
  private static List<String> contents(Path db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Database database = Database.open(db.toString(), false);
        java.sql.Statement query = database.connection().createStatement()) {
      List<String> tables = new ArrayList<>();
      try (java.sql.ResultSet names =
          query.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                  + " ORDER BY table_name")) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
      for (String table : tables) {
        try (java.sql.ResultSet read = query.executeQuery("SELECT * FROM " + table)) {
          int columns = read.getMetaData().getColumnCount();
          List<String> tableRows = new ArrayList<>();
          while (read.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= columns; i++) {
              row.append('|').append(read.getString(i));
            }
            tableRows.add(row.toString());
          }
          tableRows.sort(null);
          rows.addAll(tableRows);
        }
      }
    }
    return rows;
  }
}
