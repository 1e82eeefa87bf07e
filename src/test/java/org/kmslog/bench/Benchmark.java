package org.kmslog.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kmslog.analyze.AnalysisReader;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.report.ReportFile;
import org.kmslog.report.ReportFormat;
import org.kmslog.sample.EstateGenerator;
import org.kmslog.sample.ExportFormat;
import org.kmslog.sample.SyntheticSpec;
import org.kmslog.store.Database;
import org.kmslog.store.EventDump;
import org.kmslog.store.StoredEvents;

/**
 * The benchmark admins can rerun: generates a synthetic estate (XML and CSV exports), then times,
 * on the same files, the parsers' practical limit and kmslog's import, re-import, import of
 * overlapping exports, analysis and reports, with the heap each needed and the database's size.
 *
 * <p>{@code java -Xmx256m -cp target/kmslog.jar:target/kmslog-tests.jar org.kmslog.bench.Benchmark
 * --events 1000000}
 */
public final class Benchmark {
  private static final ZoneId CSV_ZONE = ZoneId.of("Europe/Berlin");
  private static final long COMPACT_FROM_BYTES = 32L << 20;

  private final BenchOptions options;
  private final PrintStream out;
  private String analysisDetail = "";

  private Benchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark; {@link BenchOptions#USAGE} lists the arguments. */
  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kmslog benchmark: " + e.getMessage());
      System.err.println(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    new Benchmark(options, System.out).run();
  }

  /** Runs the benchmark with these arguments, printing to out (for the smoke test). */
  static void run(String[] args, PrintStream out) throws Exception {
    new Benchmark(BenchOptions.parse(args), out).run();
  }

  private void run() throws Exception {
    out.printf(
        Locale.ROOT,
        "kmslog benchmark: %,d events per set, %d hosts, seed %d; Java %s, %d cores, max heap %d MB%n",
        options.events(),
        options.hosts(),
        options.seed(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Files.createDirectories(options.dir());
    if (options.xml()) {
      Path xml = generate("xml", options.events(), xmlFormats());
      double analyzeSeconds = xmlSet(xml, "db-xml");
      if (options.scaling() && !options.importOnly()) {
        scaling(analyzeSeconds);
      }
    }
    if (options.csv()) {
      csvSet(
          generate(
              "csv",
              options.events(),
              EnumSet.of(ExportFormat.EVENT_VIEWER_CSV, ExportFormat.POWERSHELL_CSV)));
    }
  }

  private static EnumSet<ExportFormat> xmlFormats() {
    return EnumSet.of(ExportFormat.WEVTUTIL_XML, ExportFormat.EVENT_VIEWER_XML);
  }

  /** Generates a set once; later runs with the same arguments reuse it. */
  private Path generate(String kind, long events, EnumSet<ExportFormat> formats)
      throws IOException {
    Path folder =
        options
            .dir()
            .resolve(kind + "-" + events + "-hosts" + options.hosts() + "-seed" + options.seed());
    Path done = folder.resolve(".complete");
    if (!Files.exists(done)) {
      out.printf(Locale.ROOT, "generating %s ...%n", folder);
      EstateGenerator.writeSynthetic(
          folder,
          new SyntheticSpec(
              options.seed(), options.hosts(), options.clients(), options.days(), formats, events));
      Files.writeString(done, "");
    }
    return folder;
  }

  /** The XML set: every measurement; returns the analysis time for the scaling check. */
  private double xmlSet(Path folder, String dbName) throws Exception {
    FirstImport first =
        rawAndImport(
            "XML",
            "events",
            folder,
            RawScan::xml,
            "raw Woodstox token scan",
            "the raw scan",
            dbName);
    List<Path> files = first.files();
    long bytes = first.bytes();
    long events = first.events();
    Path db = first.db();
    Measured imported = first.imported();
    long afterImport = dbSize(db);
    if (options.importOnly()) {
      out.printf(Locale.ROOT, "  database: %s after import%n", mb(afterImport));
      return 0;
    }
    Measured again = importInto(db, folder);
    line("re-import, unchanged files", again, bytes, 0, "(hash check only)");
    Path copies = overlappingCopies(folder, files);
    Measured overlap = importInto(db, copies);
    line("overlapping exports", overlap, bytes, events, "(every event already stored)");
    long afterOverlap = dbSize(db);
    Measured analyzed = analyze(db);
    line(
        "analyze",
        analyzed,
        0,
        events,
        String.format(
            Locale.ROOT, "%.2fx the import time", analyzed.seconds() / imported.seconds()));
    out.println(analysisDetail);
    line("reports, all four formats", report(db), 0, 0, "");
    line("summary (kmslog summary)", summary(db), 0, events, "");
    long rawData = rawData(db);
    out.printf(
        Locale.ROOT,
        "  database: %s after import, %s after the overlapping import; the data it holds is %s"
            + " as CSV: %.2fx and %.2fx%n",
        mb(afterImport),
        mb(afterOverlap),
        mb(rawData),
        afterImport / (double) rawData,
        afterOverlap / (double) rawData);
    return analyzed.seconds();
  }

  private void csvSet(Path folder) throws Exception {
    rawAndImport(
        "CSV", "records", folder, RawScan::csv, "raw Commons CSV parse", "the raw parse", "db-csv");
  }

  /** Counts what a raw parse of a set's files finds. */
  private interface RawParse {
    long count(List<Path> files) throws Exception;
  }

  /**
   * What the first import of a set measured.
   *
   * @param files the set's files
   * @param bytes the size of the set's files
   * @param events what the raw parse counted
   * @param db the new database it went into
   * @param imported the import
   */
  private record FirstImport(
      List<Path> files, long bytes, long events, Path db, Measured imported) {}

  /** Prints a set's size, then times the raw parse of its files and their import into a new db. */
  private FirstImport rawAndImport(
      String kind,
      String unit,
      Path folder,
      RawParse parse,
      String parseLine,
      String parseName,
      String dbName)
      throws Exception {
    List<Path> files = files(folder);
    long bytes = bytes(files);
    if (options.warmUp()) {
      Path warmUpDb = fresh(dbName + "-warm-up");
      Measured warmUp =
          Measured.of(
              () -> {
                parse.count(files);
                importInto(warmUpDb, folder);
              });
      Files.deleteIfExists(dbFile(warmUpDb));
      out.printf(
          Locale.ROOT,
          "%n(warm-up: %s parsed and imported once in %.1f s, not counted below)",
          kind,
          warmUp.seconds());
    }
    long[] events = new long[1];
    Measured raw = Measured.of(() -> events[0] = parse.count(files));
    out.printf(
        Locale.ROOT,
        "%n%s: %d files, %s, %,d %s (largest file %s)%n",
        kind,
        files.size(),
        mb(bytes),
        events[0],
        unit,
        mb(largest(files)));
    line(parseLine, raw, bytes, events[0], "");
    Path db = fresh(dbName);
    Measured imported = importInto(db, folder);
    line("kmslog import", imported, bytes, events[0], ratio(imported, raw, parseName));
    return new FirstImport(files, bytes, events[0], db, imported);
  }

  /** Imports and analyzes a tenth of the events, to compare the analysis times. */
  private void scaling(double fullSeconds) throws Exception {
    long tenth = Math.max(10_000, options.events() / 10);
    Path small = generate("xml", tenth, xmlFormats());
    Path db = fresh("db-xml-tenth");
    importInto(db, small);
    Measured analyzed = analyze(db);
    out.printf(
        Locale.ROOT,
        "%nAnalysis scaling: %,d events %.1f s, %,d events %.1f s: %.1fx the events, %.1fx the"
            + " time%n",
        tenth,
        analyzed.seconds(),
        options.events(),
        fullSeconds,
        options.events() / (double) tenth,
        fullSeconds / analyzed.seconds());
  }

  private Measured importInto(Path db, Path folder) throws Exception {
    ReadSettings settings = new ReadSettings(CSV_ZONE, null, null);
    return Measured.of(
        () -> {
          Database database = Database.open(db.toString(), true);
          try {
            new Importer(database, settings).importAll(List.of(folder), outcome -> {});
          } finally {
            database.closeCompacting(COMPACT_FROM_BYTES);
          }
        });
  }

  private Measured analyze(Path db) throws Exception {
    List<Analyzer.ScriptTime> timings = new java.util.ArrayList<>();
    Measured measured =
        Measured.of(
            () -> {
              try (Database database = Database.open(db.toString(), false)) {
                Analyzer analyzer = new Analyzer(database);
                analyzer.run(null, List.of());
                timings.addAll(analyzer.timings());
              }
            });
    StringBuilder text = new StringBuilder("    by script:");
    for (Analyzer.ScriptTime time : timings) {
      String name = time.script().substring(time.script().lastIndexOf('/') + 1);
      text.append(String.format(Locale.ROOT, " %s %.1f s,", name, time.millis() / 1000.0));
    }
    text.setLength(text.length() - 1);
    List<String> slow = new java.util.ArrayList<>();
    for (Analyzer.ScriptTime time : timings) {
      for (Analyzer.StatementTime statement : time.slowStatements()) {
        slow.add(
            String.format(
                Locale.ROOT, "%s %.1f s", statement.statement(), statement.millis() / 1000.0));
      }
    }
    text.append("\n    statements of a second or more: ")
        .append(slow.isEmpty() ? "none" : String.join(", ", slow));
    analysisDetail = text.toString();
    return measured;
  }

  private Measured report(Path db) throws Exception {
    Path folder = options.dir().resolve("report");
    return Measured.of(
        () -> {
          AnalysisRun data;
          try (Database database = Database.open(db.toString(), false)) {
            data = new AnalysisReader(database).latest().orElseThrow();
          }
          for (ReportFormat format : ReportFormat.values()) {
            ReportFile.write(
                folder.resolve("report." + format.displayName()),
                writer -> format.write(data, writer));
          }
        });
  }

  /** What kmslog summary reads: the stored events counted by computer and event ID. */
  private Measured summary(Path db) throws Exception {
    return Measured.of(
        () -> {
          try (Database database = Database.open(db.toString(), false)) {
            StoredEvents stored = new StoredEvents(database);
            stored.byComputer();
            stored.totals();
          }
        });
  }

  /** The events the database holds, as CSV text: the yardstick for its size. */
  private long rawData(Path db) throws Exception {
    Path dump = options.dir().resolve("dump");
    Files.createDirectories(dump);
    try (Database database = Database.open(db.toString(), false)) {
      return new EventDump(database).toCsv(dump);
    }
  }

  /** Copies of the files with one byte more, so their hashes differ but their events do not. */
  private Path overlappingCopies(Path folder, List<Path> files) throws IOException {
    Path copies = folder.resolveSibling(folder.getFileName() + "-copies");
    if (!Files.exists(copies.resolve(".complete"))) {
      Files.createDirectories(copies);
      for (Path file : files) {
        Path copy = copies.resolve(file.getFileName());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(
            copy,
            "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            StandardOpenOption.APPEND);
      }
      Files.writeString(copies.resolve(".complete"), "");
    }
    return copies;
  }

  private Path fresh(String name) throws IOException {
    Path db = options.dir().resolve(name);
    Files.deleteIfExists(dbFile(db));
    return db;
  }

  private static long dbSize(Path db) throws IOException {
    return Files.size(dbFile(db));
  }

  /** The file H2 keeps a database in. */
  private static Path dbFile(Path db) {
    return db.resolveSibling(db.getFileName() + ".mv.db");
  }

  private void line(String what, Measured m, long bytes, long items, String note) {
    StringBuilder text =
        new StringBuilder(String.format(Locale.ROOT, "  %-28s %8.1f s", what, m.seconds()));
    if (bytes > 0) {
      text.append(String.format(Locale.ROOT, "  %7.1f MB/s", m.mbPerSecond(bytes)));
    }
    if (items > 0) {
      text.append(String.format(Locale.ROOT, "  %,9d events/s", m.perSecond(items)));
    }
    if (m.cpuNanos() >= 0) {
      text.append(String.format(Locale.ROOT, "  cpu %6.1f s", m.cpuSeconds()));
    }
    text.append(String.format(Locale.ROOT, "  heap peak %4d MB", m.peakHeapBytes() >> 20));
    if (!note.isEmpty()) {
      text.append("  ").append(note);
    }
    out.println(text);
  }

  private static String ratio(Measured m, Measured base, String what) {
    return String.format(Locale.ROOT, "%.2fx %s", m.seconds() / base.seconds(), what);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.list(folder)) {
      return walk.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static long bytes(List<Path> files) throws IOException {
    long total = 0;
    for (Path file : files) {
      total += Files.size(file);
    }
    return total;
  }

  private static long largest(List<Path> files) throws IOException {
    long max = 0;
    for (Path file : files) {
      max = Math.max(max, Files.size(file));
    }
    return max;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
