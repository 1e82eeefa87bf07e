package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.store.FileInfo;
import org.kmslog.store.ImportLedger;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.StoreUnderTest;

/**
 * A file met again with the size and last-modified time it had when its content was stored is not
 * read again (a nightly import of years of archives reads only what is new); any other file is
 * hashed as before. To tell the two apart, these tests give a file other content of the same size
 * and put its time back: a file read again is then imported anew, one known by its time is not.
 */
class UnchangedFileTest {
  private static final ReadSettings UTC = new ReadSettings(ZoneOffset.UTC, null, null);
  private static final Instant LAST_NIGHT = Instant.now().minus(8, ChronoUnit.HOURS);
  @TempDir Path dir;

  @Test
  void aFileMetAgainWithItsSizeAndTimeIsNotReadAgain() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      sameSizeOtherContent(file);
      FileOutcome again = new Importer(database, UTC).importFile(file);
      assertEquals(Status.UNCHANGED, again.status());
      assertEquals(file.toString(), again.prior().path());
      assertEquals(30, events(database), "the other content was not read");
    }
  }

  @Test
  void rehashingReadsAFileWhoseContentChangedBehindItsTime() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      sameSizeOtherContent(file);
      Importer rehashing = new Importer(database, UTC).rehashing();
      assertEquals(Status.IMPORTED, rehashing.importFile(file).status());
      assertEquals(40, events(database), "10..49");
      assertEquals(Status.UNCHANGED, rehashing.importFile(file).status(), "by its hash");
    }
  }

  @Test
  void aFileWithANewTimeIsHashedAndKnownByItsNewTimeWhenItsContentIsTheSame() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      Instant touched = LAST_NIGHT.plus(1, ChronoUnit.HOURS);
      Files.setLastModifiedTime(file, FileTime.from(touched));
      assertEquals(Status.UNCHANGED, importFile(database, file), "same content, by its hash");
      assertEquals(
          1,
          queryLong(
              database.connection(),
              "SELECT COUNT(*) FROM import_seen WHERE path = ? AND modified_at = ?",
              file.toString(),
              LocalDateTime.ofInstant(touched.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)));
      sameSizeOtherContent(file);
      assertEquals(Status.UNCHANGED, importFile(database, file), "known by its new time");
      assertEquals(30, events(database));
    }
  }

  @Test
  void aFileWithANewTimeAndNewContentIsImported() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      ClientRequestExport.write(file, 20, 49);
      Files.setLastModifiedTime(file, FileTime.from(LAST_NIGHT.plus(1, ChronoUnit.HOURS)));
      assertEquals(Status.IMPORTED, importFile(database, file));
      assertEquals(40, events(database), "10..49");
    }
  }

  @Test
  void aFileWhoseTimeIsNotWellBeforeItWasReadIsReadAgainEvenWithItsTime() throws Exception {
    // A file written again within the same tick of a coarse clock keeps its time, so a time less
    // than 2 s before the import looked at it proves nothing; a time after it (a share whose clock
    // is ahead) even less. An hour ahead keeps the test from depending on how fast it runs.
    Instant moments = Instant.now().plus(1, ChronoUnit.HOURS);
    Path file = export("a.xml", 10, 39, moments);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      sameSizeOtherContent(file);
      assertEquals(Status.IMPORTED, importFile(database, file));
      assertEquals(40, events(database));
    }
  }

  @Test
  void sizeAndTimeTellOnlyWhenReadMoreThanTwoSecondsAfterTheTime() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      ImportLedger ledger = new ImportLedger(database);
      long id = ledger.findUnchanged(file.toString(), Files.size(file), LAST_NIGHT).get().id();
      for (long millis : new long[] {-1000, 0, 1000, 2000, 2001, 60_000}) {
        ledger.seen(met(file, LAST_NIGHT.plusMillis(millis)), id);
        assertEquals(
            millis > 2000,
            ledger.findUnchanged(file.toString(), Files.size(file), LAST_NIGHT).isPresent(),
            "read " + millis + " ms after the file's time");
      }
      assertEquals(
          Optional.empty(),
          ledger.findUnchanged(file.toString(), Files.size(file) + 1, LAST_NIGHT),
          "another size");
      assertEquals(
          Optional.empty(),
          ledger.findUnchanged(file.toString(), Files.size(file), LAST_NIGHT.plusNanos(1000)),
          "a time a microsecond later");
      assertEquals(
          Optional.empty(),
          ledger.findUnchanged(file + ".old", Files.size(file), LAST_NIGHT),
          "another path");
    }
  }

  private static FileInfo met(Path file, Instant checkedAt) throws Exception {
    return new FileInfo(
        file.toString(),
        null,
        Files.size(file),
        null,
        null,
        null,
        Instant.now(),
        null,
        Files.getLastModifiedTime(file).toInstant(),
        checkedAt);
  }

  @Test
  void aCopyElsewhereIsHashedOnceThenKnownByItsTime() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    Path copy = Files.createDirectories(dir.resolve("archive")).resolve("a-copy.xml");
    Files.copy(file, copy);
    Files.setLastModifiedTime(copy, FileTime.from(LAST_NIGHT));
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      FileOutcome byHash = new Importer(database, UTC).importFile(copy);
      assertEquals(Status.UNCHANGED, byHash.status());
      assertEquals(file.toString(), byHash.prior().path(), "the import that stored it");
      sameSizeOtherContent(copy);
      assertEquals(Status.UNCHANGED, importFile(database, copy));
      assertEquals(30, events(database));
    }
  }

  @Test
  void filesImportedBeforeTheirTimesWereKeptAreHashedOnceMore() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(Status.IMPORTED, importFile(database, file));
      // What a database of schema version 6 holds after its upgrade: the ledger, no times.
      database.connection().createStatement().executeUpdate("DELETE FROM import_seen");
      database.connection().commit();
      sameSizeOtherContent(file);
      assertEquals(Status.IMPORTED, importFile(database, file), "hashed, and new");
      assertEquals(40, events(database));
    }
  }

  @Test
  void anImportThatNoLongerStandsIsNotTrusted() throws Exception {
    Path file = export("a.xml", 10, 39, LAST_NIGHT);
    Path other = export("b.xml", 100, 129, LAST_NIGHT);
    try (Database database = open()) {
      assertEquals(
          List.of(Status.IMPORTED, Status.IMPORTED),
          new Importer(database, UTC)
              .importAll(List.of(file, other), outcome -> {}).stream()
                  .map(FileOutcome::status)
                  .toList());
      // As a crash leaves an import it cut short: failed, its hash forgotten, to be read again.
      database
          .connection()
          .createStatement()
          .executeUpdate(
              "UPDATE import_file SET status = 'failed', sha256 = NULL WHERE path = '"
                  + file.toString().replace("'", "''")
                  + "'");
      database.connection().commit();
      sameSizeOtherContent(file);
      sameSizeOtherContent(other);
      assertEquals(Status.IMPORTED, importFile(database, file));
      assertEquals(Status.UNCHANGED, importFile(database, other));
    }
  }

  @Test
  void aFileThatFailsIsNotKnownByItsTime() throws Exception {
    Path file = dir.resolve("cut.xml");
    String whole = Files.readString(ClientRequestExport.write(file, 10, 39));
    Files.writeString(file, whole.substring(0, whole.length() - 40));
    Files.setLastModifiedTime(file, FileTime.from(LAST_NIGHT));
    try (Database database = open()) {
      assertEquals(Status.FAILED, importFile(database, file));
      assertEquals(0, queryLong(database.connection(), "SELECT COUNT(*) FROM import_seen"));
      assertEquals(Status.FAILED_BEFORE, importFile(database, file));
    }
  }

  private Database open() throws Exception {
    return Database.open(StoreUnderTest.location(dir.resolve("db")), true);
  }

  private static Status importFile(Database database, Path file) throws Exception {
    return new Importer(database, UTC).importFile(file).status();
  }

  private Path export(String name, int from, int to, Instant modified) throws Exception {
    Path file = ClientRequestExport.write(dir.resolve(name), from, to);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  /**
   * Gives the file other events (each number moved up by ten, the same size) and puts its time
   * back, as a restore that keeps times could.
   */
  private static void sameSizeOtherContent(Path file) throws Exception {
    FileTime time = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    String text = Files.readString(file);
    int first = Integer.parseInt(text.replaceAll("(?s)^.*?<EventRecordID>(\\d+)<.*$", "$1"));
    int last = Integer.parseInt(text.replaceAll("(?s)^.*<EventRecordID>(\\d+)<.*$", "$1"));
    ClientRequestExport.write(file, first + 10, last + 10);
    assertEquals(size, Files.size(file), "the same size");
    Files.setLastModifiedTime(file, time);
  }

  private static long events(Database database) throws Exception {
    return queryLong(database.connection(), "SELECT COUNT(*) FROM client_request");
  }
}
