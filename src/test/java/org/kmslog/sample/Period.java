package org.kmslog.sample;

import java.time.Instant;

/**
 * A half-open time interval.
 *
 * @param from the first instant inside
 * @param to the first instant after
 */
record Period(Instant from, Instant to) {
  boolean contains(Instant t) {
    return !t.isBefore(from) && t.isBefore(to);
  }
}
