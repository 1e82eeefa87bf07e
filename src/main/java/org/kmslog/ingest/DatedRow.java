package org.kmslog.ingest;

/**
 * A CSV row's date as written, with what tells the time its message carries, for the first pass
 * that decides how the file writes its dates.
 *
 * @param date the date and time as written
 * @param provider the event's provider (source), or null
 * @param eventId the event's ID, or -1 when the row's is not a number
 * @param message the rendered message, or null
 * @param location where the row starts ("line 12")
 */
record DatedRow(String date, String provider, int eventId, String message, String location) {}
