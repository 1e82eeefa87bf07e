package org.kmslog.sample;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads every event of an XML export with Woodstox, as an importer would. */
final class XmlExportReader {
  private XmlExportReader() {}

  static List<ParsedEvent> read(Path file) throws IOException, XMLStreamException {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(
        WstxInputProperties.P_INPUT_PARSING_MODE, WstxInputProperties.PARSING_MODE_DOCUMENTS);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<ParsedEvent> events = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Event")) {
            events.add(readEvent(r));
          }
        }
      } finally {
        r.close();
      }
    }
    return events;
  }

  private static ParsedEvent readEvent(XMLStreamReader r) throws XMLStreamException {
    String provider = null;
    String systemTime = null;
    String culture = null;
    String message = null;
    int eventId = 0;
    int level = 0;
    long recordId = 0;
    String channel = null;
    String computer = null;
    boolean hasEventData = false;
    boolean inRendering = false;
    List<String> data = new ArrayList<>();
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Event"))) {
      if (r.getEventType() == XMLStreamConstants.END_ELEMENT
          && r.getLocalName().equals("RenderingInfo")) {
        inRendering = false;
      }
      if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "Provider" -> provider = inRendering ? provider : r.getAttributeValue(null, "Name");
        case "EventID" -> eventId = Integer.parseInt(r.getElementText());
        case "Level" -> level = inRendering ? level : Integer.parseInt(r.getElementText());
        case "TimeCreated" -> systemTime = r.getAttributeValue(null, "SystemTime");
        case "EventRecordID" -> recordId = Long.parseLong(r.getElementText());
        case "Channel" -> channel = inRendering ? channel : r.getElementText();
        case "Computer" -> computer = r.getElementText();
        case "EventData" -> hasEventData = true;
        case "Data" -> data.add(r.getElementText());
        case "RenderingInfo" -> {
          inRendering = true;
          culture = r.getAttributeValue(null, "Culture");
        }
        case "Message" -> message = r.getElementText();
        default -> {}
      }
    }
    return new ParsedEvent(
        provider,
        eventId,
        level,
        systemTime,
        recordId,
        channel,
        computer,
        hasEventData,
        List.copyOf(data),
        message,
        culture);
  }
}
