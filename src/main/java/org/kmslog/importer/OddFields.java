package org.kmslog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslog.kms.OddField;

/**
 * The optional fields a file's events held in a form kmslog cannot read, and so were stored
 * without: one warning per field and event ID, with how many events and the first value, however
 * many events there are.
 */
final class OddFields {
  private final Map<String, Tally> byField = new LinkedHashMap<>();

  /** Notes a field left out of an event that starts at a location of the file. */
  void add(OddField odd, String location) {
    byField.computeIfAbsent(odd.eventId() + " " + odd.field(), k -> new Tally(odd, location))
        .count++;
  }

  /** One line per field, in the order each was first seen, naming the file. */
  List<String> warnings(Path file) {
    List<String> lines = new ArrayList<>(byField.size());
    for (Tally tally : byField.values()) {
      lines.add(tally.warning(file));
    }
    return lines;
  }

  private static final class Tally {
    private final OddField first;
    private final String location;
    private long count;

    Tally(OddField first, String location) {
      this.first = first;
      this.location = location;
    }

    String warning(Path file) {
      boolean one = count == 1;
      String example = "'" + first.value() + "'" + (location == null ? "" : ", " + location);
      return file
          + ": the "
          + first.field()
          + " of "
          + count
          + (one ? " event " : " events ")
          + first.eventId()
          + " is not "
          + first.expected()
          + (one
              ? " (" + example + "); the event is"
              : " (the first: " + example + "); the events are")
          + " stored without it";
    }
  }
}
