/**
 * Readers that stream the events of exported event logs (binary .evtx, wevtutil and Event Viewer
 * XML, Event Viewer CSV, PowerShell CSV) as raw events, telling format and encoding from the
 * content and knowing nothing of KMS.
 *
 * <p>May import: nothing from kmslog. It is the first stage; every other stage reads what it reads.
 */
package org.kmslog.ingest;
