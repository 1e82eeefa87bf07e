package org.kmslog.sample;

import java.util.Locale;

/** An event provider whose classic events appear in the generated logs. */
enum Provider {
  SPP(
      "Microsoft-Windows-Security-SPP",
      "{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}",
      "Software Protection Platform Service",
      "Security-SPP",
      16384,
      0x80000000000000L,
      0),
  VSS("VSS", null, null, "VSS", 0, 0x80000000000000L, 0),
  SCM(
      "Service Control Manager",
      "{555908d1-a6d7-4695-8e1e-26931d2012f4}",
      "Service Control Manager",
      "Service Control Manager",
      16384,
      0x8080000000000000L,
      756);

  private final String providerName;
  private final String guid;
  private final String eventSourceName;
  private final String sourceName;
  private final int qualifiers;
  private final long keywords;
  private final int processId;

  Provider(
      String providerName,
      String guid,
      String eventSourceName,
      String sourceName,
      int qualifiers,
      long keywords,
      int processId) {
    this.providerName = providerName;
    this.guid = guid;
    this.eventSourceName = eventSourceName;
    this.sourceName = sourceName;
    this.qualifiers = qualifiers;
    this.keywords = keywords;
    this.processId = processId;
  }

  /** The provider name in the XML {@code Provider Name} attribute. */
  String providerName() {
    return providerName;
  }

  /** The provider GUID in braces as wevtutil prints it, or null for a legacy source. */
  String guid() {
    return guid;
  }

  /** The GUID as .NET prints it (lower case, no braces), or an empty string. */
  String dotNetGuid() {
    return guid == null ? "" : guid.substring(1, guid.length() - 1).toLowerCase(Locale.ROOT);
  }

  /** The legacy event source name, or null when the XML omits it. */
  String eventSourceName() {
    return eventSourceName;
  }

  /** The short source name Event Viewer shows in its CSV export. */
  String sourceName() {
    return sourceName;
  }

  int qualifiers() {
    return qualifiers;
  }

  long keywords() {
    return keywords;
  }

  /** The keywords mask as wevtutil prints it. */
  String keywordsHex() {
    return "0x" + Long.toHexString(keywords);
  }

  int processId() {
    return processId;
  }

  /** A thread id that is plausible for the provider's process. */
  int threadId() {
    return processId == 0 ? 0 : 6120;
  }
}
