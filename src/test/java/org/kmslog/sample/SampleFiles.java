package org.kmslog.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the generated sample files back for the tests. */
final class SampleFiles {
  private SampleFiles() {}

  static List<ParsedEvent> xml(Path dir, String name) throws IOException {
    try {
      return XmlExportReader.read(dir.resolve(name));
    } catch (XMLStreamException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  /** The file's text, without a BOM, decoded with the given charset. */
  static String text(Path file, Charset charset) throws IOException {
    String text = new String(Files.readAllBytes(file), charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** All records of a CSV file, the header line (and a #TYPE line) included. */
  static List<CSVRecord> csv(Path file, char delimiter) throws IOException {
    String text = text(file, StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    try (Reader in = new StringReader(text);
        CSVParser parser = CSVParser.parse(in, format)) {
      return parser.getRecords();
    }
  }

  /** Whether the file starts with the given bytes. */
  static boolean startsWith(Path file, int... bytes) throws IOException {
    byte[] content = Files.readAllBytes(file);
    if (content.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((content[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
