package org.kmslog.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through, failing once one record grows longer than a limit: Commons CSV holds a
 * whole field in memory, so a hostile file with one endless quoted value would exhaust the heap.
 * Quotes are followed the way RFC 4180 writes them, so line breaks inside a quoted message stay
 * inside its record.
 */
final class BoundedRecordReader extends FilterReader {
  /** No event's record comes near this: messages are a few kilobytes. */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private final int limit;
  private int recordChars;
  private boolean quoted;
  private final char[] one = new char[1];

  BoundedRecordReader(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  /** Thrown when a record is longer than the limit. */
  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException(int limit) {
      super("a record longer than " + limit + " characters");
    }
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    // The state in locals: this loop sees every character of a CSV.
    boolean inQuotes = quoted;
    int chars = recordChars;
    for (int i = offset, end = offset + Math.max(n, 0); i < end; i++) {
      char c = buffer[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if ((c == '\n' || c == '\r') && !inQuotes) {
        chars = 0;
        continue;
      }
      if (++chars > limit) {
        throw new RecordTooLongException(limit);
      }
    }
    quoted = inQuotes;
    recordChars = chars;
    return n;
  }
}
