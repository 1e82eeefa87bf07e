package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleCsvShapesTest {
  private static final String EN_TIME = "\\d{1,2}/\\d{1,2}/2026 \\d{1,2}:\\d\\d:\\d\\d [AP]M";
  private static final String DE_TIME = "\\d\\d\\.\\d\\d\\.2026 \\d\\d:\\d\\d:\\d\\d";
  private static final String ALL_COLUMNS =
      "Message,Id,Version,Qualifiers,Level,Task,Opcode,Keywords,RecordId,ProviderName,ProviderId,"
          + "LogName,ProcessId,ThreadId,MachineName,UserId,TimeCreated,ActivityId,RelatedActivityId,"
          + "ContainerLog,MatchedQueryIds,Bookmark,LevelDisplayName,OpcodeDisplayName,TaskDisplayName,"
          + "KeywordsDisplayNames,Properties";
  @TempDir static Path dir;
  private static Map<String, Long> eventCounts;

  /**
   * What one CSV sample must look like.
   *
   * @param file the file name
   * @param bom the leading bytes: a UTF-8 BOM or none
   * @param asciiOnly whether every byte is ASCII
   * @param typeLine whether the first line is PowerShell's #TYPE line
   * @param delimiter the field delimiter
   * @param header the header fields joined with ","
   * @param fields the number of fields in each data row
   * @param timeColumn the index of the date column
   * @param timePattern the pattern of the dates
   */
  record Shape(
      String file,
      boolean bom,
      boolean asciiOnly,
      boolean typeLine,
      char delimiter,
      String header,
      int fields,
      int timeColumn,
      String timePattern) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Shape> shapes() {
    return Stream.of(
        new Shape(
            "KMS02_Key-Management-Service.csv",
            true,
            false,
            false,
            ',',
            "Level,Date and Time,Source,Event ID,Task Category",
            6,
            1,
            EN_TIME),
        new Shape(
            "BR-PC02_Application.csv",
            true,
            false,
            false,
            ',',
            "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie",
            6,
            1,
            DE_TIME),
        new Shape("PC-HR01_Application.csv", false, true, true, ',', ALL_COLUMNS, 27, 16, EN_TIME),
        new Shape(
            "BR-PC01_Application.csv", false, false, false, ';', ALL_COLUMNS, 27, 16, DE_TIME),
        new Shape(
            "PC-FW09_Application.csv",
            false,
            true,
            false,
            ',',
            "Id,TimeCreated,Message,MachineName,RecordId,LogName",
            6,
            1,
            EN_TIME));
  }

  @BeforeAll
  static void writeSamples() throws IOException {
    eventCounts =
        EstateGenerator.writeSamples(dir).files().stream()
            .collect(Collectors.toMap(WrittenFile::name, WrittenFile::events));
  }

  @Test
  void everyCsvFileIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> csv =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".csv"))
              .sorted()
              .toList();
      assertEquals(shapes().map(Shape::file).sorted().toList(), csv);
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void encodingIsAsTheToolWritesIt(Shape shape) throws IOException {
    Path file = dir.resolve(shape.file());
    assertEquals(shape.bom(), SampleFiles.startsWith(file, 0xEF, 0xBB, 0xBF));
    byte[] bytes = Files.readAllBytes(file);
    boolean ascii = true;
    for (byte b : bytes) {
      ascii &= b >= 0;
    }
    assertEquals(shape.asciiOnly(), ascii);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void everyLineEndsWithCrlf(Shape shape) throws IOException {
    String text = Files.readString(dir.resolve(shape.file()), StandardCharsets.ISO_8859_1);
    assertEquals(text.chars().filter(c -> c == '\n').count(), text.split("\r\n", -1).length - 1);
    assertTrue(text.endsWith("\r\n"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void commonsCsvReadsTheHeaderAndEveryRow(Shape shape) throws IOException {
    List<CSVRecord> records = SampleFiles.csv(dir.resolve(shape.file()), shape.delimiter());
    int first = 0;
    if (shape.typeLine()) {
      assertEquals(
          List.of("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord"),
          records.get(0).toList());
      first = 1;
    }
    assertEquals(List.of(shape.header().split(",")), records.get(first).toList());
    List<CSVRecord> rows = records.subList(first + 1, records.size());
    assertEquals(eventCounts.get(shape.file()), rows.size());
    for (CSVRecord row : rows) {
      assertEquals(shape.fields(), row.size(), "line " + row.getRecordNumber());
      assertTrue(
          row.get(shape.timeColumn()).matches(shape.timePattern()), row.get(shape.timeColumn()));
    }
  }

  @Test
  void eventViewerQuotesOnlyTheMessage() throws IOException {
    String text =
        SampleFiles.text(dir.resolve("KMS02_Key-Management-Service.csv"), StandardCharsets.UTF_8);
    String second = text.split("\r\n")[1];
    assertTrue(
        second.matches(
            "Information,[^\",]+,Security-SPP,12290,None,\"An activation request has been processed\\."),
        second);
  }

  @Test
  void powerShellQuotesEveryValue() throws IOException {
    String text =
        SampleFiles.text(dir.resolve("PC-HR01_Application.csv"), StandardCharsets.US_ASCII);
    String header = text.split("\r\n")[1];
    assertEquals("\"" + ALL_COLUMNS.replace(",", "\",\"") + "\"", header);
    assertTrue(
        text.contains(
            "\"System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]\"\r\n"));
    assertTrue(text.contains(",\"36028797018963968\","));
  }
}
