package org.kmslog.ingest;

import java.nio.file.Path;

/** Opens the reader that fits a sniffed file. */
public final class EventReaders {
  private EventReaders() {}

  /** Opens a reader for the file's format. */
  public static EventReader open(Path file, SniffedInput input, ReadSettings settings)
      throws ReadException {
    return open(InputFile.onDisk(file), input, settings);
  }

  /** Opens a reader for the file's format, reading its content from the disk or from memory. */
  public static EventReader open(InputFile file, SniffedInput input, ReadSettings settings)
      throws ReadException {
    return switch (input.format()) {
      case XML -> XmlEventReader.open(file, input.encoding(), settings.computer());
      case EVENT_VIEWER_CSV -> EventViewerCsvReader.open(file, input.encoding(), settings);
      case POWERSHELL_CSV -> PowerShellCsvReader.open(file, input.encoding(), settings);
      case EVTX -> EvtxEventReader.open(file, settings.computer());
    };
  }
}
