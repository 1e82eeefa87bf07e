package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.HostRequestCsvExport;
import org.kmslog.testing.KmslogUnderTest;

/**
 * The disk holding the database fills up while a file is imported (H2 on {@link FullDisk}): the
 * error says so in an admin's words and names the file, nothing of that file is stored, and once
 * there is room again the next run imports the file.
 */
class DiskFullTest {
  @TempDir Path dir;

  @AfterEach
  void free() {
    FullDisk.free(dir.resolve("db"));
  }

  private String[] printed;

  private int kmslog(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = KmslogUnderTest.create(o, e).execute(args);
    }
    printed =
        new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    return status;
  }

  private String url() {
    return FullDisk.url(dir.resolve("db").resolve("kmslog"));
  }

  /** Events in the file the disk fills up under: many megabytes of pages, which H2 must write. */
  private static final int EVENTS = 30_000;

  /**
   * Imports a small file, then fills the disk up: enough room to open the database and begin the
   * next import, far from enough for the next file's events. (H2 writes what a commit changed in
   * the background; a small file could be stored in memory only and meet the full disk when kmslog
   * closes the database. A file of many megabytes cannot.)
   */
  private Path firstFileThenAFullDisk() throws Exception {
    Path small = Fixtures.copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    assertEquals(0, kmslog("import", "--db", url(), small.toString()), printed[1]);
    FullDisk.fillUpAfter(dir.resolve("db"), 32 * 1024);
    return HostRequestCsvExport.write(
        dir.resolve("in").resolve("KMS09_Key-Management-Service.csv"), 1, EVENTS, 1);
  }

  @Test
  void aFullDiskIsNamedWithTheFileNothingOfWhichWasStored() throws Exception {
    Path big = firstFileThenAFullDisk();

    assertEquals(2, kmslog("import", "--db", url(), big.toString()));

    assertEquals(
        "kmslog: database "
            + url()
            + ": the disk holding it is full; nothing of "
            + big
            + " was stored; free some space and run kmslog again\n",
        printed[1]);
  }

  @Test
  void nothingOfTheFileIsStoredAndItImportsOnceThereIsRoom() throws Exception {
    Path big = firstFileThenAFullDisk();
    assertEquals(2, kmslog("import", "--db", url(), big.toString()));
    FullDisk.free(dir.resolve("db"));

    // As the admin's next run does, in a new process: through the plain file, not the instance
    // of the failed database that H2 may still keep in this JVM under the fulldisk: name.
    String plain = dir.resolve("db").resolve("kmslog").toString();
    try (Database database = Database.open(plain, false)) {
      assertEquals(0, eventsOf(database, big), "nothing of the file");
    }
    assertEquals(0, kmslog("import", "--db", plain, big.toString()), printed[1]);
    try (Database database = Database.open(plain, false)) {
      assertEquals(EVENTS, eventsOf(database, big));
    }
  }

  /**
   * The disk fills up once a small file's events are stored in memory, so that they meet it when
   * they are written to the file at the end of the run (H2's background writer is told to wait an
   * hour here, so the run's own save at the end is what writes them). The run must not report the
   * file imported: it fails, says the disk is full and what it means, and the next run imports the
   * file.
   */
  @Test
  void aDiskThatFillsAsTheRunEndsFailsThatRunAndTheNextImportsTheFile() throws Exception {
    String url = url() + ";WRITE_DELAY=3600000";
    Path first =
        Fixtures.copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml")
            .resolve("wevtutil-bare-crlf.xml");
    assertEquals(0, kmslog("import", "--db", url, first.toString()), printed[1]);
    Path second =
        HostRequestCsvExport.write(
            dir.resolve("in").resolve("KMS09_Key-Management-Service.csv"), 1, 50, 1);
    FullDisk.fillUpAfter(dir.resolve("db"), 0);

    assertEquals(2, kmslog("import", "--db", url, second.toString()));
    assertEquals(notSaved(url), printed[1]);

    FullDisk.free(dir.resolve("db"));
    String plain = dir.resolve("db").resolve("kmslog").toString();
    try (Database database = Database.open(plain, false)) {
      assertEquals(0, eventsOf(database, second), "nothing of the file that was not saved");
      assertEquals(2, eventsOf(database, first), "the file imported by the run before");
    }
    assertEquals(
        0, kmslog("import", "--db", plain, first.toString(), second.toString()), printed[1]);
    try (Database database = Database.open(plain, false)) {
      assertEquals(50, eventsOf(database, second));
    }
  }

  /** The nightly job meets the same: its status is that of a failed run, whatever it found. */
  @Test
  void aNightlyRunWhoseDatabaseCannotBeSavedFailsWithStatus2() throws Exception {
    String url = url() + ";WRITE_DELAY=3600000";
    Path drop = Fixtures.copy(dir.resolve("in"), "xml", "wevtutil-bare-crlf.xml");
    assertEquals(0, kmslog("import", "--db", url, drop.toString()), printed[1]);
    HostRequestCsvExport.write(drop.resolve("KMS09_Key-Management-Service.csv"), 1, 50, 1);
    FullDisk.fillUpAfter(dir.resolve("db"), 0);

    int status =
        kmslog(
            "run",
            "--db",
            url,
            "--report-dir",
            dir.resolve("report").toString(),
            "--quiet",
            drop.toString());

    assertEquals(2, status, printed[1]);
    assertEquals(notSaved(url), printed[1]);
  }

  private static String notSaved(String url) {
    return "kmslog: database "
        + url
        + ": the disk holding it is full, so what this run stored could not be saved (the next"
        + " run reads those files again); free some space and run kmslog again\n";
  }

  private static long eventsOf(Database database, Path file) throws Exception {
    return Fixtures.queryLong(
        database.connection(),
        "SELECT COUNT(*) FROM host_request h JOIN import_file f ON f.id = h.import_id"
            + " WHERE f.path = ? AND f.status = 'imported'",
        file.toString());
  }
}
