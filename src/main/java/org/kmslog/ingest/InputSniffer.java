package org.kmslog.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Tells an export's format and encoding from its content, never from its file name. */
public final class InputSniffer {
  /** Enough for a CSV header and a first row with its multi-line message. */
  private static final int HEAD_BYTES = 64 * 1024;

  /** What the ledger calls the encoding of a binary event log. */
  private static final TextEncoding BINARY =
      new TextEncoding(java.nio.charset.StandardCharsets.UTF_16LE, 0, "binary");

  private InputSniffer() {}

  /**
   * Reads the start of a file and says what it is.
   *
   * @throws ReadException when the file is empty, binary or not an event export, with a hint
   */
  public static SniffedInput sniff(Path file) throws ReadException {
    return sniff(InputFile.onDisk(file));
  }

  /**
   * Reads the start of a file, from the disk or from its content in memory, and says what it is.
   *
   * @throws ReadException when the file is empty, binary or not an event export, with a hint
   */
  public static SniffedInput sniff(InputFile input) throws ReadException {
    Path file = input.path();
    byte[] head;
    try {
      head = input.head(HEAD_BYTES);
    } catch (IOException e) {
      throw ReadException.cannotRead(file, e);
    }
    int length = head.length;
    if (EvtxFileHeader.hasMagic(head, length)) {
      return new SniffedInput(InputFormat.EVTX, BINARY);
    }
    try {
      return sniffText(file, head, length);
    } catch (ReadException e) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".evtx")) {
        // Only the name says .evtx; the content decides, and this content is not one.
        throw ReadException.fileError(
            file,
            null,
            "named .evtx but not a binary event log: it does not start with the signature"
                + " ElfFile ("
                + e.reason()
                + ")");
      }
      throw e;
    }
  }

  private static SniffedInput sniffText(Path file, byte[] head, int length) throws ReadException {
    rejectKnownBinary(file, head, length);
    TextEncoding encoding = TextEncoding.detect(head, length);
    String text = decodeHead(head, length, encoding);
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw ReadException.fileError(
          file,
          null,
          length == 0
              ? "empty file"
              : length == encoding.bomLength()
                  ? "empty file (nothing but a byte-order mark)"
                  : "file holds only white space");
    }
    int nul = encoding.label().equals("UTF-8") ? firstNul(head, length) : -1;
    if (nul >= 0) {
      throw ReadException.fileError(
          file,
          "byte " + nul,
          "a NUL byte: binary data or a damaged copy, not a text export of an event log");
    }
    if (start.charAt(0) == '<') {
      return new SniffedInput(InputFormat.XML, encoding);
    }
    if (looksLikeJson(start)) {
      throw ReadException.fileError(
          file,
          null,
          "JSON, not an event export; export the log as XML, CSV or .evtx (in PowerShell:"
              + " Export-Csv, not ConvertTo-Json)");
    }
    InputFormat csv = CsvShape.detect(start);
    if (csv != null) {
      return new SniffedInput(csv, encoding);
    }
    if (CsvShape.hasDelimiter(CsvShape.firstLine(start))) {
      throw ReadException.fileError(
          file,
          null,
          "a CSV file, but neither Event Viewer's layout (five named columns and the message)"
              + " nor PowerShell Export-Csv (Get-WinEvent's Id, TimeCreated and Message columns, or"
              + " Get-EventLog's EventID, TimeGenerated and Message); it starts: "
              + CsvShape.firstLine(start));
    }
    throw ReadException.fileError(
        file,
        null,
        "not an event log export: expected XML (wevtutil, Event Viewer) or CSV (Event Viewer"
            + " Save As CSV, PowerShell Export-Csv)");
  }

  private static void rejectKnownBinary(Path file, byte[] head, int length) throws ReadException {
    if (startsWithAscii(head, length, "ElfChnk\0")) {
      throw ReadException.fileError(
          file,
          null,
          "a chunk of a binary .evtx event log without the file header; copy the whole .evtx file");
    }

    if (startsWithAscii(head, length, "PK\u0003\u0004")) {
      throw ReadException.fileError(
          file, null, "ZIP archive; extract it and import the exported files inside");
    }
    if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      throw ReadException.fileError(
          file, null, "gzip-compressed file; decompress it and import the export inside");
    }
  }

  /**
   * An object, or an array of objects, strings or arrays: what ConvertTo-Json writes. No event
   * export starts so (a CSV header starts with a column name, XML with a tag).
   */
  private static boolean looksLikeJson(String start) {
    if (start.charAt(0) == '{') {
      return true;
    }
    if (start.charAt(0) != '[') {
      return false;
    }
    String inside = start.substring(1).stripLeading();
    return !inside.isEmpty() && "{[\"]".indexOf(inside.charAt(0)) >= 0;
  }

  private static boolean startsWithAscii(byte[] head, int length, String prefix) {
    if (length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (head[i] != (byte) prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int firstNul(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decodeHead(byte[] head, int length, TextEncoding encoding) {
    // Lenient on purpose: the head may end inside a character; the reader reports real errors.
    return encoding
        .charset()
        .decode(ByteBuffer.wrap(head, encoding.bomLength(), length - encoding.bomLength()))
        .toString();
  }

  /** Why a file could not be read, in a few words ("no such file", "permission denied"). */
  public static String describe(IOException e) {
    return IoProblem.describe(e);
  }
}
