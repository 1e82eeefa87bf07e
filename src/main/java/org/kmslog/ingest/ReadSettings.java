package org.kmslog.ingest;

import java.time.ZoneId;

/**
 * What the user tells the readers that the files cannot.
 *
 * @param timeZone the zone of local times in CSV exports
 * @param computer the computer name for exports that do not name it, or null (then the file name)
 * @param dateOrder the order of day and month in CSV dates, or null to find it from the file
 * @param messageTime the times events' messages carry, to find that order by when the dates alone
 *     cannot
 */
public record ReadSettings(
    ZoneId timeZone, String computer, DateOrder dateOrder, MessageTime messageTime) {

  /** Settings that take no times from messages. */
  public ReadSettings(ZoneId timeZone, String computer, DateOrder dateOrder) {
    this(timeZone, computer, dateOrder, MessageTime.NONE);
  }

  public ReadSettings {
    messageTime = messageTime == null ? MessageTime.NONE : messageTime;
  }

  /** These settings, finding the day/month order by the given times in messages. */
  public ReadSettings withMessageTime(MessageTime times) {
    return new ReadSettings(timeZone, computer, dateOrder, times);
  }
}
