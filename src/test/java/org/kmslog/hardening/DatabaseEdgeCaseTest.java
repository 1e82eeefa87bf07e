package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.HangGuard;
import org.kmslog.testing.KmslogProcess;
import org.kmslog.testing.KmslogUnderTest;

/**
 * A database kmslog cannot use as it is: in a read-only place, newer than this kmslog, cut short, a
 * folder, or open in another process. Each gives a clear error and exit status 2, and changes
 * nothing.
 */
class DatabaseEdgeCaseTest {
  @TempDir Path dir;
  private Process holder;

  /** Lets the holder go, if one holds the database, and waits until it has. */
  @AfterEach
  void release() throws Exception {
    if (holder != null) {
      holder.getOutputStream().close();
      HangGuard.waitFor(holder, () -> "the process holding the database");
      holder = null;
    }
  }

  private Path good() {
    return Fixtures.copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
  }

  @Test
  void aReadOnlyLocationIsRefused() {
    // /proc takes no new files even for root, who ignores permission bits.
    KmslogProcess run =
        KmslogProcess.start(
            dir, List.of(), "import", "--db", "/proc/kmslog-test/db", good().toString());
    assertEquals(2, run.waitFor());
    assertEquals(
        "kmslog: database /proc/kmslog-test/db: cannot create or write the database file there"
            + " (a read-only location, a full disk or no permission); choose another place with"
            + " --db\n",
        run.err());
  }

  /** A database file cut short: empty, inside its header, or after the header before its data. */
  @ParameterizedTest(name = "cut at {0} bytes")
  @ValueSource(ints = {0, 100, 4096, 8192})
  void aCutShortDatabaseIsCalledDamagedAndLeftAsItWas(int length) throws Exception {
    String whole = dir.resolve("whole").toString();
    Database.open(whole, true).close();
    byte[] cut = Arrays.copyOf(Files.readAllBytes(dir.resolve("whole.mv.db")), length);
    Files.write(dir.resolve("kmslog.mv.db"), cut);
    String db = dir.resolve("kmslog").toString();

    StoreException e = assertThrows(StoreException.class, () -> Database.open(db, true));

    assertEquals(
        "database "
            + db
            + ": the file "
            + db
            + ".mv.db is damaged or cut short; restore it from a backup, or move it aside and"
            + " import all your exports again into a new database (kmslog stores each event once,"
            + " however often it is imported)",
        e.getMessage());
    assertArrayEquals(cut, Files.readAllBytes(dir.resolve("kmslog.mv.db")), "untouched");
  }

  /**
   * A database file cut anywhere (at every 4 KB block, as a copy or restore that stopped there
   * leaves it) is either refused as damaged or cut short, and left as it was, or opens as the whole
   * database: never as an older state that would lose imports and analyses without a word. The
   * database has the history of a few nights (an import and an analysis each), so its file holds
   * states of several runs.
   */
  @Test
  void aDatabaseFileCutAnywhereIsRefusedOrWhole() throws Exception {
    String whole = dir.resolve("whole").toString();
    Path samples = Path.of("samples");
    for (String file :
        List.of(
            "PC-OLD20_Application.xml",
            "PC-SKEW05_Application.xml",
            "KMS03_Application.xml",
            "KMS01_Application.xml",
            "KMS02_Application.xml",
            "PC-GRACE15_Application.xml",
            "SRV-APP01_Application.xml",
            "KMS03_Key-Management-Service.xml")) {
      assertEquals(
          "", kmslog("import", "--quiet", "--db", whole, samples.resolve(file).toString()));
      assertEquals("", kmslog("analyze", "--db", whole));
    }
    String history = history(whole);
    byte[] bytes = Files.readAllBytes(dir.resolve("whole.mv.db"));
    int refused = 0;
    for (int length = 4096; length < bytes.length; length += 4096) {
      byte[] cut = Arrays.copyOf(bytes, length);
      Path file = dir.resolve("cut.mv.db");
      Files.write(file, cut);
      String db = dir.resolve("cut").toString();
      try {
        assertEquals(history, history(db), "the whole history or a refusal, cut at " + length);
      } catch (StoreException e) {
        assertTrue(
            e.getMessage().startsWith("database " + db + ": the file " + file + " is "),
            e.getMessage());
        assertTrue(e.getMessage().contains(" cut short"), e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(file), "untouched, cut at " + length);
        refused++;
      }
      Files.deleteIfExists(file);
    }
    assertTrue(refused > 0, "some cuts are refused");
  }

  /** Runs kmslog in this JVM, and returns what it wrote to stderr. */
  private static String kmslog(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    KmslogUnderTest.create(none, new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    return err.toString(StandardCharsets.UTF_8);
  }

  /** What a database holds: its files, events and analyses. */
  private static String history(String db) throws Exception {
    try (Database database = Database.open(db, false)) {
      return Fixtures.queryString(
          database.connection(),
          "SELECT (SELECT COUNT(*) FROM import_file WHERE status = 'imported') || ' files, '"
              + " || (SELECT COUNT(*) FROM finding) || ' findings, '"
              + " || (SELECT COUNT(*) FROM analysis_run) || ' analyses'");
    }
  }

  @Test
  void aFolderWhereTheDatabaseFileShouldBeIsNamed() throws Exception {
    Files.createDirectories(dir.resolve("kmslog.mv.db"));
    String db = dir.resolve("kmslog").toString();

    StoreException e = assertThrows(StoreException.class, () -> Database.open(db, true));

    assertEquals(
        "database "
            + db
            + ": "
            + db
            + ".mv.db is a folder, not a database file; give --db another name",
        e.getMessage());
  }

  @Test
  void aNewerDatabaseIsRefusedAndLeftAsItWas() throws Exception {
    String db = dir.resolve("kmslog").toString();
    try (Database database = Database.open(db, true);
        Statement s = database.connection().createStatement()) {
      s.executeUpdate("UPDATE kmslog_schema SET version = 99");
      database.connection().commit();
    }
    byte[] before = Files.readAllBytes(dir.resolve("kmslog.mv.db"));
    KmslogProcess run =
        KmslogProcess.start(dir, List.of(), "import", "--db", db, good().toString());
    assertEquals(2, run.waitFor());
    assertTrue(
        run.err().startsWith("kmslog: database " + db + " has schema version 99, newer than this"),
        run.err());
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("kmslog.mv.db")), "untouched");
  }

  @Test
  void aDatabaseInUseIsWaitedForThenRefused() throws Exception {
    String db = dir.resolve("kmslog").toString();
    Database.open(db, true).close();
    hold(db);
    KmslogProcess run =
        KmslogProcess.start(
            dir, List.of(), "import", "--db", db, "--lock-wait", "2", good().toString());
    assertEquals(2, run.waitFor());
    assertEquals(
        "kmslog: warning: database "
            + db
            + " is in use by another kmslog or H2 process; waiting"
            + " up to 2 s\n"
            + "kmslog: database "
            + db
            + ": it is in use by another kmslog or H2 process (waited 2 s);"
            + " run again when it has finished, or give a longer --lock-wait\n",
        run.err());
    release();
    try (Database database = Database.open(db, false)) {
      assertEquals(0, Fixtures.storedEvents(database.connection()), "nothing was imported");
    }
  }

  @Test
  void aDatabaseReleasedInTimeIsUsed() throws Exception {
    String db = dir.resolve("kmslog").toString();
    Database.open(db, true).close();
    hold(db);
    KmslogProcess run =
        KmslogProcess.start(
            dir, List.of(), "import", "--db", db, "--lock-wait", "60", good().toString());
    run.awaitErr("waiting up to 60 s");
    release();
    assertEquals(0, run.waitFor(), run.err());
    assertTrue(run.err().contains("waiting up to 60 s"), run.err());
    try (Database database = Database.open(db, false)) {
      assertEquals(2, Fixtures.storedEvents(database.connection()));
    }
  }

  @Test
  void aBadLockWaitIsBadUsage() {
    KmslogProcess run =
        KmslogProcess.start(
            dir, List.of(), "summary", "--db", dir.resolve("x").toString(), "--lock-wait", "soon");
    assertEquals(2, run.waitFor());
    assertEquals("kmslog: --lock-wait 'soon' is not a number of seconds\n", run.err());
  }

  /** Starts another JVM that keeps the database open until {@link #release}, once it has it. */
  private void hold(String db) throws Exception {
    holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                HoldDatabase.class.getName(),
                db)
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("holding", out.readLine());
  }
}
