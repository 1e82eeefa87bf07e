package org.kmslog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Times a step and the heap it needed at its peak (all heap pools' peaks added, after a GC and a
 * reset before the step).
 *
 * @param nanos how long the step took
 * @param peakHeapBytes the peak heap use during the step
 */
record Measured(long nanos, long peakHeapBytes) {

  /** A step that may throw. */
  interface Step {
    void run() throws Exception;
  }

  static Measured of(Step step) throws Exception {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    step.run();
    long nanos = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new Measured(nanos, peak);
  }

  double seconds() {
    return nanos / 1e9;
  }

  /** Megabytes per second for this many bytes. */
  double mbPerSecond(long bytes) {
    return bytes / (1024.0 * 1024.0) / seconds();
  }

  /** Items per second for this many items. */
  long perSecond(long items) {
    return (long) (items / seconds());
  }
}
