package org.kmslog.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte encoding of an export, with or without a byte order mark. */
enum FileEncoding {
  UTF8("UTF-8 without BOM", StandardCharsets.UTF_8, new byte[0]),
  UTF8_BOM(
      "UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
  UTF16LE_BOM(
      "UTF-16LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
  UTF16BE_BOM(
      "UTF-16BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
  /** Windows PowerShell 5.1's {@code Export-Csv} default: non-ASCII characters become '?'. */
  ASCII("ASCII", StandardCharsets.US_ASCII, new byte[0]),
  /**
   * A binary .evtx event log (its strings are UTF-16LE); not text: {@link EvtxExportFile} writes
   * it, and the spec's formatter is the wevtutil XML its records render as.
   */
  EVTX("EVTX (binary)", StandardCharsets.UTF_16LE, new byte[0]);

  private final String label;
  private final Charset charset;
  private final byte[] bom;

  FileEncoding(String label, Charset charset, byte[] bom) {
    this.label = label;
    this.charset = charset;
    this.bom = bom;
  }

  String label() {
    return label;
  }

  Charset charset() {
    return charset;
  }

  byte[] bom() {
    return bom.clone();
  }
}
