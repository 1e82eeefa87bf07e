package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kmslog.importer.ImportProgress;

class ProgressPrinterTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong(0);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static ImportProgress at(long events, long seconds) {
    return new ImportProgress(1, 4, 300L << 20, 1200L << 20, events, seconds * SECOND);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLogGetsAPlainLineNowAndThenAfterTheFirstSeconds() {
    ProgressPrinter printer = new ProgressPrinter(err, false, clock::get);
    clock.set(SECOND);
    printer.show(at(1000, 1));
    assertEquals("", printed(), "short imports show nothing");
    clock.set(3 * SECOND);
    printer.show(at(200_000, 3));
    clock.set(10 * SECOND);
    printer.show(at(900_000, 10));
    clock.set(34 * SECOND);
    printer.show(at(3_000_000, 34));
    assertEquals(
        "kmslog: progress: 1/4 files, 300.0 MB of 1.17 GB, 200,000 events, 66,666 events/s\n"
            + "kmslog: progress: 1/4 files, 300.0 MB of 1.17 GB, 3,000,000 events, 88,235 events/s\n",
        printed());
  }

  @Test
  void theFirstLogLineComesAtTwoSecondsThenEveryThirty() {
    ProgressPrinter printer = new ProgressPrinter(err, false, clock::get);
    clock.set(2 * SECOND - 1);
    printer.show(at(1, 1));
    assertEquals("", printed());
    clock.set(2 * SECOND);
    printer.show(at(2, 2));
    clock.set(32 * SECOND - 1);
    printer.show(at(3, 31));
    clock.set(32 * SECOND);
    printer.show(at(4, 32));
    assertEquals(
        "kmslog: progress: 1/4 files, 300.0 MB of 1.17 GB, 2 events, 1 events/s\n"
            + "kmslog: progress: 1/4 files, 300.0 MB of 1.17 GB, 4 events, 0 events/s\n",
        printed());
  }

  @Test
  void aClockThatNeverMovesShowsNothing() {
    ProgressPrinter log = new ProgressPrinter(err, false, clock::get);
    ProgressPrinter terminal = new ProgressPrinter(err, true, clock::get);
    for (int i = 0; i < 1000; i++) {
      log.show(at(i, 3600));
      terminal.show(at(i, 3600));
    }
    terminal.clear();
    assertEquals("", printed(), "tests rely on this: their imports never show progress");
  }

  @Test
  void aTerminalGetsOneLineRewrittenInPlace() {
    ProgressPrinter printer = new ProgressPrinter(err, true, clock::get);
    clock.set(3 * SECOND);
    printer.show(at(200_000, 3));
    clock.set(3 * SECOND + SECOND / 10);
    printer.show(at(210_000, 3));
    printer.clear();
    assertEquals(
        "\r1/4 files, 300.0 MB of 1.17 GB, 200,000 events, 66,666 events/s\u001b[K\r\u001b[K",
        printed());
  }

  @Test
  void quietShowsNothing() {
    ProgressPrinter printer = ProgressPrinter.quiet(err, clock::get);
    clock.set(100 * SECOND);
    printer.show(at(9_000_000, 100));
    assertEquals("", printed());
  }

  @Test
  void sizesReadNaturally() {
    assertEquals("1 KB", ProgressPrinter.size(1));
    assertEquals("1.5 MB", ProgressPrinter.size(1536L * 1024));
    assertEquals("2.00 GB", ProgressPrinter.size(2L << 30));
  }
}
