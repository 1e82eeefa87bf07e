package org.kmslog.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kmslog.kms.Hresult;

/**
 * The activation error code reference, loaded from the shipped SQL into a private in-memory
 * database so that explaining a code needs no kmslog database.
 */
public final class ActivationCodes implements AutoCloseable {
  /** How messages name the database: it has no file. */
  private static final String NAME = "mem:kmslog-error-codes";

  /** The scripts that create and fill the table error_code, in order. */
  public static final List<String> SCRIPTS =
      List.of("reference/error-code-table.sql", "reference/error-codes.sql");

  private static final SqlScript QUERIES = SqlScript.load("reference/error-codes-query.sql");

  private final Connection connection;

  private ActivationCodes(Connection connection) {
    this.connection = connection;
  }

  /** Loads the reference into a new in-memory database, which closing this discards. */
  public static ActivationCodes load() throws StoreException {
    // A unique name keeps concurrent loads (parallel tests) apart.
    String url = "jdbc:h2:" + NAME + "-" + UUID.randomUUID();
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, Database.USER, "");
    } catch (SQLException e) {
      throw StoreException.of(NAME, e);
    }
    ActivationCodes codes = new ActivationCodes(connection);
    try (Statement statement = connection.createStatement()) {
      for (String script : SCRIPTS) {
        for (String sql : SqlScript.load(script).statements()) {
          statement.execute(sql);
        }
      }
      return codes;
    } catch (SQLException e) {
      codes.close();
      throw StoreException.of(NAME, e);
    }
  }

  /** The reference entry for this code, or empty when kmslog does not know it. */
  public Optional<ActivationCode> find(Hresult code) throws StoreException {
    try (PreparedStatement query = connection.prepareStatement(QUERIES.get("find_error_code"))) {
      query.setString(1, code.toString());
      return read(query).stream().findFirst();
    } catch (SQLException e) {
      throw StoreException.of(NAME, e);
    }
  }

  /** Every known code, in code order. */
  public List<ActivationCode> all() throws StoreException {
    try (PreparedStatement query = connection.prepareStatement(QUERIES.get("all_error_codes"))) {
      return read(query);
    } catch (SQLException e) {
      throw StoreException.of(NAME, e);
    }
  }

  private static List<ActivationCode> read(PreparedStatement query) throws SQLException {
    List<ActivationCode> codes = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        codes.add(
            new ActivationCode(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getBoolean(5)));
      }
    }
    return codes;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // An in-memory database: closing its last connection discards it whatever happens here.
    }
  }
}
