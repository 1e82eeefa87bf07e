package org.kmslog.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kmslog.store.Database;

/**
 * The nightly run as a user meets it: a database of years of a large estate's history ({@link
 * NightlyEstate}: 15,000 clients, failures and retries, about 4,600 events a day), then one cold
 * {@code java -jar kmslog.jar run} (a process of its own, with a small heap) that imports the next
 * day's files, analyzes and writes the reports; for several sizes of history, to show the curve. It
 * prints the run's wall time, the analysis's share (analysis_run.duration_ms) and the process's
 * peak resident memory (VmHWM of /proc/PID/status, sampled while it runs).
 *
 * <p>{@code java -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.NightlyBenchmark
 * --events 200000,1000000,5000000}
 *
 * <p>With {@code --baseline-jar OTHER.jar} another build is run too, first, on its own copy of the
 * same database (which it upgrades or uses as it can), so both builds are measured in one run on
 * the same data. A history is built at the schema of the build the benchmark runs from: to compare
 * with an older build, run the benchmark from the older build's jars, with {@code --jar NEW.jar
 * --baseline-jar OLD.jar}; the newer build upgrades its own copy. Databases are kept in {@code
 * --dir} and reused by the next run of the same sizes; {@code --build-only} only builds them. A run
 * still going after {@code --timeout} seconds (default 1800) is stopped and shown as such.
 *
 * <p>With {@code --postgresql}, kmslog runs on the PostgreSQL server the PG* variables name
 * instead: the H2 history is copied once into a database of its own there ({@code
 * kmslog_nightly_N}, kept for the next run while the H2 history is the same), each night runs on a
 * fresh copy of that database ({@code kmslog_night}, {@code CREATE DATABASE ... TEMPLATE}), and a
 * column adds the server's processor time (its postmaster's reaped children: the run's own server
 * process, its parallel workers, autovacuum). {@code --server-setting work_mem=64MB} sets a setting
 * of the night's database. Under Debian's pg_virtualenv: {@code pg_virtualenv -t -c
 * '--locale=C.UTF-8' java -cp ... org.kmslog.bench.NightlyBenchmark --postgresql --events 1000000}.
 */
public final class NightlyBenchmark {
  static final String USAGE =
      "usage: NightlyBenchmark [--events N,N,...] [--clients N] [--hosts N] [--dir DIR]"
          + " [--jar JAR] [--baseline-jar JAR] [--xmx SIZE] [--timeout SECONDS] [--build-only]"
          + " [--postgresql [--server-setting NAME=VALUE]...]";

  /** The server's database of a night's run, a copy of the history made before each run. */
  private static final String NIGHT_DATABASE = "kmslog_night";

  private final Options options;
  private final PrintStream out;

  /**
   * The benchmark's arguments.
   *
   * @param events the sizes of history to measure, in events
   * @param clients the estate's clients
   * @param hosts the estate's KMS hosts
   * @param dir where the databases and files are kept
   * @param jar the kmslog to measure
   * @param baseline another kmslog to measure on a copy of the same data, or null
   * @param xmx the heap of the run, as -Xmx takes it
   * @param timeoutSeconds how long a run may take before it is stopped
   * @param buildOnly only build the histories
   * @param postgresql whether kmslog runs on a PostgreSQL server (the PG* variables') instead of H2
   * @param serverSettings settings of the server's night database (ALTER DATABASE ... SET), such as
   *     work_mem=64MB, to see what the server's configuration is worth
   */
  record Options(
      List<Long> events,
      int clients,
      int hosts,
      Path dir,
      Path jar,
      Path baseline,
      String xmx,
      long timeoutSeconds,
      boolean buildOnly,
      boolean postgresql,
      List<String> serverSettings) {
    static Options parse(String[] args) {
      List<Long> events = List.of(200_000L, 1_000_000L, 5_000_000L);
      int clients = 15_000;
      int hosts = 4;
      Path dir = Path.of("target", "nightly-bench");
      Path jar = Path.of("target", "kmslog.jar");
      Path baseline = null;
      String xmx = "256m";
      long timeout = 1800;
      boolean buildOnly = false;
      boolean postgresql = false;
      List<String> serverSettings = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--build-only")) {
          buildOnly = true;
          continue;
        }
        if (args[i].equals("--postgresql")) {
          postgresql = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("unknown or incomplete argument " + args[i]);
        }
        String value = args[++i];
        switch (args[i - 1]) {
          case "--events" -> {
            List<Long> sizes = new ArrayList<>();
            for (String size : value.split(",")) {
              sizes.add(Long.parseLong(size.strip()));
            }
            events = List.copyOf(sizes);
          }
          case "--clients" -> clients = Integer.parseInt(value);
          case "--hosts" -> hosts = Integer.parseInt(value);
          case "--dir" -> dir = Path.of(value);
          case "--jar" -> jar = Path.of(value);
          case "--baseline-jar" -> baseline = Path.of(value);
          case "--xmx" -> xmx = value;
          case "--timeout" -> timeout = Long.parseLong(value);
          case "--server-setting" -> {
            if (!value.matches("[a-z_]+=[A-Za-z0-9_.]+")) {
              throw new IllegalArgumentException("--server-setting takes NAME=VALUE: " + value);
            }
            serverSettings.add(value);
          }
          default -> throw new IllegalArgumentException("unknown argument " + args[i - 1]);
        }
      }
      return new Options(
          events,
          clients,
          hosts,
          dir,
          jar,
          baseline,
          xmx,
          timeout,
          buildOnly,
          postgresql,
          List.copyOf(serverSettings));
    }
  }

  /**
   * One cold run.
   *
   * @param exitStatus the process's exit status (0 or 1: done; 1 means findings)
   * @param wallNanos from start to exit
   * @param cpuTicks the processor time it used (user and system, in 1/100 s), as last sampled
   * @param analysisMillis the analysis's own duration, or -1 when it did not finish
   * @param peakRssKb the highest VmHWM seen, in KB (0 where /proc has none)
   * @param failure the error line of a run that failed (OutOfMemoryError...), or ""
   * @param timings the run's lines (--verbose) that say how long each analyzer script and each of
   *     its slow statements took
   * @param serverCpuTicks the processor time the PostgreSQL server's processes used meanwhile (its
   *     postmaster's children, as the postmaster reaped them), or -1 for H2
   */
  record Run(
      int exitStatus,
      long wallNanos,
      long cpuTicks,
      long analysisMillis,
      long peakRssKb,
      String failure,
      List<String> timings,
      long serverCpuTicks) {}

  private NightlyBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kmslog nightly benchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    new NightlyBenchmark(options, System.out).run();
  }

  private void run() throws Exception {
    out.printf(
        Locale.ROOT,
        "kmslog nightly benchmark: %,d clients, %d hosts, run with -Xmx%s; Java %s, %d cores%n",
        options.clients(),
        options.hosts(),
        options.xmx(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    out.println(
        "events     days  day-files  kmslog                 wall s   cpu s  analysis s  peak RSS MB"
            + (options.postgresql() ? "  server cpu s" : ""));
    for (long events : options.events()) {
      NightlyEstate estate = NightlyEstate.ofEvents(events, options.clients(), options.hosts());
      if (estate.end().plus(Duration.ofDays(1)).isAfter(Instant.now())) {
        // Its nightly day would lie after the day kmslog runs, which leaves such events out.
        throw new IllegalArgumentException(
            "an estate of "
                + events
                + " events would reach "
                + estate.end()
                + ", after today: give fewer events (or --clients)");
      }
      Path home = options.dir().resolve(String.valueOf(events));
      Path history = home.resolve("history");
      long stored = build(estate, history);
      String server = options.postgresql() ? serverHistory(events, history) : null;
      if (options.buildOnly()) {
        out.printf(
            Locale.ROOT,
            "%-10d %4d  history %s%n",
            stored,
            estate.days(),
            Files.readString(history.resolve("built")).strip());
        continue;
      }
      Path day = home.resolve("day");
      int files = estate.writeNextDay(day).size();
      List<Path> jars = new ArrayList<>();
      if (options.baseline() != null) {
        jars.add(options.baseline());
      }
      jars.add(options.jar());
      for (Path jar : jars) {
        // The baseline first; named so even when both jars are called kmslog.jar.
        boolean baseline = jar == options.baseline();
        String label = (baseline ? "baseline " : "") + jar.getFileName();
        Run run =
            nightly(history, server, home.resolve("run"), day, jar, baseline ? "baseline" : "this");
        out.printf(
            Locale.ROOT,
            "%-10d %4d  %9d  %-20s %8.1f  %6.1f  %10s  %11d%s%s%n",
            stored,
            estate.days(),
            files,
            label,
            run.wallNanos() / 1e9,
            run.cpuTicks() / 100.0,
            run.analysisMillis() < 0
                ? "failed"
                : String.format(Locale.ROOT, "%.1f", run.analysisMillis() / 1e3),
            run.peakRssKb() / 1024,
            run.serverCpuTicks() < 0
                ? ""
                : String.format(Locale.ROOT, "  %13.1f", run.serverCpuTicks() / 100.0),
            run.failure().isEmpty() ? "" : "  " + run.failure());
        for (String timing : run.timings()) {
          out.println("    " + timing);
        }
      }
    }
  }

  /**
   * Builds the history's database once; a later run of the same size reuses it, unless it was built
   * by an earlier version of the estate.
   */
  private long build(NightlyEstate estate, Path dir) throws Exception {
    Path done = dir.resolve("built");
    String location = dir.resolve("kmslog").toString();
    String version = "estate " + NightlyEstate.VERSION + ", ";
    if (!Files.exists(done) || !Files.readString(done).startsWith(version)) {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve("kmslog.mv.db"));
      long start = System.nanoTime();
      try (Database database = Database.open(location, true)) {
        estate.fill(database.connection());
      }
      Files.writeString(
          done, version + "built in " + (System.nanoTime() - start) / 1_000_000 + " ms\n");
    }
    // Counted read-only, past kmslog's store: opening it as a Database would upgrade a history
    // built by an older build to this build's schema, and that older build, as the baseline,
    // would then refuse its copy as newer than it understands.
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:" + location + ";ACCESS_MODE_DATA=r", "sa", "")) {
      return NightlyEstate.queryLong(c, "SELECT COUNT(*) FROM host_request")
          + NightlyEstate.queryLong(c, "SELECT COUNT(*) FROM client_request")
          + NightlyEstate.queryLong(c, "SELECT COUNT(*) FROM client_response")
          + NightlyEstate.queryLong(c, "SELECT COUNT(*) FROM dns_publish");
    }
  }

  /**
   * Copies the history (the H2 file, or the server's database of it when {@code server} names one)
   * and runs kmslog on the copy in a process of its own.
   */
  private Run nightly(Path history, String server, Path dir, Path day, Path jar, String build)
      throws Exception {
    Files.createDirectories(dir);
    String location;
    long postmaster = -1;
    if (server == null) {
      Path db = dir.resolve("kmslog.mv.db");
      Files.copy(history.resolve("kmslog.mv.db"), db, StandardCopyOption.REPLACE_EXISTING);
      location = dir.resolve("kmslog").toAbsolutePath().toString();
    } else {
      PgServer.createDatabase(NIGHT_DATABASE, server);
      for (String setting : options.serverSettings()) {
        PgServer.setDatabase(NIGHT_DATABASE, setting);
      }
      location = PgServer.url(NIGHT_DATABASE);
      postmaster = PgServer.postmasterPid();
    }
    Path log = dir.resolve("run-" + build + ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.xmx(),
                "-XX:+UseParallelGC",
                "-jar",
                jar.toAbsolutePath().toString(),
                "run",
                "--quiet",
                "--verbose",
                "--db",
                location,
                "--report-dir",
                dir.resolve("report").toAbsolutePath().toString()));
    if (server != null && System.getenv("PGUSER") != null) {
      command.addAll(List.of("--db-user", System.getenv("PGUSER")));
    }
    command.add(day.toAbsolutePath().toString());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long serverBefore = postmaster < 0 ? 0 : reapedTicks(postmaster);
    long start = System.nanoTime();
    Process process = builder.start();
    Path proc = Path.of("/proc", String.valueOf(process.pid()));
    long peak = 0;
    long cpu = 0;
    long deadline = start + options.timeoutSeconds() * 1_000_000_000L;
    boolean stopped = false;
    while (process.isAlive()) {
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        process.waitFor();
        stopped = true;
        break;
      }
      peak = Math.max(peak, vmHwmKb(proc.resolve("status")));
      cpu = Math.max(cpu, cpuTicks(proc.resolve("stat")));
      Thread.sleep(50);
    }
    long wall = System.nanoTime() - start;
    int exit = process.waitFor();
    long serverTicks = -1;
    if (postmaster >= 0) {
      // The run's server process ends as its connection closes, and is counted once reaped.
      Thread.sleep(500);
      serverTicks = reapedTicks(postmaster) - serverBefore;
    }
    String failure = "";
    List<String> timings = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (failure.isEmpty() && (line.contains("OutOfMemoryError") || line.contains("Exception"))) {
        failure = line.strip();
      }
      if (line.startsWith("kmslog: ") && line.contains(" took ")) {
        timings.add(line.substring("kmslog: ".length()));
      }
    }
    if (stopped) {
      failure = "stopped after " + options.timeoutSeconds() + " s";
    } else if (exit > 1 && failure.isEmpty()) {
      failure = "exit status " + exit + ", see " + log;
    }
    return new Run(
        exit,
        wall,
        cpu,
        stopped ? -1 : analysisMillis(location),
        peak,
        failure,
        timings,
        serverTicks);
  }

  /**
   * The server's copy of the H2 history, built once for each H2 history: a database named after the
   * size, whose comment is the H2 history's {@code built} line.
   */
  private String serverHistory(long events, Path history) throws Exception {
    String database = "kmslog_nightly_" + events;
    String built = Files.readString(history.resolve("built")).strip();
    if (!built.equals(PgServer.databaseComment(database))) {
      long start = System.nanoTime();
      PgServer.createDatabase(database, null);
      String url = PgServer.url(database);
      Database.open(url, System.getenv("PGUSER"), true, Duration.ZERO, notice -> {}).close();
      long rows;
      try (Connection h2 =
              DriverManager.getConnection(
                  "jdbc:h2:" + history.resolve("kmslog") + ";ACCESS_MODE_DATA=r", "sa", "");
          Connection pg = PgServer.connect(url)) {
        rows = PgServer.copyTables(h2, pg);
      }
      PgServer.commentDatabase(database, built);
      out.printf(
          Locale.ROOT,
          "history copied into PostgreSQL database %s: %,d rows in %.1f s%n",
          database,
          rows,
          (System.nanoTime() - start) / 1e9);
    }
    return database;
  }

  private static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process ended between the check and the read, or this is no Linux.
    }
    return 0;
  }

  /** utime + stime of /proc/PID/stat (fields 14 and 15, after the command's parentheses). */
  private static long cpuTicks(Path stat) {
    return ticks(stat, 11);
  }

  /** utime + stime of the children a process has reaped (cutime + cstime, fields 16 and 17). */
  private static long reapedTicks(long pid) {
    return ticks(Path.of("/proc", String.valueOf(pid), "stat"), 13);
  }

  /** Two adjacent tick counts of a /proc/PID/stat, counted from the field after the command. */
  private static long ticks(Path stat, int first) {
    try {
      String text = Files.readString(stat);
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The duration of the newest finished analysis, read without upgrading the schema. */
  private static long analysisMillis(String location) throws SQLException {
    try (Connection c =
        location.startsWith("jdbc:postgresql:")
            ? PgServer.connect(location)
            : DriverManager.getConnection("jdbc:h2:" + location, "sa", "")) {
      return NightlyEstate.queryLong(
          c, "SELECT COALESCE(MAX(duration_ms), -1) FROM analysis_run WHERE status = 'done'");
    }
  }
}
