package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;

/** The nightly job: a drop folder run again and again, as a scheduler would. */
class RunCommandTest {
  private static final List<String> REPORTS =
      List.of("summary.txt", "findings.csv", "findings.json", "report.html", "clients.csv");

  @TempDir Path dir;
  private Path drop;
  private String db;
  private Path reports;

  @BeforeEach
  void dropFolder() throws Exception {
    drop = dir.resolve("drop");
    Files.createDirectories(drop);
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, drop.resolve(sample.getFileName()));
      }
    }
    db = StoreUnderTest.location(dir);
    reports = dir.resolve("reports");
  }

  private CliRun run(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--db",
                db,
                "--report-dir",
                reports.toString(),
                "--timezone",
                "Europe/Berlin",
                "--hosts",
                "KMS01,KMS02,KMS03"));
    args.addAll(List.of(more));
    args.add(drop.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void importsAnalyzesAndWritesTheFourReports() throws Exception {
    CliRun first = run();
    assertEquals(1, first.status(), "the samples hold errors: " + first.err());
    assertTrue(
        first.out().contains("Total: 23 files (23 imported, 0 unchanged, 0 failed)"), first.out());
    assertTrue(
        first.out().contains("Analysis #1 as of 2026-10-30 23:03:47 UTC: 27 findings"),
        first.out());
    assertTrue(
        first
            .out()
            .endsWith(
                "Reports: "
                    + String.join(
                        ", ", REPORTS.stream().map(r -> reports.resolve(r).toString()).toList())
                    + "\n"),
        first.out());
    for (String report : REPORTS) {
      assertTrue(Files.size(reports.resolve(report)) > 1000, report);
    }
    assertTrue(Files.readString(reports.resolve("report.html")).contains("<svg"));
  }

  @Test
  void aSecondRunImportsNothingAndFindsTheSame() throws Exception {
    run();
    String csv = Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8);
    CliRun second = run();
    assertEquals(1, second.status());
    assertTrue(
        second.out().startsWith("Total: 23 files (0 imported, 23 unchanged, 0 failed); 0 events"),
        second.out());
    assertTrue(second.out().contains("Analysis #2 as of 2026-10-30 23:03:47 UTC"), second.out());
    assertEquals(csv, Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void theNightlyRunDropsTheWorkTablesAndAnalyzeKeepsThemForTracing() throws Exception {
    // The analysis builds its work tables anew every time; kept after a nightly run, they would be
    // most of what the file holds, and most of what a compaction of it must copy.
    CliRun run = run("--verbose");
    assertEquals(1, run.status(), run.err());
    assertTrue(
        run.err().contains("kmslog: KMS01.corp.example writes 12290 client times in UTC"),
        "what the analysis learned of the hosts' clocks is read from them first: " + run.err());
    assertEquals(List.of(), workTables());
    // By hand, an analysis leaves them for plain SQL (README: a finding traced back).
    CliRun analyze = CliRun.of("analyze", "--db", db, "--verbose");
    assertEquals(1, analyze.status(), analyze.err());
    assertTrue(analyze.err().contains("writes 12290 client times in UTC"), analyze.err());
    assertTrue(
        workTables().containsAll(List.of("work_attempt", "work_host_base")),
        workTables().toString());
    try (Database database = Database.open(db, false)) {
      assertEquals(
          4,
          Fixtures.queryLong(database.connection(), "SELECT COUNT(*) FROM work_host_base"),
          "the four hosts' time bases");
    }
    // And the next nightly run lets go of them again, with the same findings.
    String csv = Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8);
    assertEquals(1, run().status());
    assertEquals(List.of(), workTables());
    assertEquals(csv, Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void onAServerTheWorkTablesAreUnloggedAndTheStoredEventsAreNot() throws Exception {
    // Rebuilt by every analysis, the work tables need no write-ahead log: none of them survives
    // a server's crash (PostgreSQL empties unlogged tables), or is sent to its standbys, and
    // writing them costs less. The events, the ledger and the findings stay as safe as ever.
    StoreUnderTest.requireServer();
    importAndAnalyzeByHand();
    List<String> work = new java.util.ArrayList<>();
    List<String> logged = new java.util.ArrayList<>();
    try (Database database = Database.open(db, false);
        java.sql.Statement query = database.connection().createStatement();
        java.sql.ResultSet row =
            query.executeQuery(
                "SELECT c.relname, c.relpersistence FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = CURRENT_SCHEMA"
                    + " AND c.relkind = 'r' ORDER BY c.relname")) {
      while (row.next()) {
        boolean unlogged = row.getString(2).equals("u");
        if (row.getString(1).startsWith("work_")) {
          assertTrue(unlogged, row.getString(1) + " is unlogged");
          work.add(row.getString(1));
        } else {
          assertEquals("p", row.getString(2), row.getString(1) + " is kept safe");
          logged.add(row.getString(1));
        }
      }
    }
    assertTrue(work.containsAll(List.of("work_attempt", "work_host_base")), work.toString());
    assertTrue(
        logged.containsAll(
            List.of("client_request", "host_request", "import_file", "finding", "analysis_run")),
        logged.toString());
  }

  @Test
  void onAServerTheAnalysisIsPlannedForWhatItsTablesHoldAndNotCompiled() throws Exception {
    // PostgreSQL's JIT compiled the analyzers' statements for longer than they then ran, and a
    // never-analyzed analysis_current (one row) was planned as a hundred or so.
    StoreUnderTest.requireServer();
    importAndAnalyzeByHand();
    try (Database database = Database.open(db, false)) {
      assertEquals("off", Fixtures.queryString(database.connection(), "SHOW jit"));
      assertEquals(
          1,
          Fixtures.queryLong(
              database.connection(),
              "SELECT CAST(c.reltuples AS BIGINT) FROM pg_class c JOIN pg_namespace n"
                  + " ON n.oid = c.relnamespace WHERE n.nspname = CURRENT_SCHEMA"
                  + " AND c.relname = 'analysis_current'"),
          "the statistics of analysis_current count its one row");
    }
  }

  /** The samples imported and analyzed as an admin does by hand, which keeps the work tables. */
  private void importAndAnalyzeByHand() {
    CliRun imported = CliRun.of("import", "--db", db, "--quiet", drop.toString());
    assertEquals(0, imported.status(), imported.err());
    CliRun analyze = CliRun.of("analyze", "--db", db);
    assertEquals(1, analyze.status(), analyze.err());
  }

  /** The tables named work_... in the store's schema. */
  private List<String> workTables() throws Exception {
    try (Database database = Database.open(db, false);
        java.sql.Statement query = database.connection().createStatement();
        java.sql.ResultSet row =
            query.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE LOWER(table_name) LIKE 'work\\_%' AND table_schema = CURRENT_SCHEMA")) {
      List<String> tables = new java.util.ArrayList<>();
      while (row.next()) {
        tables.add(row.getString(1).toLowerCase(java.util.Locale.ROOT));
      }
      return tables;
    }
  }

  @Test
  void aNewFileIsPickedUp() throws Exception {
    run();
    Files.copy(
        Fixtures.resourceFolder("xml").resolve("wevtutil-bare-crlf.xml"), drop.resolve("new.xml"));
    CliRun second = run();
    assertTrue(
        second
            .out()
            .contains(
                "Total: 24 files (1 imported, 23 unchanged, 0 failed); 2 events"
                    + " read, 2 stored"),
        second.out());
    assertTrue(
        second.out().contains(drop.resolve("new.xml") + ": 2 events, 2 stored"), second.out());
  }

  @Test
  void aChangedFileIsReadAgainWithoutDuplicatingEvents() throws Exception {
    Path log = drop.resolve("KMS03_Key-Management-Service.xml");
    String full = Files.readString(log, StandardCharsets.UTF_8);
    // The first night's export held the first half of the log; the next night's holds it all.
    int half = full.indexOf("<Event", full.length() / 2);
    Files.writeString(log, full.substring(0, half), StandardCharsets.UTF_8);
    run();
    long before;
    try (Database database = Database.open(db, false)) {
      before =
          Fixtures.queryLong(
              database.connection(),
              "SELECT COUNT(*) FROM host_request WHERE computer_key = 'kms03'");
    }
    Files.writeString(log, full, StandardCharsets.UTF_8);
    CliRun second = run();
    assertTrue(second.out().contains("Total: 23 files (1 imported, 22 unchanged"), second.out());
    try (Database database = Database.open(db, false)) {
      assertEquals(
          100,
          Fixtures.queryLong(
              database.connection(),
              "SELECT COUNT(*) FROM host_request WHERE computer_key = 'kms03'"),
          "the events already stored (" + before + ") were not stored twice");
    }
    assertTrue(
        second
            .out()
            .contains(
                log + ": 100 events, " + (100 - before) + " stored, " + before + " duplicates"),
        second.out());
  }

  @Test
  void quietSaysWhyTheRunNeedsAttentionOnStderr() throws Exception {
    CliRun loud = run();
    List<String> headlineAndErrors =
        loud.out()
            .lines()
            .filter(l -> l.startsWith("Analysis #") || l.startsWith("error   "))
            .map(l -> "kmslog: " + l)
            .toList();
    assertEquals(23, headlineAndErrors.size(), "the headline and the 22 errors: " + loud.out());
    db = dir.resolve("another").toString();
    CliRun quiet = run("--quiet");
    assertEquals(1, quiet.status());
    assertEquals("", quiet.out());
    assertEquals(headlineAndErrors, quiet.err().lines().toList());
    assertEquals(
        "kmslog: Analysis #1 as of 2026-10-30 23:03:47 UTC: 27 findings (22 errors, 5 warnings,"
            + " 0 info).",
        quiet.err().lines().findFirst().orElseThrow());
  }

  @Test
  void quietPrintsNothingButProblems() throws Exception {
    Files.writeString(drop.resolve("broken.xml"), "<Events><Event>", StandardCharsets.UTF_8);
    CliRun quiet = run("--quiet");
    assertEquals(2, quiet.status(), "an unreadable file wins over findings");
    assertEquals("", quiet.out());
    List<String> err = quiet.err().lines().toList();
    assertEquals(
        "kmslog: "
            + drop.resolve("broken.xml")
            + " (line 1, column 15): XML: Unexpected EOF;"
            + " was expecting a close tag for element <Event>",
        err.get(0));
    assertTrue(
        err.get(1)
            .startsWith(
                "kmslog: Analysis #1 as of 2026-10-30 23:03:47 UTC: 28 findings (22 errors, 6"
                    + " warnings"),
        // The 27 of the samples and the broken file's INPUT_REJECTED.
        "the findings are not hidden by the file: " + quiet.err());
    assertEquals(24, err.size(), "the file, the headline and the 22 errors: " + quiet.err());
    for (String report : REPORTS) {
      assertTrue(Files.exists(reports.resolve(report)), "reports are still written: " + report);
    }
  }

  @Test
  void asOfJudgesAsOfAnEarlierTimeLikeAnalyze() throws Exception {
    CliRun help = CliRun.of("run", "--help");
    assertTrue(help.out().contains("\n  --as-of TIME "), help.out());
    CliRun run = run("--as-of", "2026-10-01");
    assertTrue(
        run.out().contains("\nAnalysis #1 as of 2026-10-01 23:59:59 UTC: "), "\n" + run.out());
    assertTrue(
        Files.readString(reports.resolve("findings.json"))
            .contains("\n  \"asOf\": \"2026-10-01T23:59:59Z\",\n"));
  }

  @Test
  void aBadAsOfIsRefusedBeforeAnythingIsImported() {
    CliRun run = run("--as-of", "yesterday");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: run: --as-of 'yesterday' is not a time (try 2026-10-30 or 2026-10-30T12:00)\n",
        run.err());
    assertEquals("", run.out());
    assertTrue(Files.notExists(dir.resolve("kmslog.mv.db")), "no database made");
  }

  @Test
  void aCleanEstateExitsZero() throws Exception {
    Path clean = dir.resolve("clean");
    Files.createDirectories(clean);
    Files.copy(
        Fixtures.resourceFolder("xml").resolve("wevtutil-named-root-time-variants.xml"),
        clean.resolve("dns.xml"));
    CliRun run =
        CliRun.of(
            "run", "--db", db, "--report-dir", reports.toString(), "--quiet", clean.toString());
    assertEquals(0, run.status(), run.err());
  }

  @Test
  void anEmptyFolderHasNothingToAnalyze() throws Exception {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    CliRun run = CliRun.of("run", "--db", db, "--report-dir", reports.toString(), empty.toString());
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: database " + db + " holds no KMS events; import some exports first\n", run.err());
  }
}
