package org.kmslog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Times a step and samples the heap while it runs.
 *
 * @param nanos how long the step took
 * @param cpuNanos the processor time the whole JVM used meanwhile (every thread: ours, H2's, the
 *     garbage collector's and the JIT compiler's), or -1 where the JVM cannot tell
 * @param peakHeapBytes the most heap in use at any sample, garbage not yet collected included, so
 *     bounded by -Xmx; what a step needs at least is shown by running it with a smaller -Xmx (the
 *     heap after a young collection still holds old garbage, so no cheap sample tells it)
 */
record Measured(long nanos, long cpuNanos, long peakHeapBytes) {
  private static final long SAMPLE_MILLIS = 10;

  /** A step that may throw. */
  interface Step {
    void run() throws Exception;
  }

  static Measured of(Step step) throws Exception {
    System.gc();
    Sampler sampler = new Sampler();
    Thread thread = new Thread(sampler, "kmslog-bench-heap");
    thread.setDaemon(true);
    thread.start();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    try {
      step.run();
    } finally {
      sampler.stop = true;
      thread.join();
    }
    long nanos = System.nanoTime() - start;
    long cpuEnd = processCpuNanos();
    sampler.sample();
    long cpu = cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart;
    return new Measured(nanos, cpu, sampler.peakUsed);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  double seconds() {
    return nanos / 1e9;
  }

  /** Processor seconds used meanwhile, or a negative number when unknown. */
  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /** Megabytes per second for this many bytes. */
  double mbPerSecond(long bytes) {
    return bytes / (1024.0 * 1024.0) / seconds();
  }

  /** Items per second for this many items. */
  long perSecond(long items) {
    return (long) (items / seconds());
  }

  /** Samples heap use every few milliseconds until stopped. */
  private static final class Sampler implements Runnable {
    private final List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    volatile boolean stop;
    long peakUsed;

    @Override
    public void run() {
      while (!stop) {
        sample();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void sample() {
      long used = 0;
      for (MemoryPoolMXBean pool : pools) {
        used += pool.getUsage().getUsed();
      }
      peakUsed = Math.max(peakUsed, used);
    }
  }
}
