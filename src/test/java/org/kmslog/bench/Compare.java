package org.kmslog.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two builds of kmslog on one machine: runs the benchmark of each, in class loaders of
 * their own in one JVM, alternately for a number of rounds, and prints the median of every figure.
 * On a shared machine the same run varies by a quarter from one minute to the next; alternating in
 * one JVM exposes both builds to the same noise, so their medians can be compared where two
 * separate runs cannot.
 *
 * <p>{@code java -Xmx1g -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.Compare
 * --rounds 6 old/kmslog.jar:old/kmslog-tests.jar target/kmslog.jar:target/kmslog-tests.jar --
 * --events 1000000 --formats xml --import-only} (a build from before the benchmark moved to the
 * test jar is its kmslog.jar alone)
 */
public final class Compare {
  static final String USAGE =
      "usage: java [-Xmx1g] -cp kmslog.jar:kmslog-tests.jar org.kmslog.bench.Compare [--rounds N]"
          + " BUILD_A BUILD_B [-- BENCHMARK_ARGUMENTS]; a BUILD is a class path holding kmslog"
          + " and its benchmark (kmslog.jar:kmslog-tests.jar), or an older kmslog jar alone";

  private static final Pattern TIMED =
      Pattern.compile("^  (\\S.{0,27}?) +([\\d.]+) s .*?cpu +([\\d.]+) s");
  private static final Pattern SET = Pattern.compile("^(XML|CSV): ");

  private Compare() {}

  /** Runs the comparison; {@link #USAGE} lists the arguments. */
  public static void main(String[] args) throws Exception {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("kmslog compare: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  static void run(String[] args, PrintStream out) throws Exception {
    int rounds = 5;
    List<String> builds = new ArrayList<>();
    String[] benchmarkArgs = new String[0];
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        benchmarkArgs = Arrays.copyOfRange(args, i + 1, args.length);
        break;
      }
      if (args[i].equals("--rounds") && i + 1 < args.length) {
        rounds = Integer.parseInt(args[++i]);
        if (rounds < 1) {
          throw new IllegalArgumentException("--rounds must be 1 or more");
        }
      } else if (args[i].startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      } else {
        builds.add(args[i]);
      }
    }
    if (builds.size() != 2) {
      throw new IllegalArgumentException("give two builds, not " + builds.size());
    }
    BenchOptions.parse(benchmarkArgs);
    List<Method> benchmarks = new ArrayList<>();
    for (String build : builds) {
      benchmarks.add(benchmarkOf(build));
    }
    List<Map<String, List<double[]>>> figures =
        List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
    for (int round = 0; round < rounds; round++) {
      // A then B, then B then A: a machine that speeds up or slows down favours neither.
      for (int k = 0; k < 2; k++) {
        int b = round % 2 == 0 ? k : 1 - k;
        String text = runOnce(benchmarks.get(b), benchmarkArgs);
        for (Map.Entry<String, double[]> figure : timedLines(text).entrySet()) {
          figures
              .get(b)
              .computeIfAbsent(figure.getKey(), x -> new ArrayList<>())
              .add(figure.getValue());
          out.printf(
              Locale.ROOT,
              "round %d, %s: %s %.1f s, cpu %.1f s%n",
              round + 1,
              b == 0 ? "A" : "B",
              figure.getKey(),
              figure.getValue()[0],
              figure.getValue()[1]);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "%nA = %s%nB = %s%nmedians of %d rounds:%n",
        builds.get(0),
        builds.get(1),
        rounds);
    for (String what : figures.get(0).keySet()) {
      List<double[]> a = figures.get(0).get(what);
      List<double[]> b = figures.get(1).getOrDefault(what, List.of());
      if (b.isEmpty()) {
        continue;
      }
      double aTime = median(a, 0);
      double bTime = median(b, 0);
      out.printf(
          Locale.ROOT,
          "  %-36s A %6.1f s (cpu %6.1f s)   B %6.1f s (cpu %6.1f s)   B/A %.2f%n",
          what,
          aTime,
          median(a, 1),
          bTime,
          median(b, 1),
          bTime / aTime);
    }
  }

  /** The benchmark's entry point in a class loader of the build's own. */
  private static Method benchmarkOf(String build) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : build.split(File.pathSeparator)) {
      try {
        urls.add(Path.of(entry).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a path: " + entry, e);
      }
    }
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    try {
      // JDBC finds drivers once, through the first class loader that asks: register each build's.
      Class.forName("org.h2.Driver", true, loader);
      Method run =
          loader
              .loadClass(Benchmark.class.getName())
              .getDeclaredMethod("run", String[].class, PrintStream.class);
      run.setAccessible(true);
      return run;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalArgumentException(build + " holds no kmslog benchmark", e);
    }
  }

  private static String runOnce(Method benchmark, String[] args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(benchmark.getDeclaringClass().getClassLoader());
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      benchmark.invoke(null, args, out);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      thread.setContextClassLoader(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Each timed line of a benchmark's output, by set and name: its seconds and cpu seconds. */
  static Map<String, double[]> timedLines(String text) {
    Map<String, double[]> lines = new LinkedHashMap<>();
    String set = "";
    for (String line : text.split("\n")) {
      Matcher header = SET.matcher(line);
      if (header.find()) {
        set = header.group(1) + " ";
      }
      Matcher timed = TIMED.matcher(line);
      if (timed.find()) {
        lines.put(
            set + timed.group(1).strip(),
            new double[] {Double.parseDouble(timed.group(2)), Double.parseDouble(timed.group(3))});
      }
    }
    return lines;
  }

  private static double median(List<double[]> values, int index) {
    double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
