package org.kmslog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kmslog.sample.EstateGenerator;
import org.kmslog.sample.ExportFormat;
import org.kmslog.sample.SyntheticSpec;

/**
 * The cold import as a user meets it: every step is a process of its own ({@code java -jar
 * kmslog.jar import}, a raw parse in a JVM of its own, a Python stdlib script), on a realistic
 * estate: host XML logs of 200 MB and more, and a drop folder of thousands of small client CSV
 * exports in both kinds (Event Viewer and PowerShell).
 *
 * <p>{@code java -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.ColdImportBenchmark
 * [--rounds 3]}
 *
 * <p>With {@code --postgresql}, every kmslog import goes into a fresh schema of its own on the
 * PostgreSQL server the PG* variables name (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, as
 * pg_virtualenv sets them), dropped and made again before each first import.
 */
public final class ColdImportBenchmark {
  static final String USAGE =
      "usage: java -cp kmslog.jar:kmslog-tests.jar org.kmslog.bench.ColdImportBenchmark"
          + " [--dir DIR] [--host-events N] [--client-files N] [--seed S] [--rounds R]"
          + " [--jar kmslog.jar] [--baseline-jar OLD.jar] [--java-opts 'OPTS']"
          + " [--import-opts 'OPTS'] [--python python3] [--no-python] [--postgresql]";

  private static final String SCRIPT = "import_xml.py";

  /** A client file holds about this many events (the drop folder: 50 a file). */
  private static final int EVENTS_PER_CLIENT_FILE = 50;

  private final Options options;
  private final PrintStream out;
  private final Map<String, List<Run>> runs = new LinkedHashMap<>();

  private ColdImportBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark, or (with --raw-xml or --raw-csv) one raw parse, as its child process. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--raw-xml")) {
      System.out.println(RawScan.xml(files(Path.of(args[1]))));
      return;
    }
    if (args.length == 2 && args[0].equals("--raw-csv")) {
      System.out.println(RawScan.csv(files(Path.of(args[1]))));
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kmslog cold-import benchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    new ColdImportBenchmark(options, System.out).run();
  }

  /** Runs it with these arguments, printing to out (for the smoke test). */
  static void run(String[] args, PrintStream out) throws Exception {
    new ColdImportBenchmark(Options.parse(args), out).run();
  }

  /**
   * The benchmark's arguments.
   *
   * @param dir where the generated sets, the databases and the script go
   * @param hostEvents events in the host XML logs
   * @param clientFiles client CSV files in the drop folder, one client each
   * @param seed the generator's seed
   * @param rounds how many times each step runs (interleaved); the figures are medians
   * @param jar the kmslog.jar to time
   * @param baselineJar an older kmslog.jar to time beside it, or null
   * @param classPath the class path of the raw parses (kmslog.jar and kmslog-tests.jar)
   * @param javaOpts JVM options of every Java step
   * @param importOpts JVM options of a further run of each kmslog import (the launcher's, say),
   *     beside the plain {@code java -jar}
   * @param python the Python interpreter, or null to leave the script out
   * @param postgresql the JDBC URL of the PostgreSQL database to import into (a schema each), or
   *     null for H2 files in dir
   */
  record Options(
      Path dir,
      long hostEvents,
      int clientFiles,
      long seed,
      int rounds,
      Path jar,
      Path baselineJar,
      String classPath,
      List<String> javaOpts,
      List<String> importOpts,
      String python,
      String postgresql) {

    static Options parse(String[] args) {
      Path dir = Path.of("kmslog-cold-bench");
      long hostEvents = 220_000;
      int clientFiles = 2_500;
      long seed = 1;
      int rounds = 1;
      Path jar = Path.of("target/kmslog.jar");
      Path baselineJar = null;
      List<String> javaOpts = List.of();
      List<String> importOpts = List.of();
      String python = "python3";
      String postgresql = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--no-python")) {
          python = null;
          continue;
        }
        if (arg.equals("--postgresql")) {
          postgresql = PgServer.serverUrl();
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("unknown or incomplete argument " + arg);
        }
        String value = args[++i];
        switch (arg) {
          case "--dir" -> dir = Path.of(value);
          case "--host-events" -> hostEvents = number(arg, value);
          case "--client-files" -> clientFiles = (int) number(arg, value);
          case "--seed" -> seed = number(arg, value);
          case "--rounds" -> rounds = (int) number(arg, value);
          case "--jar" -> jar = Path.of(value);
          case "--baseline-jar" -> baselineJar = Path.of(value);
          case "--java-opts" -> javaOpts = words(value);
          case "--import-opts" -> importOpts = words(value);
          case "--python" -> python = value;
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("--rounds takes 1 or more, not " + rounds);
      }
      return new Options(
          dir,
          hostEvents,
          clientFiles,
          seed,
          rounds,
          jar,
          baselineJar,
          System.getProperty("java.class.path"),
          javaOpts,
          importOpts,
          python,
          postgresql);
    }

    private static List<String> words(String value) {
      return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    private static long number(String option, String value) {
      try {
        return Long.parseLong(value.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a whole number, not " + value);
      }
    }
  }

  /**
   * One timed process.
   *
   * @param wallSeconds from start to exit
   * @param cpuSeconds user and system time of the process and its children, or -1 if unknown
   * @param peakRssKb its peak resident set, or -1 if unknown
   */
  record Run(double wallSeconds, double cpuSeconds, long peakRssKb) {}

  private void run() throws Exception {
    Files.createDirectories(options.dir());
    out.printf(
        Locale.ROOT,
        "kmslog cold-import benchmark: %,d host events, %,d client files, seed %d, %d round(s);"
            + " Java %s, %d cores%n",
        options.hostEvents(),
        options.clientFiles(),
        options.seed(),
        options.rounds(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    if (options.postgresql() != null) {
      out.println("kmslog imports into PostgreSQL, a schema a step: " + options.postgresql());
    }
    Path hosts = hostSet();
    Path clients = clientSet();
    Path script = script();
    List<Path> hostFiles = files(hosts);
    List<Path> clientFiles = files(clients);
    long hostBytes = bytes(hostFiles);
    long clientBytes = bytes(clientFiles);
    long hostEvents = count(rawCommand("--raw-xml", hosts));
    long clientRecords = count(rawCommand("--raw-csv", clients));
    out.printf(
        Locale.ROOT,
        "host logs: %d XML files, %s, %,d events (%s)%nclient drop folder: %d CSV files, %s,"
            + " %,d records (%s)%n",
        hostFiles.size(),
        mb(hostBytes),
        hostEvents,
        hosts,
        clientFiles.size(),
        mb(clientBytes),
        clientRecords,
        clients);
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("kmslog import", options.jar(), List.of(), false));
    Path launcher = options.jar().toAbsolutePath().resolveSibling("kmslog");
    if (Files.isExecutable(launcher)) {
      variants.add(new Variant("launcher import", launcher, List.of(), true));
    }
    if (!options.importOpts().isEmpty()) {
      variants.add(new Variant("kmslog import +opts", options.jar(), options.importOpts(), false));
    }
    if (options.baselineJar() != null) {
      variants.add(new Variant("baseline import", options.baselineJar(), List.of(), false));
    }
    if (!options.importOpts().isEmpty()) {
      out.println("+opts: " + String.join(" ", options.importOpts()));
    }
    for (int round = 1; round <= options.rounds(); round++) {
      out.printf(Locale.ROOT, "round %d of %d ...%n", round, options.rounds());
      time("raw Woodstox scan, host XML", rawCommand("--raw-xml", hosts));
      for (int v = 0; v < variants.size(); v++) {
        Variant variant = variants.get(v);
        time(variant.label() + ", host XML", importCommand(variant, "hosts-" + v, hosts));
        if (v == 0 || variant.launcher()) {
          time(reimport(variant) + ", host XML", reimportCommand(variant, "hosts-" + v, hosts));
        }
      }
      if (options.python() != null) {
        time("Python stdlib import, host XML", pythonCommand(script, hostFiles));
      }
      time("raw Commons CSV parse, clients", rawCommand("--raw-csv", clients));
      for (int v = 0; v < variants.size(); v++) {
        Variant variant = variants.get(v);
        time(variant.label() + ", client CSVs", importCommand(variant, "clients-" + v, clients));
        if (v == 0 || variant.launcher()) {
          // What a nightly run over a drop folder of archives pays for the files it has.
          time(
              reimport(variant) + ", client CSVs",
              reimportCommand(variant, "clients-" + v, clients));
        }
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-34s %8s %8s %12s %8s %9s%n",
        "step (median of " + options.rounds() + ")",
        "wall s",
        "cpu s",
        "events/s",
        "MB/s",
        "peak RSS");
    for (Map.Entry<String, List<Run>> step : runs.entrySet()) {
      boolean xml = step.getKey().endsWith("XML");
      print(
          step.getKey(),
          median(step.getValue()),
          xml ? hostBytes : clientBytes,
          xml ? hostEvents : clientRecords);
    }
    out.println();
    for (Variant variant : variants) {
      String label = variant.label();
      ratio(
          label + " / raw Woodstox scan, host XML (target <= 2.0)",
          label + ", host XML",
          "raw Woodstox scan, host XML");
      ratio(
          "Python stdlib / " + label + ", host XML (target >= 2.5)",
          "Python stdlib import, host XML",
          label + ", host XML");
      ratio(
          label + " / raw Commons CSV parse, clients (target <= 3.0)",
          label + ", client CSVs",
          "raw Commons CSV parse, clients");
      out.printf(
          Locale.ROOT,
          "%s, client CSVs: %.2f ms a file (wall)%n",
          label,
          median(runs.get(label + ", client CSVs")).wallSeconds() * 1000 / clientFiles.size());
    }
    for (Variant variant : variants.subList(1, variants.size())) {
      for (String set : List.of(", host XML", ", client CSVs")) {
        ratio(
            variant.label() + " / kmslog import" + set,
            variant.label() + set,
            "kmslog import" + set);
      }
    }
  }

  /**
   * A kmslog build and the JVM options its imports run with: {@code java OPTS -jar JAR}, or the
   * launcher next to the jar, as a user runs it (with this Java, and the benchmark's --java-opts).
   */
  private record Variant(String label, Path jar, List<String> opts, boolean launcher) {}

  /** The host logs: every event on a KMS host (no client exports), XML only. */
  private Path hostSet() throws IOException {
    Path folder =
        options.dir().resolve("hosts-xml-" + options.hostEvents() + "-seed" + options.seed());
    if (!Files.exists(folder.resolve(".complete"))) {
      out.printf(Locale.ROOT, "generating %s ...%n", folder);
      EstateGenerator.writeSynthetic(
          folder,
          new SyntheticSpec(
              options.seed(),
              4,
              15_000,
              60,
              EnumSet.of(ExportFormat.WEVTUTIL_XML, ExportFormat.EVENT_VIEWER_XML),
              options.hostEvents(),
              0));
      Files.writeString(folder.resolve(".complete"), "");
    }
    return folder;
  }

  /**
   * The client drop folder: one Application log export per client, Event Viewer and PowerShell CSV
   * in turn, about 50 events each. The hosts' files of that estate are moved aside.
   */
  private Path clientSet() throws IOException {
    Path generated =
        options.dir().resolve("clients-csv-" + options.clientFiles() + "-seed" + options.seed());
    Path folder = generated.resolve("clients");
    if (!Files.exists(generated.resolve(".complete"))) {
      out.printf(Locale.ROOT, "generating %s ...%n", generated);
      Path all = generated.resolve("all");
      int clients = options.clientFiles();
      // Each exported client's cycle adds 1 host event and 2.34 client events per product.
      long target = Math.max(10_000, (long) (clients * EVENTS_PER_CLIENT_FILE * 3.34 / 2.34));
      EstateGenerator.writeSynthetic(
          all,
          new SyntheticSpec(
              options.seed(),
              3,
              clients,
              30,
              EnumSet.of(ExportFormat.EVENT_VIEWER_CSV, ExportFormat.POWERSHELL_CSV),
              target,
              clients));
      Files.createDirectories(folder);
      for (Path file : files(all)) {
        if (!file.getFileName().toString().startsWith("KMS")) {
          Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(generated.resolve(".complete"), "");
    }
    return folder;
  }

  /** The Python script, written out of kmslog-tests.jar. */
  private Path script() throws IOException {
    Path script = options.dir().resolve("import_xml.py");
    try (InputStream in = ColdImportBenchmark.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException(SCRIPT + " is not on the class path");
      }
      Files.write(script, in.readAllBytes());
    }
    return script;
  }

  private List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.javaOpts());
    return command;
  }

  private List<String> rawCommand(String kind, Path folder) {
    List<String> command = java();
    command.addAll(
        List.of(
            "-cp",
            options.classPath(),
            ColdImportBenchmark.class.getName(),
            kind,
            folder.toString()));
    return command;
  }

  /** The label of a variant's import of the folder it imported already, nothing new in it. */
  private static String reimport(Variant variant) {
    return variant.label().replace(" import", " re-import");
  }

  private List<String> importCommand(Variant variant, String name, Path folder)
      throws IOException, SQLException {
    if (options.postgresql() != null) {
      try (Connection connection = PgServer.connect(options.postgresql());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema(name) + " CASCADE");
        statement.execute("CREATE SCHEMA " + schema(name));
      }
      return reimportCommand(variant, name, folder);
    }
    Path db = options.dir().resolve("db-" + name);
    Files.deleteIfExists(Path.of(db + ".mv.db"));
    Files.deleteIfExists(Path.of(db + ".trace.db"));
    return reimportCommand(variant, name, folder);
  }

  /** The schema of a step's database on the server: cold_hosts_0, cold_clients_1, ... */
  private static String schema(String name) {
    return "cold_" + name.replace('-', '_');
  }

  /** Where a step's kmslog keeps its database: an H2 file in dir, or a schema on the server. */
  private String location(String name) {
    return options.postgresql() == null
        ? options.dir().resolve("db-" + name).toString()
        : options.postgresql() + "?currentSchema=" + schema(name);
  }

  private List<String> reimportCommand(Variant variant, String name, Path folder) {
    List<String> command = new ArrayList<>();
    if (variant.launcher()) {
      command.add(variant.jar().toString());
    } else {
      command.addAll(java());
      command.addAll(variant.opts());
      command.addAll(List.of("-jar", variant.jar().toString()));
    }
    command.addAll(List.of("import", "--db", location(name), "--quiet", folder.toString()));
    if (options.postgresql() != null && System.getenv("PGUSER") != null) {
      command.addAll(List.of("--db-user", System.getenv("PGUSER")));
    }
    return command;
  }

  private List<String> pythonCommand(Path script, List<Path> files) throws IOException {
    Path db = options.dir().resolve("python.sqlite");
    Files.deleteIfExists(db);
    List<String> command =
        new ArrayList<>(List.of(options.python(), script.toString(), db.toString()));
    files.forEach(file -> command.add(file.toString()));
    return command;
  }

  /** Runs a step's process under /usr/bin/time and keeps its figures. */
  private void time(String step, List<String> command) throws IOException, InterruptedException {
    Path figures = options.dir().resolve("time.txt");
    Files.deleteIfExists(figures);
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    List<String> full = new ArrayList<>();
    if (timed) {
      full.addAll(List.of("/usr/bin/time", "-o", figures.toString(), "-f", "%e %U %S %M"));
    }
    full.addAll(command);
    Path log = options.dir().resolve("step.log");
    long start = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("KMSLOG_JAVA_OPTS", String.join(" ", options.javaOpts()));
    Process process = builder.start();
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IOException(
          step
              + " exited with "
              + exit
              + ": "
              + String.join(" ", command)
              + "\n"
              + Files.readString(log));
    }
    Run run = new Run(wall, -1, -1);
    if (timed) {
      String[] f = Files.readString(figures).strip().split("\\s+");
      String[] last = Arrays.copyOfRange(f, f.length - 4, f.length);
      run =
          new Run(
              wall,
              Double.parseDouble(last[1]) + Double.parseDouble(last[2]),
              Long.parseLong(last[3]));
    }
    out.printf(
        Locale.ROOT,
        "  %-34s %6.2f s wall, %6.2f s cpu, %5d MB peak RSS%n",
        step,
        run.wallSeconds(),
        run.cpuSeconds(),
        run.peakRssKb() >> 10);
    runs.computeIfAbsent(step, s -> new ArrayList<>()).add(run);
  }

  /** Runs a raw parse once, untimed, for the count it prints. */
  private long count(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes()).strip();
    if (process.waitFor() != 0) {
      throw new IOException("raw parse failed: " + output);
    }
    return Long.parseLong(output);
  }

  private static Run median(List<Run> runs) {
    double[] wall = runs.stream().mapToDouble(Run::wallSeconds).sorted().toArray();
    double[] cpu = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
    long[] rss = runs.stream().mapToLong(Run::peakRssKb).sorted().toArray();
    int m = runs.size() / 2;
    return runs.size() % 2 == 1
        ? new Run(wall[m], cpu[m], rss[m])
        : new Run(
            (wall[m - 1] + wall[m]) / 2, (cpu[m - 1] + cpu[m]) / 2, (rss[m - 1] + rss[m]) / 2);
  }

  private void print(String step, Run run, long bytes, long events) {
    out.printf(
        Locale.ROOT,
        "%-34s %8.2f %8.2f %,12d %8.1f %6d MB%n",
        step,
        run.wallSeconds(),
        run.cpuSeconds(),
        (long) (events / run.wallSeconds()),
        bytes / (1024.0 * 1024.0) / run.wallSeconds(),
        run.peakRssKb() >> 10);
  }

  private void ratio(String what, String step, String base) {
    if (!runs.containsKey(step) || !runs.containsKey(base)) {
      return;
    }
    Run a = median(runs.get(step));
    Run b = median(runs.get(base));
    out.printf(
        Locale.ROOT,
        "%-64s %5.2fx wall, %5.2fx cpu%n",
        what,
        a.wallSeconds() / b.wallSeconds(),
        a.cpuSeconds() / b.cpuSeconds());
  }

  /** The files of a folder, recursively, in path order, hidden ones left out. */
  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static long bytes(List<Path> files) throws IOException {
    long total = 0;
    for (Path file : files) {
      total += Files.size(file);
    }
    return total;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
