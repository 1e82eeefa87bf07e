package org.kmslog.store;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The SQL database a store is kept in. The scripts of sql/ are written once for both; where one
 * dialect cannot say something, a script NAME.sql has a variant NAME.pg.sql beside it for
 * PostgreSQL (see {@link SqlScript#load(String, Dialect)}).
 */
public enum Dialect {
  /** H2 in a file (or any jdbc:h2: URL): the default, one process at a time. */
  H2,
  /** A PostgreSQL server (jdbc:postgresql:...): the shared store. */
  POSTGRESQL;

  /** The dialect of a location as the user gives it with --db: a path or a JDBC URL. */
  public static Dialect of(String location) {
    return location.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
  }

  /**
   * A time as this store keeps it. Windows logs times to 100 ns; H2 keeps them whole, PostgreSQL to
   * the microsecond, so there the 7th fraction digit is cut off here (not rounded, which would move
   * an event logged in the last 100 ns of a second, or of a day, into the next one).
   */
  public LocalDateTime kept(LocalDateTime time) {
    return this == POSTGRESQL && time != null ? time.truncatedTo(ChronoUnit.MICROS) : time;
  }

  /** The path of this dialect's variant of a script, such as "store/statements.pg.sql". */
  String variant(String path) {
    return this == POSTGRESQL ? path.replaceFirst("\\.sql$", ".pg.sql") : path;
  }
}
