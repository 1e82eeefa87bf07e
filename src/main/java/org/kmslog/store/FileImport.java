package org.kmslog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.kmslog.kms.ClientRequest;
import org.kmslog.kms.ClientResponse;
import org.kmslog.kms.DnsPublish;
import org.kmslog.kms.EventHeader;
import org.kmslog.kms.HostRequest;
import org.kmslog.kms.Hresult;
import org.kmslog.kms.KmsEvent;
import org.kmslog.kms.MachineKey;

/**
 * Stores one file's events in one transaction: either all of them and the file's ledger row are
 * committed together, or nothing is.
 */
public final class FileImport {
  private static final int BATCH_SIZE = 1000;

  /** Enough problem rows to diagnose a file; the count of all of them is kept in the ledger. */
  private static final int MAX_PROBLEM_ROWS = 1000;

  private final Database database;
  private final Connection connection;
  private final long importId;
  private final EventKey keys = new EventKey();
  private final Batch clientRequests;
  private final Batch clientResponses;
  private final Batch hostRequests;
  private final Batch dnsPublishes;
  private final PreparedStatement problems;
  private long problemRows;
  private long kmsEvents;
  private long stored;
  private long duplicates;

  private FileImport(Database database, long importId) throws SQLException {
    this.database = database;
    this.connection = database.connection();
    this.importId = importId;
    SqlScript sql = database.statements();
    clientRequests = new Batch(connection.prepareStatement(sql.get("insert_client_request")));
    clientResponses = new Batch(connection.prepareStatement(sql.get("insert_client_response")));
    hostRequests = new Batch(connection.prepareStatement(sql.get("insert_host_request")));
    dnsPublishes = new Batch(connection.prepareStatement(sql.get("insert_dns_publish")));
    problems = connection.prepareStatement(sql.get("insert_import_problem"));
  }

  /** Starts the transaction of one file and writes its ledger row inside it. */
  public static FileImport begin(Database database, FileInfo info) throws StoreException {
    Connection connection = database.connection();
    try {
      connection.rollback();
      long id;
      try (PreparedStatement insert =
          connection.prepareStatement(
              database.statements().get("insert_import_file"), Statement.RETURN_GENERATED_KEYS)) {
        bind(
            insert,
            info.path(),
            info.sha256(),
            info.sizeBytes(),
            "imported",
            info.format(),
            info.encoding(),
            info.timeZone(),
            utc(info.startedAt()));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      return new FileImport(database, id);
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /** Adds an event; it is stored unless an event with the same key already is. */
  public void add(KmsEvent event) throws StoreException {
    kmsEvents++;
    try {
      if (event instanceof ClientRequest e) {
        addClientRequest(e);
      } else if (event instanceof ClientResponse e) {
        addClientResponse(e);
      } else if (event instanceof HostRequest e) {
        addHostRequest(e);
      } else if (event instanceof DnsPublish e) {
        addDnsPublish(e);
      }
      if (pending() >= BATCH_SIZE) {
        flush();
      }
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /** Records an event of the file that could not be used. */
  public void problem(String location, Long recordId, String message) throws StoreException {
    if (problemRows++ >= MAX_PROBLEM_ROWS) {
      return;
    }
    try {
      bind(problems, importId, location, recordId, truncate(message, 4000));
      problems.executeUpdate();
    } catch (SQLException e) {
      throw StoreException.of(database.location(), e);
    }
  }

  /**
   * Writes the remaining events and the file's counts, and commits.
   *
   * @return the file's counts, with how many events were stored and how many were duplicates
   */
  public ImportCounts commit(ReaderReport report) throws StoreException {
    try {
      flush();
      ImportCounts counts =
          new ImportCounts(
              report.eventsRead(),
              kmsEvents,
              stored,
              duplicates,
              report.skipped(),
              report.rejected());
      ImportLedger.finish(database, importId, "imported", report, counts, null);
      connection.commit();
      return counts;
    } catch (SQLException e) {
      rollback();
      throw StoreException.of(database.location(), e);
    } finally {
      closeStatements();
    }
  }

  /** Discards everything this file wrote. */
  public void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The transaction dies with the connection if this fails; nothing was committed.
    } finally {
      closeStatements();
    }
  }

  private void addClientRequest(ClientRequest e) throws SQLException {
    byte[] key = keys.of(e, e.header().channel(), e.info());
    clientRequests.add(
        common(e.header(), key),
        code(e.hresult()),
        e.statusFlags(),
        e.kmsHost(),
        MachineKey.of(e.kmsHost()),
        e.kmsPort(),
        e.cmid(),
        e.clientTime(),
        e.vm(),
        e.licenseState(),
        e.minutesToExpiry(),
        e.activationId(),
        e.minCount(),
        e.info(),
        key);
  }

  private void addClientResponse(ClientResponse e) throws SQLException {
    byte[] key = keys.of(e, e.header().channel(), e.info());
    clientResponses.add(
        common(e.header(), key),
        code(e.hresult()),
        e.statusFlags(),
        e.activated(),
        e.hostCount(),
        e.activationInterval(),
        e.renewalInterval(),
        e.clientTime(),
        e.info(),
        key);
  }

  private void addHostRequest(HostRequest e) throws SQLException {
    byte[] key = keys.of(e, e.header().channel(), e.info());
    hostRequests.add(
        common(e.header(), key),
        code(e.hresult()),
        e.minCount(),
        e.clientName(),
        MachineKey.of(e.clientName()),
        e.cmid(),
        e.clientTime(),
        e.vm(),
        e.licenseState(),
        e.minutesToExpiry(),
        e.activationId(),
        e.info(),
        key);
  }

  private void addDnsPublish(DnsPublish e) throws SQLException {
    byte[] key = keys.of(e, e.header().channel(), EventKey.tupleOf(e));
    EventHeader h = e.header();
    dnsPublishes.add(
        new Object[] {
          key,
          importId,
          h.computer(),
          MachineKey.of(h.computer()),
          h.channel(),
          h.recordId(),
          h.eventId(),
          h.provider(),
          utc(h.time())
        },
        e.succeeded(),
        code(e.hresult()),
        e.domain(),
        key);
  }

  private Object[] common(EventHeader h, byte[] key) {
    return new Object[] {
      key,
      importId,
      h.computer(),
      MachineKey.of(h.computer()),
      h.channel(),
      h.recordId(),
      h.provider(),
      utc(h.time())
    };
  }

  private int pending() {
    return clientRequests.pending
        + clientResponses.pending
        + hostRequests.pending
        + dnsPublishes.pending;
  }

  private void flush() throws SQLException {
    for (Batch batch : new Batch[] {clientRequests, clientResponses, hostRequests, dnsPublishes}) {
      for (int count : batch.execute()) {
        if (count > 0) {
          stored++;
        } else {
          duplicates++;
        }
      }
    }
  }

  private void closeStatements() {
    for (Batch batch : new Batch[] {clientRequests, clientResponses, hostRequests, dnsPublishes}) {
      batch.close();
    }
    try {
      problems.close();
    } catch (SQLException e) {
      // Statements die with their transaction; nothing to save here.
    }
  }

  private static String code(Hresult hresult) {
    return hresult == null ? null : hresult.toString();
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** One prepared insert and how many rows wait in its batch. */
  private static final class Batch {
    private final PreparedStatement statement;
    private int pending;

    Batch(PreparedStatement statement) {
      this.statement = statement;
    }

    /** Binds the common columns, then the rest, and adds the row to the batch. */
    void add(Object[] common, Object... rest) throws SQLException {
      for (int i = 0; i < common.length; i++) {
        statement.setObject(i + 1, common[i]);
      }
      for (int i = 0; i < rest.length; i++) {
        statement.setObject(common.length + i + 1, rest[i]);
      }
      statement.addBatch();
      pending++;
    }

    int[] execute() throws SQLException {
      if (pending == 0) {
        return new int[0];
      }
      pending = 0;
      return statement.executeBatch();
    }

    void close() {
      try {
        statement.close();
      } catch (SQLException e) {
        // Statements die with their transaction; nothing to save here.
      }
    }
  }
}
