package org.kmslog.ingest;

/** The kinds of export kmslog reads. */
public enum InputFormat {
  /** wevtutil or Event Viewer XML, with or without a root element. */
  XML("XML"),
  /** Event Viewer "Save As CSV": five named columns and the message. */
  EVENT_VIEWER_CSV("Event Viewer CSV"),
  /** PowerShell {@code Get-WinEvent | Export-Csv} or {@code Get-EventLog | Export-Csv}. */
  POWERSHELL_CSV("PowerShell CSV"),
  /** A binary Windows event log (.evtx), as Event Viewer and {@code wevtutil epl} save it. */
  EVTX("EVTX");

  private final String label;

  InputFormat(String label) {
    this.label = label;
  }

  /** The name shown to users and kept in the import ledger. */
  public String label() {
    return label;
  }
}
