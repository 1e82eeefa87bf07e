package org.kmslog.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file through the real sniffer and reader and renders what it yields, one line each. */
final class GoldenEvents {

  private GoldenEvents() {}

  /**
   * Renders every event, every event-level error, and a final file-level error if any, with the
   * file's directory removed from messages so that the text does not depend on the checkout.
   */
  static List<String> render(Path file, ReadSettings settings) {
    List<String> lines = new ArrayList<>();
    try {
      SniffedInput input = InputSniffer.sniff(file);
      lines.add("FORMAT " + input.format().label() + ", " + input.encoding().label());
      try (EventReader reader = EventReaders.open(file, input, settings)) {
        while (true) {
          try {
            RawEvent event = reader.readNext();
            if (event == null) {
              break;
            }
            lines.add(render(event));
          } catch (ReadException e) {
            if (!e.isEventOnly()) {
              throw e;
            }
            lines.add("EVENT ERROR " + relative(e.getMessage(), file));
          }
        }
        ReadNotes notes = reader.notes();
        lines.add(
            "NOTES "
                + notes.layout()
                + " | dates "
                + notes.datePattern()
                + " | computer "
                + notes.computer());
      }
    } catch (ReadException e) {
      lines.add("FILE ERROR " + relative(e.getMessage(), file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return lines;
  }

  static String render(RawEvent e) {
    StringBuilder data = new StringBuilder();
    for (String value : e.data()) {
      data.append('[').append(escape(value)).append(']');
    }
    return String.join(
        " | ",
        "EVENT " + e.eventId(),
        String.valueOf(e.timeCreated()),
        String.valueOf(e.computer()),
        String.valueOf(e.channel()),
        String.valueOf(e.recordId()),
        String.valueOf(e.provider()),
        "data " + data,
        "message " + (e.message() == null ? "null" : "[" + escape(e.message()) + "]"),
        e.location());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String relative(String message, Path file) {
    return message.replace(file.toString(), file.getFileName().toString());
  }
}
