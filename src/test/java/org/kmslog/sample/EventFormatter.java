package org.kmslog.sample;

/** Turns events into the text of one export shape: a header, one record per event, a footer. */
interface EventFormatter {
  /** Text before the first record, line ends included (may be empty). */
  String header();

  /** One event's record, its line end included. */
  String record(LogEvent event);

  /** Text after the last record (may be empty). */
  String footer();
}
