package org.kmslog.sample;

/**
 * Formats the XML shapes: bare wevtutil fragments, wevtutil with an {@code Events} root, and Event
 * Viewer's "Save All Events As" file with its declaration.
 *
 * @param events how each event is rendered
 * @param declaration whether the file starts with Event Viewer's XML declaration
 * @param root whether the events sit in an {@code Events} root element
 * @param lineEnd the line separator
 */
record XmlExportFormatter(XmlEventFormat events, boolean declaration, boolean root, String lineEnd)
    implements EventFormatter {

  @Override
  public String header() {
    String prolog =
        declaration
            ? "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" + lineEnd
            : "";
    return root ? prolog + "<Events>" + lineEnd : prolog;
  }

  @Override
  public String record(LogEvent event) {
    return events.render(event) + lineEnd;
  }

  @Override
  public String footer() {
    return root ? "</Events>" + lineEnd : "";
  }
}
