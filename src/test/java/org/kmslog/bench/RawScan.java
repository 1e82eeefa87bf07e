package org.kmslog.bench;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The practical limits of the parsers: a bare Woodstox token scan and a bare Commons CSV parse of
 * the same files kmslog imports, touching every token or field and building nothing.
 */
final class RawScan {
  private RawScan() {}

  /** Scans every token of every XML file; returns the number of Event elements. */
  static long xml(List<Path> files) throws IOException, XMLStreamException {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(
        WstxInputProperties.P_INPUT_PARSING_MODE, WstxInputProperties.PARSING_MODE_DOCUMENTS);
    long events = 0;
    long touched = 0;
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        while (xml.hasNext()) {
          int type = xml.next();
          if (type == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("Event")) {
              events++;
            }
          } else if (type == XMLStreamConstants.CHARACTERS) {
            touched += xml.getTextLength();
          }
        }
        xml.close();
      }
    }
    return touched >= 0 ? events : -1;
  }

  /** Parses every record of every CSV file; returns the number of data records. */
  static long csv(List<Path> files) throws IOException {
    long records = 0;
    long touched = 0;
    for (Path file : files) {
      int bom;
      String firstLine;
      try (InputStream in = Files.newInputStream(file)) {
        byte[] head = in.readNBytes(4096);
        bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF ? 3 : 0;
        String text = new String(head, bom, head.length - bom, StandardCharsets.UTF_8);
        firstLine = text.lines().findFirst().orElse("");
      }
      char delimiter =
          firstLine.chars().filter(c -> c == ';').count()
                  > firstLine.chars().filter(c -> c == ',').count()
              ? ';'
              : ',';
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(bom);
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
        try (CSVParser parser =
            CSVParser.builder()
                .setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())
                .get()) {
          for (CSVRecord record : parser) {
            records++;
            for (String field : record) {
              touched += field.length();
            }
          }
        }
      }
    }
    return touched >= 0 ? records : -1;
  }
}
