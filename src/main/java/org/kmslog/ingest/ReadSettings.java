package org.kmslog.ingest;

import java.time.ZoneId;

/**
 * What the user tells the readers that the files cannot.
 *
 * @param timeZone the zone of local times in CSV exports
 * @param computer the computer name for exports that do not name it, or null (then the file name)
 * @param dateOrder the order of day and month in CSV dates, or null to find it from the file
 */
public record ReadSettings(ZoneId timeZone, String computer, DateOrder dateOrder) {}
