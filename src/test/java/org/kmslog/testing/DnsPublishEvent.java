package org.kmslog.testing;

/** A wevtutil-shaped 12293 or 12294 (DNS publishing) event of KMS01.corp.example, for tests. */
public final class DnsPublishEvent {
  private DnsPublishEvent() {}

  /**
   * The event as one line of XML.
   *
   * @param id 12293 (failed) or 12294 (published)
   * @param record its record id
   * @param time its SystemTime, such as 2026-10-13T04:00:00Z
   * @param data its Data elements
   */
  public static String xml(int id, int record, String time, String data) {
    return "<Event><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID>"
        + id
        + "</EventID><TimeCreated SystemTime='"
        + time
        + "'/><EventRecordID>"
        + record
        + "</EventRecordID><Channel>Application</Channel><Computer>KMS01.corp.example</Computer>"
        + "</System><EventData>"
        + data
        + "</EventData></Event>\n";
  }
}
