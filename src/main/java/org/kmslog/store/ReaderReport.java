package org.kmslog.store;

/**
 * What reading a file came to, as the ledger keeps it.
 *
 * @param layout the layout the reader found, or null
 * @param datePattern how local dates were read, or null
 * @param defaultComputer the computer name given to events that name none, or null
 * @param eventsRead every event read
 * @param skipped events that are not KMS events
 * @param rejected events that could not be used
 * @param durationMillis how long the file took
 */
public record ReaderReport(
    String layout,
    String datePattern,
    String defaultComputer,
    long eventsRead,
    long skipped,
    long rejected,
    long durationMillis) {}
