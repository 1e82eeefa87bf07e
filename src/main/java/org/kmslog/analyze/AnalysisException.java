package org.kmslog.analyze;

import java.sql.SQLException;
import org.kmslog.store.Database;

/** The analysis cannot run on this database, or an analyzer failed; the message says why. */
public final class AnalysisException extends Exception {
  private static final long serialVersionUID = 1L;

  AnalysisException(String message) {
    super(message);
  }

  AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The database failed under the analysis. */
  static AnalysisException of(Database database, SQLException e) {
    return new AnalysisException(database.describe(Database.reason(e)), e);
  }
}
