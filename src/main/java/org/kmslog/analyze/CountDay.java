package org.kmslog.analyze;

import java.time.LocalDate;

/**
 * A host's count on one day against the threshold its clients needed then.
 *
 * @param day the day, UTC
 * @param count the distinct clients in the 30 days up to the end of that day, capped as the host
 *     caps it
 * @param threshold the count its clients of those 30 days needed
 */
public record CountDay(LocalDate day, int count, int threshold) {}
