package org.kmslog.sample;

/** An event log channel that the generated exports contain. */
enum Channel {
  APPLICATION("Application", "Anwendung", "Application"),
  KEY_MANAGEMENT_SERVICE(
      "Key Management Service", "Key Management Service", "Key-Management-Service"),
  SYSTEM("System", "System", "System");

  private final String logName;
  private final String germanName;
  private final String fileToken;

  Channel(String logName, String germanName, String fileToken) {
    this.logName = logName;
    this.germanName = germanName;
    this.fileToken = fileToken;
  }

  /** The channel name as Windows stores it in the event. */
  String logName() {
    return logName;
  }

  /** The channel name Event Viewer shows on a German system. */
  String germanName() {
    return germanName;
  }

  /** The channel as it appears in an export's file name, without spaces. */
  String fileToken() {
    return fileToken;
  }
}
