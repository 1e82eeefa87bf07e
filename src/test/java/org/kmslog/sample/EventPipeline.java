package org.kmslog.sample;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Orders each slice's events, gives them their record ids and hands them to the files that export
 * their log.
 *
 * <p>Events that fall after the slice's end (a response two seconds after midnight) wait for the
 * next slice, so every file is written in time order.
 */
final class EventPipeline {
  private static final Comparator<LogEvent> ORDER =
      Comparator.comparing(LogEvent::time).thenComparingLong(LogEvent::sequence);
  private final long seed;
  private final List<ExportSink> files;
  private final Map<String, List<Integer>> filesByLog = new HashMap<>();
  private final Map<String, long[]> nextRecordId = new HashMap<>();
  private List<LogEvent> carried = new ArrayList<>();

  EventPipeline(long seed, List<ExportSink> files) {
    this.seed = seed;
    this.files = List.copyOf(files);
    for (int i = 0; i < files.size(); i++) {
      ExportSpec spec = files.get(i).spec();
      for (Channel channel : spec.channels()) {
        filesByLog.computeIfAbsent(logKey(spec.computer(), channel), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** Writes every event before {@code sliceEnd}; later ones are kept for the next slice. */
  void accept(Instant sliceEnd, List<LogEvent> generated) throws IOException {
    List<LogEvent> ready = new ArrayList<>(generated.size() + carried.size());
    List<LogEvent> later = new ArrayList<>();
    for (List<LogEvent> source : List.of(carried, generated)) {
      for (LogEvent e : source) {
        (e.time().isBefore(sliceEnd) ? ready : later).add(e);
      }
    }
    carried = later;
    ready.sort(ORDER);
    List<List<LogEvent>> batches = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      batches.add(new ArrayList<>());
    }
    for (LogEvent e : ready) {
      String key = logKey(e.computer(), e.channel());
      LogEvent numbered = e.withRecordId(nextRecordId(key, e.channel())[0]++);
      for (int i : filesByLog.getOrDefault(key, List.of())) {
        if (files.get(i).spec().accepts(numbered)) {
          batches.get(i).add(numbered);
        }
      }
    }
    for (int i = 0; i < files.size(); i++) {
      files.get(i).write(batches.get(i));
    }
  }

  private long[] nextRecordId(String key, Channel channel) {
    return nextRecordId.computeIfAbsent(
        key,
        k -> {
          // A log that has been running for a while: its first record id is well above 1.
          SplittableRandom r = new SplittableRandom(seed ^ (k.hashCode() * 0x9E3779B97F4A7C15L));
          long start =
              switch (channel) {
                case KEY_MANAGEMENT_SERVICE -> r.nextLong(800, 9_000);
                case APPLICATION -> r.nextLong(20_000, 400_000);
                case SYSTEM -> r.nextLong(50_000, 900_000);
              };
          return new long[] {start};
        });
  }

  private static String logKey(String computer, Channel channel) {
    return computer + '|' + channel.name();
  }
}
