package org.kmslog.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes an export as a binary .evtx event log, as Windows keeps one: a 4 KB file header, then 64
 * KB chunks of records, each record one instance of the classic-event template with the EventData
 * nested in it as BinXML. Written independently of kmslog's reader, from the format's description,
 * so that the reader's tests (and {@code evtxexport}) check it rather than agree with it.
 *
 * <p>The file is clean (flags 0, header counts exact), format 3.1, with CRC32s of the file header,
 * of each chunk header and of each chunk's records. Records run oldest first, as in a log.
 */
final class EvtxExportFile implements ExportSink {
  static final int HEADER_SIZE = 4096;

  private final ExportSpec spec;
  private final XmlEventFormat format;
  private final Path target;
  private final FileChannel out;
  private EvtxChunk chunk = new EvtxChunk();
  private int chunks;
  private long events;
  private long nextRecordId = 1;

  private EvtxExportFile(ExportSpec spec, Path target, FileChannel out) {
    this.spec = spec;
    this.format = ((XmlExportFormatter) spec.formatter()).events();
    this.target = target;
    this.out = out;
  }

  /** Creates the file; its header is written last, once the counts are known. */
  static EvtxExportFile open(Path dir, ExportSpec spec) throws IOException {
    if (spec.newestFirst()) {
      throw new IllegalArgumentException(spec.fileName() + ": an .evtx holds its log oldest first");
    }
    Path target = dir.resolve(spec.fileName());
    FileChannel out =
        FileChannel.open(
            target,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    out.position(HEADER_SIZE);
    return new EvtxExportFile(spec, target, out);
  }

  @Override
  public ExportSpec spec() {
    return spec;
  }

  @Override
  public void write(List<LogEvent> batch) throws IOException {
    for (LogEvent e : batch) {
      long number = ++events;
      List<BinXmlValue> values = values(e);
      long fileTime = BinXmlValue.fileTimeOf(e.time());
      if (!chunk.add(number, e.recordId(), fileTime, BinXmlTemplate.CLASSIC_EVENT, values)) {
        writeChunk();
        chunk.add(number, e.recordId(), fileTime, BinXmlTemplate.CLASSIC_EVENT, values);
      }
      nextRecordId = e.recordId() + 1;
    }
  }

  /**
   * The classic-event template's values for an event (see {@link BinXmlTemplate#CLASSIC_EVENT}).
   */
  private List<BinXmlValue> values(LogEvent e) {
    Provider p = e.provider();
    BinXmlValue eventData =
        new BinXmlValue.Nested(
            BinXmlTemplate.CLASSIC_EVENT_DATA,
            List.of(BinXmlValue.stringArray(format.dataValues(e)), BinXmlValue.binary(e.binary())));
    return List.of(
        BinXmlValue.string(p.providerName()),
        BinXmlValue.guid(p.guid()),
        BinXmlValue.string(p.eventSourceName()),
        BinXmlValue.uint16(p.qualifiers()),
        BinXmlValue.uint16(e.eventId()),
        BinXmlValue.uint8(0),
        BinXmlValue.uint8(e.level()),
        BinXmlValue.uint16(0),
        BinXmlValue.uint8(0),
        BinXmlValue.hexInt64(p.keywords()),
        BinXmlValue.fileTime(e.time()),
        BinXmlValue.uint64(e.recordId()),
        BinXmlValue.none(),
        BinXmlValue.uint32(p.processId()),
        BinXmlValue.uint32(p.threadId()),
        BinXmlValue.string(e.channel().logName()),
        BinXmlValue.string(e.computer()),
        BinXmlValue.none(),
        eventData);
  }

  private void writeChunk() throws IOException {
    writeFully(ByteBuffer.wrap(chunk.finish()));
    chunks++;
    chunk = new EvtxChunk();
  }

  @Override
  public WrittenFile finish() throws IOException {
    if (!chunk.isEmpty()) {
      writeChunk();
    }
    out.position(0);
    writeFully(ByteBuffer.wrap(header()));
    out.close();
    return new WrittenFile(spec.fileName(), events, Files.size(target));
  }

  /** The file header: first and last chunk, the next record id, version 3.1, the chunk count. */
  private byte[] header() {
    ByteBuffer b = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.put("ElfFile\0".getBytes(StandardCharsets.US_ASCII));
    b.putLong(0);
    b.putLong(Math.max(0, chunks - 1));
    b.putLong(nextRecordId);
    b.putInt(128);
    b.putShort((short) 1);
    b.putShort((short) 3);
    b.putShort((short) HEADER_SIZE);
    b.putShort((short) chunks);
    b.putInt(0x78, 0);
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, 0x78);
    b.putInt(0x7C, (int) crc.getValue());
    return b.array();
  }

  private void writeFully(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
