package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleXmlShapesTest {
  private static final String T7 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z";
  @TempDir static Path dir;
  private static Map<String, Long> eventCounts;

  /**
   * What one XML sample must look like.
   *
   * @param file the file name
   * @param encoding the encoding name ("UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE")
   * @param firstLine the file's first line
   * @param lineEnd the line separator
   * @param culture the RenderingInfo culture, or null if there is none
   * @param newestFirst whether events run from newest to oldest
   * @param timePattern the pattern every SystemTime matches
   */
  record Shape(
      String file,
      String encoding,
      String firstLine,
      String lineEnd,
      String culture,
      boolean newestFirst,
      String timePattern) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";
  private static final String EVENT =
      "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>";

  static Stream<Shape> shapes() {
    return Stream.of(
        bare("KMS01_Key-Management-Service.xml", "\r\n", T7),
        viewer("KMS01_Key-Management-Service_last-7-days.xml", "UTF-8", "en-US"),
        bare("KMS01_Application.xml", "\r\n", T7),
        viewer("KMS02_Application.xml", "UTF-8 BOM", "en-US"),
        bare(
            "KMS03_Key-Management-Service.xml", "\n", "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        bare("KMS03_Application.xml", "\r\n", T7),
        viewer("WS-DEV07_Custom-View-Aktivierung.xml", "UTF-8", "de-DE"),
        bare("PC-CLONE-A_Application.xml", "\r\n", T7),
        viewer("PC-CLONE-B_Application.xml", "UTF-8", "en-US"),
        bare(
            "PC-FIN03_Application.xml",
            "\r\n",
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z"),
        bare("PC-SKEW05_Application.xml", "\r\n", T7.replace("Z", "\\+00:00")),
        new Shape(
            "PC-LAPTOP12_Application.xml", "UTF-16LE", "<Events>", "\r\n", "en-US", false, T7),
        bare("PC-BRANCH-NEW_Application.xml", "\r\n", T7),
        bare("PC-OLD20_Application.xml", "\r\n", T7.replace("7", "3")),
        bare("PC-GRACE15_Application.xml", "\r\n", T7),
        new Shape("SRV-APP01_Application.xml", "UTF-16BE", "<Events>", "\r\n", "en-US", false, T7));
  }

  private static Shape bare(String file, String lineEnd, String timePattern) {
    return new Shape(file, "UTF-8", EVENT, lineEnd, null, false, timePattern);
  }

  private static Shape viewer(String file, String encoding, String culture) {
    return new Shape(file, encoding, DECLARATION, "\r\n", culture, true, T7);
  }

  @BeforeAll
  static void writeSamples() throws IOException {
    eventCounts =
        EstateGenerator.writeSamples(dir).files().stream()
            .collect(Collectors.toMap(WrittenFile::name, WrittenFile::events));
  }

  @Test
  void everyXmlFileIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> xml =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".xml"))
              .sorted()
              .toList();
      assertEquals(shapes().map(Shape::file).sorted().toList(), xml);
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void bytesStartAsTheExportToolWritesThem(Shape shape) throws IOException {
    Path file = dir.resolve(shape.file());
    switch (shape.encoding()) {
      case "UTF-16LE" -> assertTrue(SampleFiles.startsWith(file, 0xFF, 0xFE, '<', 0));
      case "UTF-16BE" -> assertTrue(SampleFiles.startsWith(file, 0xFE, 0xFF, 0, '<'));
      case "UTF-8 BOM" -> assertTrue(SampleFiles.startsWith(file, 0xEF, 0xBB, 0xBF, '<'));
      default -> assertTrue(SampleFiles.startsWith(file, '<'));
    }
    String text = SampleFiles.text(file, charset(shape));
    String expected = shape.firstLine().equals(EVENT) ? EVENT : shape.firstLine() + shape.lineEnd();
    assertTrue(text.startsWith(expected), text.substring(0, 80));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void linesEndAsSpecified(Shape shape) throws IOException {
    String text = SampleFiles.text(dir.resolve(shape.file()), charset(shape));
    long lf = text.chars().filter(c -> c == '\n').count();
    long crlf = text.split("\r\n", -1).length - 1;
    assertEquals(shape.lineEnd().equals("\r\n") ? lf : 0, crlf);
    assertTrue(text.endsWith(shape.lineEnd()));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void woodstoxReadsEveryEvent(Shape shape) throws IOException {
    List<ParsedEvent> events = SampleFiles.xml(dir, shape.file());

    assertEquals(eventCounts.get(shape.file()), events.size());
    assertFalse(events.isEmpty());
    for (ParsedEvent e : events) {
      assertTrue(e.systemTime().matches(shape.timePattern()), e.systemTime());
      assertEquals(shape.culture(), e.culture());
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void eventsAreInTheToolsOrder(Shape shape) throws IOException {
    List<ParsedEvent> events = SampleFiles.xml(dir, shape.file());
    for (int i = 1; i < events.size(); i++) {
      int order = events.get(i).time().compareTo(events.get(i - 1).time());
      assertTrue(shape.newestFirst() ? order <= 0 : order >= 0, events.get(i).systemTime());
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void recordIdsGrowWithTimeInEachChannel(Shape shape) throws IOException {
    Map<String, List<ParsedEvent>> byChannel =
        SampleFiles.xml(dir, shape.file()).stream()
            .collect(Collectors.groupingBy(ParsedEvent::channel));
    for (List<ParsedEvent> events : byChannel.values()) {
      List<ParsedEvent> chronological = new ArrayList<>(events);
      if (shape.newestFirst()) {
        Collections.reverse(chronological);
      }
      for (int i = 1; i < chronological.size(); i++) {
        assertEquals(chronological.get(i - 1).recordId() + 1, chronological.get(i).recordId());
      }
    }
  }

  private static Charset charset(Shape shape) {
    return switch (shape.encoding()) {
      case "UTF-16LE" -> StandardCharsets.UTF_16LE;
      case "UTF-16BE" -> StandardCharsets.UTF_16BE;
      default -> StandardCharsets.UTF_8;
    };
  }
}
