package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.kmslog.kms.ClientRequest;
import org.kmslog.kms.ClientResponse;
import org.kmslog.kms.DnsPublish;
import org.kmslog.kms.EventHeader;
import org.kmslog.kms.HostRequest;
import org.kmslog.kms.Hresult;
import org.kmslog.kms.KmsEvent;

/**
 * Stores one file's events so that the file is stored whole or not at all: its ledger row says
 * 'importing' while events are committed in batches (one huge transaction would be slower and bloat
 * the database file), and becomes 'imported' when the last batch is in. A file that fails has its
 * events deleted and becomes 'failed'; after a crash, {@link Database#open} does the same to a file
 * left 'importing'.
 *
 * <p>A small file's 'importing' row may be committed with its first batch of events instead of
 * before it ({@link #beginWithFirstBatch}): a file of fewer events than a batch (a client's export)
 * is then one transaction and one commit, and a crash before that commit leaves nothing of it, not
 * even its ledger row.
 */
public final class FileImport {
  private static final int BATCH_SIZE = 1000;

  /** Enough problem rows to diagnose a file; the count of all of them is kept in the ledger. */
  private static final int MAX_PROBLEM_ROWS = 1000;

  private final Database database;
  private final Connection connection;
  private final FileInfo info;
  private final long importId;
  private final EventIds eventIds = new EventIds();
  private final EventStreams streams;
  private final MachineNames machines = new MachineNames();
  private final EventBatch clientRequests;
  private final EventBatch clientResponses;
  private final EventBatch hostRequests;
  private final EventBatch dnsPublishes;
  private final PreparedStatement problems;
  private long problemRows;
  private long kmsEvents;
  private long stored;
  private long duplicates;
  private long reused;
  private Instant newestEvent;
  private boolean committedAny;
  private boolean rowCommitted;

  private FileImport(Database database, FileInfo info, long importId) throws SQLException {
    this.database = database;
    this.connection = database.connection();
    this.info = info;
    this.importId = importId;
    PreparedStatements sql = database.prepared();
    streams = new EventStreams(database, sql);
    clientRequests = new EventBatch(sql, EventTable.CLIENT_REQUEST, streams, true);
    clientResponses = new EventBatch(sql, EventTable.CLIENT_RESPONSE, streams, true);
    hostRequests = new EventBatch(sql, EventTable.HOST_REQUEST, streams, true);
    dnsPublishes = new EventBatch(sql, EventTable.DNS_PUBLISH, streams, true);
    problems = sql.get("insert_import_problem");
  }

  /**
   * Writes the file's ledger row, saying it is being imported, commits it, and begins storing its
   * events: a crash during a long import leaves the row, and the next open says the import was
   * interrupted.
   */
  public static FileImport begin(Database database, FileInfo info) throws StoreException {
    return begin(database, info, true);
  }

  /**
   * Writes the file's ledger row, saying it is being imported, and begins storing its events; the
   * row is committed with the first batch of them, or with the file's outcome.
   */
  public static FileImport beginWithFirstBatch(Database database, FileInfo info)
      throws StoreException {
    return begin(database, info, false);
  }

  private static FileImport begin(Database database, FileInfo info, boolean commitRow)
      throws StoreException {
    Connection connection = database.connection();
    try {
      connection.rollback();
      long id = ImportLedger.insert(database, info, "importing");
      if (commitRow) {
        connection.commit();
      }
      FileImport started = new FileImport(database, info, id);
      started.rowCommitted = commitRow;
      return started;
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /** Adds an event; it is stored unless the same event already is. */
  public void add(KmsEvent event) throws StoreException {
    kmsEvents++;
    try {
      Instant time = event.header().time();
      if (newestEvent == null || time.isAfter(newestEvent)) {
        newestEvent = time;
      }
      if (event instanceof ClientRequest e) {
        addClientRequest(e);
      } else if (event instanceof ClientResponse e) {
        addClientResponse(e);
      } else if (event instanceof HostRequest e) {
        addHostRequest(e);
      } else if (event instanceof DnsPublish e) {
        addDnsPublish(e);
      } else {
        // KmsEvent is sealed, but Java 17 has no switch over its kinds that the compiler checks:
        // a kind added to it without a table fails here, on its first event, not left out.
        throw new IllegalArgumentException(
            "no event table stores " + event.getClass().getSimpleName() + " events");
      }
      if (pending() >= BATCH_SIZE) {
        flush();
        connection.commit();
        committedAny = true;
        rowCommitted = true;
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  private void addClientRequest(ClientRequest e) throws SQLException, StoreException {
    clientRequests.add(
        eventIds.of(e, e.info()),
        row(
            e.header(),
            code(e.hresult()),
            e.statusFlags(),
            e.kmsHost(),
            machines.key(e.kmsHost()),
            e.kmsPort(),
            e.cmid(),
            e.clientTime(),
            e.vm(),
            e.licenseState(),
            e.minutesToExpiry(),
            e.activationId(),
            e.minCount()));
  }

  private void addClientResponse(ClientResponse e) throws SQLException, StoreException {
    clientResponses.add(
        eventIds.of(e, e.info()),
        row(
            e.header(),
            code(e.hresult()),
            e.statusFlags(),
            e.activated(),
            e.hostCount(),
            e.activationInterval(),
            e.renewalInterval(),
            e.clientTime()));
  }

  private void addHostRequest(HostRequest e) throws SQLException, StoreException {
    hostRequests.add(
        eventIds.of(e, e.info()),
        row(
            e.header(),
            code(e.hresult()),
            e.minCount(),
            e.clientName(),
            machines.key(e.clientName()),
            e.cmid(),
            e.clientTime(),
            e.vm(),
            e.licenseState(),
            e.minutesToExpiry(),
            e.activationId()));
  }

  /** DNS events keep their event ID, before the time: their table holds two. */
  private void addDnsPublish(DnsPublish e) throws SQLException, StoreException {
    EventHeader h = e.header();
    dnsPublishes.add(
        eventIds.of(e, EventIds.tupleOf(e)),
        new Object[] {
          null,
          null,
          importId,
          h.computer(),
          machines.key(h.computer()),
          h.recordId(),
          h.eventId(),
          database.dialect().kept(SqlValues.utc(h.time())),
          e.succeeded(),
          code(e.hresult()),
          e.domain()
        });
  }

  /** Records an event of the file that could not be used. */
  public void problem(String location, Long recordId, String message) throws StoreException {
    if (problemRows++ >= MAX_PROBLEM_ROWS) {
      return;
    }
    try {
      SqlValues.bind(problems, importId, location, recordId, SqlValues.truncate(message, 4000));
      problems.executeUpdate();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Writes the remaining events, the machines' names and the file's counts and hash, and marks the
   * file imported.
   *
   * @return the file's counts, with how many events were stored and how many were duplicates
   */
  public ImportCounts commit(ReaderReport report, String sha256) throws StoreException {
    try {
      flush();
      machines.merge(database);
      ImportCounts counts =
          new ImportCounts(
              report.eventsRead(),
              kmsEvents,
              stored,
              duplicates,
              report.skipped(),
              report.rejected(),
              reused);
      ImportLedger.finish(
          database, importId, "imported", report, counts, newestEvent, null, sha256);
      ImportLedger.remember(database, info, importId);
      connection.commit();
      return counts;
    } catch (SQLException e) {
      StoreException failure = StoreException.of(database.location(), e);
      fail(report, failure.getMessage(), sha256);
      throw failure;
    } catch (StoreException e) {
      fail(report, e.getMessage(), sha256);
      throw e;
    }
  }

  /**
   * Removes everything of the file from the database and records why it failed; the counts say how
   * far reading got. The hash is null when the file could not be read to the end.
   */
  public void fail(ReaderReport report, String error, String sha256) throws StoreException {
    try {
      connection.rollback();
      long id = importId;
      if (committedAny) {
        delete(database, importId);
      }
      if (!rowCommitted) {
        // The rollback took the ledger row, which no commit had kept yet.
        id = ImportLedger.insert(database, info, "failed");
      }
      ImportCounts partial =
          new ImportCounts(
              report.eventsRead(), kmsEvents, 0, 0, report.skipped(), report.rejected());
      ImportLedger.finish(database, id, "failed", report, partial, null, error, sha256);
      connection.commit();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /** Deletes the events and problems one import wrote (in the caller's transaction). */
  static void delete(Database database, long importId) throws SQLException {
    for (EventTable table : EventTable.values()) {
      deleteImport(database, "delete_import_" + table.sqlName(), importId);
    }
    deleteImport(database, "delete_import_problems", importId);
  }

  private static void deleteImport(Database database, String statement, long importId)
      throws SQLException {
    try (PreparedStatement delete =
        database.connection().prepareStatement(database.statements().get(statement))) {
      delete.setLong(1, importId);
      delete.executeUpdate();
    }
  }

  /**
   * A row of an event table: the id and key_check (filled in by its batch), the columns every event
   * table has, then the table's own.
   */
  private Object[] row(EventHeader h, Object... own) {
    Object[] row = new Object[7 + own.length];
    row[2] = importId;
    row[3] = h.computer();
    row[4] = machines.key(h.computer());
    row[5] = h.recordId();
    row[6] = database.dialect().kept(SqlValues.utc(h.time()));
    System.arraycopy(own, 0, row, 7, own.length);
    return row;
  }

  private int pending() {
    return clientRequests.pending()
        + clientResponses.pending()
        + hostRequests.pending()
        + dnsPublishes.pending();
  }

  private void flush() throws SQLException, StoreException {
    for (EventBatch batch : batches()) {
      long[] outcome = batch.execute();
      stored += outcome[0];
      duplicates += outcome[1];
      reused += outcome[2];
    }
  }

  private EventBatch[] batches() {
    return new EventBatch[] {clientRequests, clientResponses, hostRequests, dnsPublishes};
  }

  private static String code(Hresult hresult) {
    return hresult == null ? null : hresult.toString();
  }
}
