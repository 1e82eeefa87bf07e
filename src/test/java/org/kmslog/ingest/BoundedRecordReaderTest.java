package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The limit on one CSV record's length: records end at line breaks outside quotes, whichever way
 * the text is read (a character at a time, or in pieces that split records and quotes).
 */
class BoundedRecordReaderTest {
  private static final int LIMIT = 10;

  @Test
  void recordsUpToTheLimitPassThroughUnchanged() throws Exception {
    String text = "0123456789\r\n\"a\",\"b\",cd\n0123456789";
    for (int piece : new int[] {1, 3, 7, 64}) {
      assertEquals(text, readAll(text, piece), "read in pieces of " + piece);
    }
    assertEquals(text, readOneByOne(text));
  }

  @Test
  void aRecordOneCharacterLongerFailsHoweverItIsRead() {
    String text = "short\n01234567890\n";
    for (int piece : new int[] {1, 3, 7, 64}) {
      IOException e = assertThrows(IOException.class, () -> readAll(text, piece));
      assertEquals("a record longer than 10 characters", e.getMessage());
    }
    assertThrows(BoundedRecordReader.RecordTooLongException.class, () -> readOneByOne(text));
  }

  @Test
  void lineBreaksInsideQuotesDoNotEndTheRecord() {
    // Two lines of 6 characters, but one record of 13: the break is inside a quoted message.
    String quoted = "\"abcd\nefgh\"\n";
    for (int piece : new int[] {1, 2, 5, 64}) {
      assertThrows(IOException.class, () -> readAll(quoted, piece), "pieces of " + piece);
    }
    String unquoted = "abcdef\nghijkl\n";
    assertEquals(unquoted, assertDoesNotFail(unquoted));
  }

  private static String assertDoesNotFail(String text) {
    try {
      return readAll(text, 3);
    } catch (IOException e) {
      throw new AssertionError("refused " + text, e);
    }
  }

  private static String readAll(String text, int piece) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader = new BoundedRecordReader(new StringReader(text), LIMIT)) {
      char[] buffer = new char[piece + 2];
      for (int n = reader.read(buffer, 1, piece); n > 0; n = reader.read(buffer, 1, piece)) {
        out.append(buffer, 1, n);
      }
    }
    return out.toString();
  }

  private static String readOneByOne(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader = new BoundedRecordReader(new StringReader(text), LIMIT)) {
      for (int c = reader.read(); c >= 0; c = reader.read()) {
        out.append((char) c);
      }
    }
    return out.toString();
  }
}
