package org.kmslog.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV export, streamed: decodes the file's encoding strictly, skips PowerShell's
 * "#TYPE" line, finds the delimiter from the header, and reports errors with their line.
 */
final class CsvSource implements Closeable {
  private final Path file;
  private final CountingInputStream bytes;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final int skippedLines;
  private final String typeLine;
  private final char delimiter;
  private final List<String> header;
  private long recordLine;

  private CsvSource(
      Path file, CountingInputStream bytes, CSVParser parser, String typeLine, char delimiter)
      throws ReadException {
    this.file = file;
    this.bytes = bytes;
    this.parser = parser;
    this.records = parser.iterator();
    this.skippedLines = typeLine == null ? 0 : 1;
    this.typeLine = typeLine;
    this.delimiter = delimiter;
    CSVRecord first = nextRecord();
    this.header = first == null ? List.of() : first.toList();
  }

  /** Opens a file whose encoding the sniffer found. */
  static CsvSource open(InputFile input, TextEncoding encoding) throws ReadException {
    Path file = input.path();
    CountingInputStream in = null;
    try {
      in = new CountingInputStream(input.open());
      in.skipNBytes(encoding.bomLength());
      // A buffer no larger than the file: a drop folder holds thousands of exports of a few KB,
      // and clearing 128 KB for each was a fifth of what such a file cost to open.
      int buffer = bufferChars(input);
      Reader text = encoding.strictReader(in);
      if (!input.inMemory() || input.size() > BoundedRecordReader.MAX_RECORD_CHARS) {
        // Content in memory of no more bytes than the limit holds no more characters either
        // (every encoding takes at least a byte a character): only a longer one is bounded.
        text = new BoundedRecordReader(text, BoundedRecordReader.MAX_RECORD_CHARS);
      }
      BufferedReader reader = new BufferedReader(text, buffer);
      String typeLine = null;
      reader.mark(buffer);
      String firstLine = reader.readLine();
      if (firstLine != null && firstLine.startsWith("#TYPE")) {
        typeLine = firstLine;
        reader.mark(buffer);
        firstLine = reader.readLine();
      }
      reader.reset();
      char delimiter = delimiterOf(firstLine == null ? "" : firstLine);
      CSVFormat format =
          CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      return new CsvSource(file, in, parser, typeLine, delimiter);
    } catch (CharacterCodingException e) {
      closeQuietly(in);
      throw notInEncoding(file, "line 1");
    } catch (IOException e) {
      closeQuietly(in);
      throw ReadException.cannotRead(file, e);
    }
  }

  /**
   * The read buffer's size, which is also how far the first lines are read ahead of the mark: 64K
   * characters, or as many as the file has bytes (a character takes at least one), so that the
   * buffer never grows and the first lines always fit in it.
   */
  private static int bufferChars(InputFile input) throws IOException {
    return (int) Math.min(1 << 16, Math.max(1024, input.size() + 16));
  }

  /** The first record: the header. */
  List<String> header() {
    return header;
  }

  /** PowerShell's "#TYPE ..." first line, which names the exported objects' type, or null. */
  String typeLine() {
    return typeLine;
  }

  /** Bytes of the file read so far. */
  long bytesRead() {
    return bytes.count();
  }

  /** The delimiter found in the header line. */
  char delimiter() {
    return delimiter;
  }

  /**
   * Every data row from here on as the function makes it of the row and where it starts, read
   * lazily, for a first pass over the file; rows it makes null of are passed over, and a broken row
   * ends the pass (the reading pass reports it).
   */
  <T> Iterator<T> rows(BiFunction<CSVRecord, String, T> map) {
    return new Iterator<>() {
      private T next = advance();

      private T advance() {
        try {
          T made = null;
          while (made == null) {
            CSVRecord row = nextRecord();
            if (row == null) {
              return null;
            }
            made = map.apply(row, location());
          }
          return made;
        } catch (ReadException e) {
          return null;
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public T next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        T value = next;
        next = advance();
        return value;
      }
    };
  }

  /** The next record, or null at the end. */
  CSVRecord next() throws ReadException {
    return nextRecord();
  }

  /** Where the record last returned starts, for messages: "line 12". */
  String location() {
    return "line " + recordLine;
  }

  private CSVRecord nextRecord() throws ReadException {
    recordLine = parser.getCurrentLineNumber() + 1 + skippedLines;
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notInEncoding(file, "after line " + (parser.getCurrentLineNumber() + skippedLines));
      }
      if (e.getCause() instanceof BoundedRecordReader.RecordTooLongException tooLong) {
        throw ReadException.fileError(
            file,
            "line " + recordLine,
            tooLong.getMessage() + "; no event holds that much, the file is damaged or hostile",
            e);
      }
      throw ReadException.fileError(
          file,
          "line " + recordLine,
          "CSV: " + cleanMessage(e.getCause() == null ? e : e.getCause()),
          e);
    } catch (IllegalStateException e) {
      throw ReadException.fileError(file, "line " + recordLine, "CSV: " + cleanMessage(e), e);
    }
  }

  private static ReadException notInEncoding(Path file, String where) {
    return ReadException.fileError(
        file,
        where,
        "bytes that are not valid in the file's encoding (a file cut inside a character,"
            + " or text in another encoding)");
  }

  /** Commons CSV's messages in an admin's words, without the position (ours is in front). */
  private static String cleanMessage(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "the file ends inside a quoted value; it is probably cut off";
    }
    if (message.contains("invalid char between encapsulated token and delimiter")) {
      return "a quote inside a quoted value is not doubled, or a value goes on after its"
          + " closing quote";
    }
    return message.replaceAll("\\s*\\(?(at )?(line|startline) \\d+\\)?", "").strip();
  }

  /** The delimiter the header line uses most, outside quotes: ',', ';' or a tab. */
  static char delimiterOf(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // Already failing; the first error is the one worth reporting.
      }
    }
  }
}
