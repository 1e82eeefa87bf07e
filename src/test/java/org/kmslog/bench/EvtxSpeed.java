package org.kmslog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kmslog.ingest.EvtxEventReader;
import org.kmslog.ingest.ReadException;

/**
 * How fast kmslog's .evtx reader is next to libevtx's {@code evtxexport -f xml}, on the same files
 * in one run: MB/s and events/s of each, best of several rounds. Run from the built jars:
 *
 * <pre>
 * java -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.EvtxSpeed [--rounds N] FILES...
 * </pre>
 */
public final class EvtxSpeed {
  private EvtxSpeed() {}

  /** Measures and prints; exits with status 2 on bad usage. */
  public static void main(String[] args) throws Exception {
    int rounds = 5;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds") && i + 1 < args.length) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: EvtxSpeed [--rounds N] FILE.evtx...");
      System.exit(2);
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    long events = 0;
    long ours = Long.MAX_VALUE;
    for (int round = 0; round < rounds + 1; round++) {
      long start = System.nanoTime();
      events = readAll(files);
      long took = System.nanoTime() - start;
      if (round > 0) { // the first round warms the JIT up
        ours = Math.min(ours, took);
      }
    }
    Path evtxexport = Path.of("/usr/bin/evtxexport");
    long theirs = Long.MAX_VALUE;
    if (Files.isExecutable(evtxexport)) {
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        for (Path file : files) {
          Process p =
              new ProcessBuilder(evtxexport.toString(), "-f", "xml", file.toString())
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .redirectError(ProcessBuilder.Redirect.DISCARD)
                  .start();
          p.waitFor();
        }
        theirs = Math.min(theirs, System.nanoTime() - start);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d files, %.1f MB, %d events (best of %d rounds)%n",
        files.size(),
        bytes / 1e6,
        events,
        rounds);
    print("kmslog EvtxEventReader", bytes, events, ours);
    if (theirs != Long.MAX_VALUE) {
      print("evtxexport -f xml", bytes, events, theirs);
      System.out.printf(Locale.ROOT, "ratio: %.1fx%n", (double) theirs / ours);
    } else {
      System.out.println("evtxexport: not installed (Debian package libevtx-utils)");
    }
  }

  private static void print(String what, long bytes, long events, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-24s %8.3f s %8.1f MB/s %10.0f events/s%n",
        what,
        seconds,
        bytes / 1e6 / seconds,
        events / seconds);
  }

  /** Reads every event of every file; returns how many there were (warnings count as none). */
  static long readAll(List<Path> files) throws IOException {
    long events = 0;
    for (Path file : files) {
      try (EvtxEventReader reader = EvtxEventReader.open(file, null)) {
        while (true) {
          try {
            if (reader.readNext() == null) {
              break;
            }
            events++;
          } catch (ReadException e) {
            if (!e.isEventOnly()) {
              break;
            }
          }
        }
      } catch (ReadException e) {
        System.err.println(e.getMessage());
      }
    }
    return events;
  }
}
