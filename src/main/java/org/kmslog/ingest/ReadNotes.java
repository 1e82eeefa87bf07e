package org.kmslog.ingest;

/**
 * What a reader found out about a file and what it assumed, for the import ledger.
 *
 * @param layout the layout found, such as "root <Events>, rendered" or the CSV header
 * @param datePattern how local dates were read, such as "M/d/yyyy h:mm:ss AM/PM", or null
 * @param computer the computer name given to events whose export names none, or null
 */
public record ReadNotes(String layout, String datePattern, String computer) {}
