package org.kmslog.sample;

import java.util.List;

/**
 * Renders one event as a single line of XML, exactly as wevtutil or Event Viewer writes it.
 *
 * @param time how SystemTime is printed
 * @param hostTuples the layout of 12290 tuples
 * @param clientTuples the layout of 12288 and 12289 tuples
 * @param rendering the culture of the appended RenderingInfo, or null for none
 */
record XmlEventFormat(
    SystemTimeStyle time, TupleLayout hostTuples, TupleLayout clientTuples, Culture rendering) {
  private static final String NAMESPACE = "http://schemas.microsoft.com/win/2004/08/events/event";

  /** The event's XML without a line end. */
  String render(LogEvent e) {
    StringBuilder b = new StringBuilder(1600);
    b.append("<Event xmlns='").append(NAMESPACE).append("'><System>");
    appendProvider(b, e.provider());
    b.append("<EventID Qualifiers='").append(e.provider().qualifiers()).append("'>");
    b.append(e.eventId()).append("</EventID><Version>0</Version><Level>").append(e.level());
    b.append("</Level><Task>0</Task><Opcode>0</Opcode><Keywords>");
    b.append(e.provider().keywordsHex()).append("</Keywords><TimeCreated SystemTime='");
    b.append(time.format(e.time())).append("'/><EventRecordID>").append(e.recordId());
    b.append("</EventRecordID><Correlation/><Execution ProcessID='");
    b.append(e.provider().processId()).append("' ThreadID='").append(e.provider().threadId());
    b.append("'/><Channel>").append(XmlText.text(e.channel().logName())).append("</Channel>");
    b.append("<Computer>").append(XmlText.text(e.computer())).append("</Computer>");
    b.append("<Security/></System>");
    appendEventData(b, e);
    if (rendering != null) {
      appendRenderingInfo(b, e);
    }
    return b.append("</Event>").toString();
  }

  private static void appendProvider(StringBuilder b, Provider p) {
    b.append("<Provider Name='").append(XmlText.attribute(p.providerName())).append('\'');
    if (p.guid() != null) {
      b.append(" Guid='").append(p.guid()).append('\'');
    }
    if (p.eventSourceName() != null) {
      b.append(" EventSourceName='").append(XmlText.attribute(p.eventSourceName())).append('\'');
    }
    b.append("/>");
  }

  /**
   * The values of the event's {@code Data} elements in this format, in order; for a KMS tuple in
   * the MESSAGE_ONLY layout, none.
   */
  List<String> dataValues(LogEvent e) {
    if (!e.isKmsTuple()) {
      return e.data();
    }
    return (e.eventId() == 12290 ? hostTuples : clientTuples).data(e);
  }

  private void appendEventData(StringBuilder b, LogEvent e) {
    if (!e.isKmsTuple()) {
      b.append("<EventData>");
      for (int i = 0; i < e.data().size(); i++) {
        String name = e.provider() == Provider.SCM ? " Name='param" + (i + 1) + "'" : "";
        appendData(b, name, e.data().get(i));
      }
      if (e.binary() != null) {
        b.append("<Binary>").append(e.binary()).append("</Binary>");
      }
      b.append("</EventData>");
      return;
    }
    TupleLayout layout = e.eventId() == 12290 ? hostTuples : clientTuples;
    if (layout == TupleLayout.MESSAGE_ONLY) {
      // Both variants occur in the wild; alternate so that importers meet each.
      if (e.recordId() % 2 == 0) {
        b.append("<EventData/>");
      }
      return;
    }
    b.append("<EventData>");
    layout.data(e).forEach(field -> appendData(b, "", field));
    b.append("</EventData>");
  }

  private static void appendData(StringBuilder b, String nameAttribute, String value) {
    b.append("<Data").append(nameAttribute).append('>').append(XmlText.text(value));
    b.append("</Data>");
  }

  private void appendRenderingInfo(StringBuilder b, LogEvent e) {
    b.append("<RenderingInfo Culture='").append(rendering.tag()).append("'><Message>");
    b.append(XmlText.text(MessageCatalog.message(e, rendering))).append("</Message><Level>");
    b.append(rendering.levelName(e.level())).append("</Level><Task></Task><Opcode></Opcode>");
    b.append("<Channel>").append(XmlText.text(rendering.channelName(e.channel())));
    b.append("</Channel><Provider>").append(XmlText.text(e.provider().providerName()));
    b.append("</Provider><Keywords><Keyword>").append(rendering.classicKeyword());
    b.append("</Keyword></Keywords></RenderingInfo>");
  }
}
