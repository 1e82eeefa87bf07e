package org.kmslog.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslog.sample.EstateGenerator;
import org.kmslog.sample.ExportFormat;
import org.kmslog.sample.SyntheticSpec;

/**
 * The .evtx path as a user meets it, side by side in one run: {@code kmslog events} and {@code
 * kmslog import} of a synthetic estate written as .evtx, libevtx's {@code evtxexport -f xml} on the
 * same files, and the import of the same events written as wevtutil XML. Every step is a cold
 * process of its own ({@code java -jar kmslog.jar} and the launcher {@code target/kmslog}), timed
 * under {@code /usr/bin/time} for its wall and CPU (user + system, children included) time; the
 * figures are medians of the rounds, which run interleaved.
 *
 * <pre>
 * java -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.EvtxImportBenchmark \
 *   [--dir DIR] [--events N] [--clients C] [--rounds R] [--jar kmslog.jar] [--launcher kmslog]
 * </pre>
 */
public final class EvtxImportBenchmark {
  static final String USAGE =
      "usage: java -cp kmslog.jar:kmslog-tests.jar org.kmslog.bench.EvtxImportBenchmark"
          + " [--dir DIR] [--events N] [--clients C] [--rounds R] [--jar kmslog.jar]"
          + " [--launcher kmslog]";

  private static final Path EVTXEXPORT = Path.of("/usr/bin/evtxexport");
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern TOTAL = Pattern.compile("; (\\d+) events read,");

  private final Options options;
  private final PrintStream out;
  private final Map<String, List<Run>> runs = new LinkedHashMap<>();
  private final Map<String, Long> bytesOf = new LinkedHashMap<>();
  private final Map<String, Long> eventsOf = new LinkedHashMap<>();
  private final Map<String, String> stepSets = new LinkedHashMap<>();

  /**
   * The benchmark's arguments.
   *
   * @param dir where the two sets and the databases go (a set is reused when present)
   * @param events events of the estate (each set holds all of them)
   * @param clients client machines of the estate
   * @param rounds how many times each step runs
   * @param jar the kmslog.jar to run with {@code java -jar}
   * @param launcher the launcher script beside it, or null when there is none
   */
  record Options(Path dir, long events, int clients, int rounds, Path jar, Path launcher) {
    static Options parse(String[] args) {
      Path dir = Path.of("target/evtx-bench");
      long events = 200_000;
      int clients = 2_000;
      int rounds = 3;
      Path jar = Path.of("target/kmslog.jar");
      Path launcher = Path.of("target/kmslog");
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        if (value == null) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        switch (args[i++]) {
          case "--dir" -> dir = Path.of(value);
          case "--events" -> events = Long.parseLong(value);
          case "--clients" -> clients = Integer.parseInt(value);
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--jar" -> jar = Path.of(value);
          case "--launcher" -> launcher = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
        }
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("--rounds must be at least 1");
      }
      return new Options(dir, events, clients, rounds, jar, launcher);
    }
  }

  /**
   * One timed run of a step.
   *
   * @param wallSeconds elapsed time
   * @param cpuSeconds user and system time of the process and its children
   */
  record Run(double wallSeconds, double cpuSeconds) {}

  private EvtxImportBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark; exits with status 2 on bad usage. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kmslog evtx benchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    new EvtxImportBenchmark(options, System.out).run();
  }

  private void run() throws Exception {
    Path evtx = generate(EnumSet.of(ExportFormat.EVTX), "evtx");
    Path xml = generate(EnumSet.of(ExportFormat.WEVTUTIL_XML), "xml");
    String before = loadAverage();
    boolean launcher = options.launcher() != null && Files.isExecutable(options.launcher());
    for (int round = 1; round <= options.rounds(); round++) {
      out.printf(Locale.ROOT, "round %d (load average %s)%n", round, loadAverage());
      if (Files.isExecutable(EVTXEXPORT)) {
        step("evtxexport -f xml (.evtx)", evtx, evtxexport(evtx), false);
      }
      step("events, java -jar (.evtx)", evtx, kmslog(false, "events", evtx), false);
      if (launcher) {
        step("events, launcher (.evtx)", evtx, kmslog(true, "events", evtx), false);
      }
      step("events, java -jar (XML)", xml, kmslog(false, "events", xml), false);
      step("import, java -jar (.evtx)", evtx, importing(false, evtx), true);
      step("import, java -jar (XML)", xml, importing(false, xml), true);
      if (launcher) {
        step("import, launcher (.evtx)", evtx, importing(true, evtx), true);
        step("import, launcher (XML)", xml, importing(true, xml), true);
      }
    }
    printTable(before);
  }

  /** Writes one set of the estate in the given shape, unless an earlier run left it complete. */
  private Path generate(EnumSet<ExportFormat> formats, String name) throws IOException {
    Path set = options.dir().resolve(name + "-" + options.events() + "-" + options.clients());
    Path done = options.dir().resolve(set.getFileName() + ".done");
    if (!Files.exists(done)) {
      SyntheticSpec spec =
          new SyntheticSpec(1, 3, options.clients(), 30, formats, options.events());
      EstateGenerator.writeSynthetic(set, spec);
      Files.writeString(done, "");
    }
    return set;
  }

  private List<String> evtxexport(Path set) throws IOException {
    StringBuilder script = new StringBuilder("for f in");
    for (Path file : files(set)) {
      script.append(" '").append(file).append('\'');
    }
    script.append("; do ").append(EVTXEXPORT).append(" -f xml \"$f\" || exit 1; done");
    return List.of("sh", "-c", script.toString());
  }

  private List<String> kmslog(boolean launcher, String command, Path set) {
    List<String> line = new ArrayList<>();
    if (launcher) {
      line.add(options.launcher().toString());
    } else {
      line.addAll(List.of("java", "-jar", options.jar().toString()));
    }
    line.add(command);
    line.add(set.toString());
    return line;
  }

  private List<String> importing(boolean launcher, Path set) throws IOException {
    Path db = options.dir().resolve("db");
    for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
      Files.deleteIfExists(db.resolveSibling("db" + suffix));
    }
    List<String> line = kmslog(launcher, "import", set);
    line.addAll(line.size() - 1, List.of("--db", db.toString()));
    return line;
  }

  /**
   * Runs a step's process under /usr/bin/time, its output discarded; an import's is kept for the
   * number of events it read, which every step on the same set is counted with.
   */
  private void step(String name, Path set, List<String> command, boolean keepOutput)
      throws IOException, InterruptedException {
    Path figures = options.dir().resolve("time.txt");
    Path log = options.dir().resolve("step.log");
    Files.deleteIfExists(figures);
    List<String> full =
        new ArrayList<>(List.of(TIME.toString(), "-o", figures.toString(), "-f", "%e %U %S"));
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectError(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectOutput(
        keepOutput
            ? ProcessBuilder.Redirect.to(options.dir().resolve("out.log").toFile())
            : ProcessBuilder.Redirect.DISCARD);
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IOException(name + " exited with " + exit + ": " + Files.readString(log));
    }
    String[] f = Files.readString(figures).strip().split("\\s+");
    int n = f.length;
    Run run =
        new Run(
            Double.parseDouble(f[n - 3]),
            Double.parseDouble(f[n - 2]) + Double.parseDouble(f[n - 1]));
    if (keepOutput) {
      Matcher total = TOTAL.matcher(Files.readString(options.dir().resolve("out.log")));
      if (total.find()) {
        eventsOf.put(set.toString(), Long.parseLong(total.group(1)));
      }
    }
    bytesOf.put(name, bytes(set));
    runs.computeIfAbsent(name, s -> new ArrayList<>()).add(run);
    out.printf(
        Locale.ROOT,
        "  %-28s %7.2f s wall %7.2f s cpu%n",
        name,
        run.wallSeconds(),
        run.cpuSeconds());
    stepSets.put(name, set.toString());
  }

  private void printTable(String before) {
    out.printf(
        Locale.ROOT,
        "%nmedians of %d rounds; load average before %s, after %s; %d processors%n",
        options.rounds(),
        before,
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        Locale.ROOT,
        "%-28s %8s %9s %8s %8s %8s %10s %10s %8s%n",
        "step",
        "MB",
        "events",
        "wall s",
        "cpu s",
        "MB/s",
        "events/s",
        "ev/cpu-s",
        "us/event");
    for (String name : runs.keySet()) {
      Run m = median(runs.get(name));
      double mb = bytesOf.get(name) / 1e6;
      long events = eventsOf.getOrDefault(stepSets.get(name), -1L);
      out.printf(
          Locale.ROOT,
          "%-28s %8.1f %9d %8.2f %8.2f %8.2f %10.0f %10.0f %8.1f%n",
          name,
          mb,
          events,
          m.wallSeconds(),
          m.cpuSeconds(),
          mb / m.wallSeconds(),
          events / m.wallSeconds(),
          events / m.cpuSeconds(),
          m.cpuSeconds() * 1e6 / events);
    }
    out.println();
    ratio(
        "kmslog events vs evtxexport (.evtx)",
        "evtxexport -f xml (.evtx)",
        "events, java -jar (.evtx)");
    ratio(
        "kmslog events, launcher vs evtxexport",
        "evtxexport -f xml (.evtx)",
        "events, launcher (.evtx)");
    ratio(
        "kmslog import vs evtxexport (.evtx)",
        "evtxexport -f xml (.evtx)",
        "import, java -jar (.evtx)");
    ratio(
        "XML import vs .evtx import, java -jar",
        "import, java -jar (XML)",
        "import, java -jar (.evtx)");
    ratio(
        "XML import vs .evtx import, launcher",
        "import, launcher (XML)",
        "import, launcher (.evtx)");
  }

  /** How many times as long {@code slower} took as {@code faster}, per event, wall and CPU. */
  private void ratio(String what, String slower, String faster) {
    if (!runs.containsKey(slower) || !runs.containsKey(faster)) {
      return;
    }
    Run a = median(runs.get(slower));
    Run b = median(runs.get(faster));
    double perA = eventsOf.getOrDefault(stepSets.get(slower), 1L);
    double perB = eventsOf.getOrDefault(stepSets.get(faster), 1L);
    out.printf(
        Locale.ROOT,
        "%-40s %6.2fx wall %6.2fx cpu (time per event of the first / of the second)%n",
        what,
        (a.wallSeconds() / perA) / (b.wallSeconds() / perB),
        (a.cpuSeconds() / perA) / (b.cpuSeconds() / perB));
  }

  private static Run median(List<Run> runs) {
    double[] wall = runs.stream().mapToDouble(Run::wallSeconds).sorted().toArray();
    double[] cpu = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
    int m = runs.size() / 2;
    return runs.size() % 2 == 1
        ? new Run(wall[m], cpu[m])
        : new Run((wall[m - 1] + wall[m]) / 2, (cpu[m - 1] + cpu[m]) / 2);
  }

  private static long bytes(Path set) throws IOException {
    long total = 0;
    for (Path file : files(set)) {
      total += Files.size(file);
    }
    return total;
  }

  /** The files of a set, in path order. */
  private static List<Path> files(Path set) throws IOException {
    try (java.util.stream.Stream<Path> walk = Files.walk(set)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
