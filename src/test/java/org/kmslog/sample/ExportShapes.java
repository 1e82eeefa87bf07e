package org.kmslog.sample;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Factories for the export shapes A to I that the README and the importers refer to. */
final class ExportShapes {
  static final String CRLF = "\r\n";
  static final String LF = "\n";

  private ExportShapes() {}

  /** A: {@code wevtutil qe LOG /f:xml}, events without root or declaration, one per line. */
  static ExportSpec wevtutil(
      String computer,
      Channel channel,
      String fileName,
      String lineEnd,
      SystemTimeStyle time,
      TupleLayout hostTuples,
      Period window) {
    XmlEventFormat format = new XmlEventFormat(time, hostTuples, TupleLayout.JOINED, null);
    String notes =
        (lineEnd.equals(LF) ? "LF" : "CRLF")
            + "; SystemTime "
            + time.describe()
            + tupleNote(channel, hostTuples);
    return new ExportSpec(
        fileName,
        computer,
        Set.of(channel),
        "A",
        FileEncoding.UTF8,
        false,
        new XmlExportFormatter(format, false, false, lineEnd),
        window.from(),
        window.to(),
        notes);
  }

  /** B or D: {@code wevtutil qe LOG /f:RenderedXml /e:Events} redirected by PowerShell 5.1. */
  static ExportSpec renderedWevtutil(
      String computer, Channel channel, String fileName, FileEncoding encoding, Period window) {
    XmlEventFormat format =
        new XmlEventFormat(
            SystemTimeStyle.WEVTUTIL, TupleLayout.JOINED, TupleLayout.JOINED, Culture.EN_US);
    String shape = encoding == FileEncoding.UTF16BE_BOM ? "D" : "B";
    return new ExportSpec(
        fileName,
        computer,
        Set.of(channel),
        shape,
        encoding,
        false,
        new XmlExportFormatter(format, false, true, CRLF),
        window.from(),
        window.to(),
        "CRLF; Events root, RenderingInfo en-US; SystemTime "
            + SystemTimeStyle.WEVTUTIL.describe());
  }

  /** C or E: Event Viewer "Save All Events As... XML", newest first. */
  static ExportSpec eventViewerXml(
      String computer,
      Set<Channel> channels,
      String fileName,
      FileEncoding encoding,
      XmlEventFormat format,
      Period window) {
    String shape = format.rendering() == Culture.DE_DE ? "E" : "C";
    String notes = "CRLF; newest first; RenderingInfo " + format.rendering().tag();
    if (channels.contains(Channel.KEY_MANAGEMENT_SERVICE)) {
      notes += "; 12290 tuples: " + format.hostTuples().description();
    }
    if (channels.contains(Channel.APPLICATION)) {
      notes += "; 12288/12289 tuples: " + format.clientTuples().description();
    }
    return new ExportSpec(
        fileName,
        computer,
        channels,
        shape,
        encoding,
        true,
        new XmlExportFormatter(format, true, true, CRLF),
        window.from(),
        window.to(),
        notes);
  }

  /** F or G: Event Viewer "Save All Events As... CSV", newest first. */
  static ExportSpec eventViewerCsv(
      String computer, Channel channel, Culture culture, ZoneId zone, Period window) {
    return new ExportSpec(
        csvName(computer, channel),
        computer,
        Set.of(channel),
        culture == Culture.DE_DE ? "G" : "F",
        FileEncoding.UTF8_BOM,
        true,
        new EventViewerCsvFormatter(culture, zone),
        window.from(),
        window.to(),
        "CRLF; newest first; " + culture.tag() + " local time " + zone.getId());
  }

  /** H: Windows PowerShell 5.1 {@code Get-WinEvent | Export-Csv}, ASCII, all 27 columns. */
  static ExportSpec powerShell51Csv(String computer, Channel channel, ZoneId zone, Period window) {
    return new ExportSpec(
        csvName(computer, channel),
        computer,
        Set.of(channel),
        "H",
        FileEncoding.ASCII,
        true,
        new PowerShellCsvFormatter(
            Culture.EN_US, zone, ',', true, List.of(PowerShellColumn.values())),
        window.from(),
        window.to(),
        "CRLF; newest first; #TYPE line, 27 columns; en-US local time " + zone.getId());
  }

  /**
   * I: PowerShell 7 {@code Export-Csv}, UTF-8 without BOM and without {@code #TYPE}; with {@code
   * -UseCulture} in de-DE, or with a {@code Select-Object} subset of columns in en-US.
   */
  static ExportSpec powerShell7Csv(
      String computer, Channel channel, ZoneId zone, boolean subset, Period window) {
    Culture culture = subset ? Culture.EN_US : Culture.DE_DE;
    List<PowerShellColumn> columns =
        subset ? PowerShellColumn.SUBSET : List.of(PowerShellColumn.values());
    String notes =
        subset
            ? "CRLF; newest first; Select-Object Id,TimeCreated,Message,MachineName,RecordId,LogName;"
                + " en-US local time "
            : "CRLF; newest first; -UseCulture de-DE: ';' delimiter, 27 columns; local time ";
    return new ExportSpec(
        csvName(computer, channel),
        computer,
        Set.of(channel),
        "I",
        FileEncoding.UTF8,
        true,
        new PowerShellCsvFormatter(culture, zone, subset ? ',' : ';', false, columns),
        window.from(),
        window.to(),
        notes + zone.getId());
  }

  /**
   * J: a binary .evtx of one log (Event Viewer "Save All Events As" .evtx, {@code wevtutil epl}, a
   * copy of {@code winevt\Logs}), oldest first. Its classic events keep their insertion strings as
   * Windows stores them: a 12290's joined tuple and then each field, a 12288's or 12289's joined
   * tuple. The spec's formatter is the bare wevtutil XML the records render as.
   */
  static ExportSpec evtx(String computer, Channel channel, String fileName, Period window) {
    if (channel == Channel.SYSTEM) {
      // Its Service Control Manager events carry named Data, which the classic template lacks.
      throw new IllegalArgumentException("no .evtx of the System log: " + fileName);
    }
    XmlEventFormat format =
        new XmlEventFormat(
            SystemTimeStyle.WEVTUTIL, TupleLayout.LEADING_JOINED, TupleLayout.JOINED, null);
    return new ExportSpec(
        fileName,
        computer,
        Set.of(channel),
        "J",
        FileEncoding.EVTX,
        false,
        new XmlExportFormatter(format, false, false, CRLF),
        window.from(),
        window.to(),
        "64 KB chunks, records oldest first, each a classic-event template instance with its"
            + " EventData nested as BinXML"
            + tupleNote(channel, TupleLayout.LEADING_JOINED));
  }

  /** {@code <COMPUTER>_<Log>.csv}, the convention that carries the computer name CSVs lack. */
  static String csvName(String computer, Channel channel) {
    return shortName(computer) + "_" + channel.fileToken() + ".csv";
  }

  /** The host name without its DNS suffix. */
  static String shortName(String computer) {
    int dot = computer.indexOf('.');
    return dot < 0 ? computer : computer.substring(0, dot);
  }

  private static String tupleNote(Channel channel, TupleLayout hostTuples) {
    return channel == Channel.KEY_MANAGEMENT_SERVICE
        ? "; 12290 tuples: " + hostTuples.description()
        : "";
  }
}
