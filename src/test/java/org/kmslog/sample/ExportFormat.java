package org.kmslog.sample;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An export shape a synthetic estate may use; each log file gets one of the chosen shapes. */
public enum ExportFormat {
  /** Bare {@code wevtutil qe /f:xml} output: events without root, UTF-8, CRLF (shape A). */
  WEVTUTIL_XML("wevtutil"),
  /** Event Viewer "Save All Events As... XML" with RenderingInfo, newest first (shape C). */
  EVENT_VIEWER_XML("eventviewer-xml"),
  /** Event Viewer "Save As CSV", en-US, newest first (shape F). */
  EVENT_VIEWER_CSV("eventviewer-csv"),
  /** Windows PowerShell 5.1 {@code Get-WinEvent | Export-Csv}, 27 columns (shape H). */
  POWERSHELL_CSV("powershell-csv"),
  /** A binary .evtx log, Event Viewer's default "Save All Events As" (shape J). */
  EVTX("evtx");

  /** The text exports, which every kmslog release reads. */
  static final Set<ExportFormat> TEXT =
      Collections.unmodifiableSet(
          EnumSet.of(WEVTUTIL_XML, EVENT_VIEWER_XML, EVENT_VIEWER_CSV, POWERSHELL_CSV));

  private final String token;

  ExportFormat(String token) {
    this.token = token;
  }

  /** The name the command line uses for this format. */
  public String token() {
    return token;
  }
}
