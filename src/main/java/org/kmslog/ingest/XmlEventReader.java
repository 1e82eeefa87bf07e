package org.kmslog.ingest;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * Streams events from wevtutil and Event Viewer XML exports, with or without a root element.
 *
 * <p>Woodstox reads the bytes itself so that it honours the byte-order mark and reports positions
 * of encoding errors. DTDs are refused outright: event exports never have one, and refusing them
 * closes the door on XXE and entity-expansion files.
 */
public final class XmlEventReader implements EventReader {
  /** Longest text of one element we keep (a Data value or a message); events are a few KB. */
  static final int MAX_VALUE_CHARS = 1 << 20;

  private static final int MAX_DEPTH = 64;
  private static final XMLInputFactory FACTORY = newFactory();

  private final Path file;
  private final CountingInputStream in;
  private final XMLStreamReader xml;
  private final XmlEventParser parser;
  private String rootName;
  private boolean sawElement;

  private XmlEventReader(
      Path file, CountingInputStream in, XMLStreamReader xml, String fallbackComputer) {
    this.file = file;
    this.in = in;
    this.xml = xml;
    this.parser = new XmlEventParser(file, xml, fallbackComputer);
  }

  /**
   * Opens a file for streaming.
   *
   * @param encoding the encoding the sniffer found; UTF-16 files are decoded here because Windows
   *     PowerShell redirects re-encode Event Viewer XML to UTF-16 but leave its "utf-8" declaration
   * @param fallbackComputer the computer name for events without a Computer element, or null
   */
  public static XmlEventReader open(Path file, TextEncoding encoding, String fallbackComputer)
      throws ReadException {
    return open(InputFile.onDisk(file), encoding, fallbackComputer);
  }

  /**
   * Opens a file for streaming as {@link #open(Path, TextEncoding, String)}, from disk or memory.
   */
  static XmlEventReader open(InputFile input, TextEncoding encoding, String fallbackComputer)
      throws ReadException {
    Path file = input.path();
    CountingInputStream in = null;
    try {
      in = new CountingInputStream(input.open());
      XMLStreamReader xml;
      if (encoding.charset().equals(StandardCharsets.UTF_8)) {
        xml = FACTORY.createXMLStreamReader(in);
      } else {
        in.skipNBytes(encoding.bomLength());
        xml = FACTORY.createXMLStreamReader(encoding.strictReader(in));
      }
      return new XmlEventReader(file, in, xml, fallbackComputer);
    } catch (IOException e) {
      throw ReadException.cannotRead(file, e);
    } catch (XMLStreamException e) {
      closeQuietly(in);
      throw XmlEventParser.syntaxError(file, e, null);
    }
  }

  @Override
  public RawEvent readNext() throws ReadException {
    try {
      while (xml.hasNext()) {
        int type = xml.next();
        if (type == XMLStreamConstants.DTD) {
          throw ReadException.fileError(
              file,
              XmlEventParser.position(xml.getLocation()),
              "a DTD (<!DOCTYPE>) is not allowed in an event export; refused to protect against"
                  + " XXE and entity-expansion attacks");
        }
        if (type != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (name.equals("Event")) {
          sawElement = true;
          return parser.parseEvent();
        }
        if (!sawElement && rootName == null) {
          // wevtutil /e:NAME lets the user name the root, so any name will do for the root.
          rootName = name;
          sawElement = true;
          continue;
        }
        throw ReadException.fileError(
            file,
            XmlEventParser.position(xml.getLocation()),
            "element <" + name + "> where an <Event> was expected; not an event log export");
      }
      return null;
    } catch (XMLStreamException e) {
      throw XmlEventParser.syntaxError(file, e, xml.getLocation());
    } catch (WstxLazyException e) {
      XMLStreamException cause =
          e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage());
      throw XmlEventParser.syntaxError(file, cause, xml.getLocation());
    }
  }

  @Override
  public long bytesRead() {
    return in.count();
  }

  @Override
  public ReadNotes notes() {
    String root = rootName == null ? "no root" : "root <" + rootName + ">";
    return new ReadNotes(
        parser.sawRenderingInfo() ? root + ", rendered" : root, null, parser.usedFallback());
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Closing a reader we are done with cannot lose data; the stream is closed below anyway.
    } finally {
      in.close();
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(
        WstxInputProperties.P_INPUT_PARSING_MODE, WstxInputProperties.PARSING_MODE_DOCUMENTS);
    // Errors inside a token must surface from next() as XMLStreamException with a position, not
    // later from getText() as an unchecked WstxLazyException.
    factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_VALUE_CHARS);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    return factory;
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
