package org.kmslog.sample;

/** How a client's 12288 tuple deviates from the full ten fields, as some real events do. */
enum TupleQuirk {
  NONE,
  /** The minimum-count field is present but empty: {@code ..., <activation id>, }. */
  EMPTY_MIN_COUNT,
  /** The activation id and minimum count are missing: eight fields. */
  DROP_LAST_TWO
}
