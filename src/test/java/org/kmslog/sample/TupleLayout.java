package org.kmslog.sample;

import java.util.ArrayList;
import java.util.List;

/** How an XML export places a KMS "Info:" tuple in {@code EventData}. */
enum TupleLayout {
  /** One {@code Data} element holding the whole joined tuple. */
  JOINED("one Data with the joined tuple"),
  /** One {@code Data} element per field. */
  FIELDS("one Data per field"),
  /**
   * The whole joined tuple in a leading {@code Data} element, then one per field: what a real 12290
   * most likely holds (its message is {@code ...Info:%n%1}, and scripts read the fields at {@code
   * Data[1]..Data[9]}).
   */
  LEADING_JOINED("the joined tuple in a leading Data, then one Data per field"),
  /** No tuple in EventData (empty or absent): only the rendered message has it. */
  MESSAGE_ONLY("EventData empty or absent, tuple only in the message");

  private final String description;

  TupleLayout(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** The values of the {@code Data} elements a KMS tuple event gets in this layout. */
  List<String> data(LogEvent e) {
    return switch (this) {
      case JOINED -> List.of(e.joinedTuple());
      case FIELDS -> e.data();
      case LEADING_JOINED -> {
        List<String> values = new ArrayList<>(e.data().size() + 1);
        values.add(e.joinedTuple());
        values.addAll(e.data());
        yield values;
      }
      case MESSAGE_ONLY -> List.of();
    };
  }
}
