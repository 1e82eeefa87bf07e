package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmslog.testing.Fixtures.copy;
import static org.kmslog.testing.Fixtures.queryLong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.DateOrder;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.HostRequestCsvExport;

/**
 * Events without a record id share a block of 256 ids per second, and events with record ids that
 * do not fit an id get blocks of their own (see sql/schema/v2.sql): every such event is stored once
 * however many share a second and however the exports overlap.
 */
class EventPlacementTest {
  /** Ids of one stream's level. */
  private static final long STREAM = 1L << 40;

  @TempDir Path dir;
  private Database database;
  private Importer importer;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dir.resolve("db").toString(), true);
    importer = new Importer(database, new ReadSettings(ZoneOffset.UTC, null, DateOrder.MDY));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aSecondWithMoreEventsThanABlockHoldsSpillsIntoOverflowLevels() throws Exception {
    // 700 host requests in one second: 256 in the block of the host's stream, 256 in its first
    // overflow level, 188 in its second.
    FileOutcome first = importFile("KMS09_storm.csv", 0, 699, 700);
    assertEquals(List.of(700L, 0L), storedAndDuplicates(first));
    assertEquals(
        List.of(256L, 256L, 188L),
        List.of(level(0), level(1), level(2)),
        "events per stream, in the order the streams were numbered");
    assertEquals(
        700,
        queryLong(database.connection(), "SELECT COUNT(DISTINCT key_check) FROM host_request"));

    // The same 700 and one more, a second later.
    FileOutcome again = importFile("KMS09_again.csv", 0, 700, 700);
    assertEquals(List.of(1L, 700L), storedAndDuplicates(again), "each one found in its level");
    assertEquals(3, queryLong(database.connection(), "SELECT COUNT(*) FROM event_stream"));
  }

  @Test
  void overlappingExportsWithoutRecordIdsStoreEachEventOnce() throws Exception {
    // 40 events a second: blocks fill partly, and many events find their first slot taken.
    assertEquals(List.of(2500L, 0L), storedAndDuplicates(importFile("KMS09_a.csv", 0, 2499, 40)));
    // All stored, then half and half, then new: both ways in, with events placed after a clash.
    assertEquals(
        List.of(1500L, 2500L), storedAndDuplicates(importFile("KMS09_b.csv", 0, 3999, 40)));
    Path twice = HostRequestCsvExport.write(dir.resolve("KMS09_c.csv"), 4000, 4999, 40);
    Path more = HostRequestCsvExport.write(dir.resolve("more.csv"), 4000, 4999, 40);
    List<String> lines = Files.readAllLines(more);
    Files.write(twice, lines.subList(1, lines.size()), StandardOpenOption.APPEND);
    assertEquals(List.of(1000L, 1000L), storedAndDuplicates(importer.importFile(twice)));
    assertEquals(5000, queryLong(database.connection(), "SELECT COUNT(*) FROM host_request"));
    assertEquals(
        5000,
        queryLong(database.connection(), "SELECT COUNT(DISTINCT client_name) FROM host_request"));
    assertEquals(
        0,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM host_request WHERE record_id IS NOT NULL OR key_check IS NULL"));
  }

  @Test
  void recordIdsThatDoNotFitAnIdAreKeptApartAndFoundAgain() throws Exception {
    Path in = copy(dir.resolve("in"), "store/v1-inputs", "KMS09_Key-Management-Service.xml");
    FileOutcome first = importer.importFile(in.resolve("KMS09_Key-Management-Service.xml"));
    // 9 events: record ids 1, 2^40 - 1, 2^40, 2^63 - 1 and -7, two without a record id, and two
    // dated outside 2000-2099 (rejected).
    assertEquals(List.of(7L, 0L), storedAndDuplicates(first));
    assertEquals(
        List.of(1L, (1L << 40) - 1),
        List.of(
            queryLong(
                database.connection(),
                "SELECT MIN(BITAND(id, CAST(? AS BIGINT))) FROM host_request",
                STREAM - 1),
            queryLong(
                database.connection(),
                "SELECT BITAND(id, CAST(? AS BIGINT)) FROM host_request WHERE record_id = ?",
                STREAM - 1,
                (1L << 40) - 1)),
        "record ids that fit are the low bits of the id");
    assertEquals(
        3,
        queryLong(
            database.connection(),
            "SELECT COUNT(*) FROM host_request WHERE record_id = key_check"
                + " AND record_id IN (-7, 1099511627776, 9223372036854775807)"),
        "the others are in key_check");
    Path copy = dir.resolve("KMS09_copy.xml");
    Files.write(copy, Files.readAllBytes(in.resolve("KMS09_Key-Management-Service.xml")));
    Files.write(copy, new byte[] {'\n'}, StandardOpenOption.APPEND);
    assertEquals(List.of(0L, 7L), storedAndDuplicates(importer.importFile(copy)));
  }

  private FileOutcome importFile(String name, int from, int to, int perSecond) throws Exception {
    return importer.importFile(HostRequestCsvExport.write(dir.resolve(name), from, to, perSecond));
  }

  /**
   * How many host requests the stream numbered n + 1 holds (the host's stream, then its levels).
   */
  private long level(int n) throws Exception {
    return queryLong(
        database.connection(), "SELECT COUNT(*) FROM host_request WHERE id / ? = ?", STREAM, n + 1);
  }

  private static List<Long> storedAndDuplicates(FileOutcome outcome) {
    assertEquals(Status.IMPORTED, outcome.status(), String.valueOf(outcome.error()));
    return List.of(outcome.counts().stored(), outcome.counts().duplicates());
  }
}
