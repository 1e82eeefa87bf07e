package org.kmslog.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of a file as told by its byte-order mark or its first bytes.
 *
 * @param charset the charset to decode with
 * @param bomLength how many bytes of byte-order mark precede the text
 * @param label the name kept in the import ledger, such as "UTF-16LE (BOM)"
 */
public record TextEncoding(Charset charset, int bomLength, String label) {

  /** Tells the encoding from the first bytes of a file (UTF-8 when nothing says otherwise). */
  public static TextEncoding detect(byte[] head, int length) {
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
    }
    // Without a BOM, UTF-16 text of ASCII characters has a zero byte in every other position.
    if (length >= 2 && head[0] != 0 && head[1] == 0) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
    }
    if (length >= 2 && head[0] == 0 && head[1] != 0) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
    }
    return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
  }

  /**
   * Reads the text of a stream positioned after the byte-order mark, strictly: a byte sequence that
   * is not text in this encoding is an error, never a replacement character.
   */
  Reader strictReader(InputStream in) {
    return new InputStreamReader(
        in,
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static boolean startsWith(byte[] head, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
