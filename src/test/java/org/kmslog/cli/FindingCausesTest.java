package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.report.JsonReader;
import org.kmslog.testing.StoreUnderTest;

/** Each finding names the finding that explains it (its cause), in the reports of a real run. */
class FindingCausesTest {
  @TempDir Path dir;

  @Test
  void theSamplesExpiringClientsOfAHostBelowItsThresholdAreExplainedByIt() throws Exception {
    List<Map<String, Object>> findings = samples(null);
    Map<String, Object> below = only(findings, "BELOW_THRESHOLD", "KMS02.corp.example", null);
    for (int i = 1; i <= 7; i++) {
      Map<String, Object> expiring =
          only(findings, "EXPIRING", "KMS02.corp.example", "BR-PC0" + i + ".branch.corp.example");
      assertEquals(below.get("id"), expiring.get("cause"), expiring.toString());
    }
    assertNull(below.get("cause"), "a problem of its own");
  }

  @Test
  void aClientThatCannotReachASilentHostIsExplainedByIt() throws Exception {
    List<Map<String, Object>> findings = samples(null);
    Map<String, Object> silent = only(findings, "HOST_SILENT", "KMS03.corp.example", null);
    Map<String, Object> unreached =
        only(findings, "UNREACHED_HOST", "KMS03.corp.example:1688", "SRV-APP01.corp.example");
    assertEquals(silent.get("id"), unreached.get("cause"));
  }

  @Test
  void anExpiringClientThatCannotReachItsHostIsExplainedByThatAndThatByTheRogueHost()
      throws Exception {
    List<Map<String, Object>> findings = samples(null);
    Map<String, Object> unexpected =
        only(findings, "UNEXPECTED_HOST", "kms-old.corp.example", null);
    Map<String, Object> unreached =
        only(findings, "UNREACHED_HOST", "kms-old.corp.example:1688", "PC-BRANCH-NEW.corp.example");
    Map<String, Object> expiring =
        only(findings, "EXPIRING", "kms-old.corp.example", "PC-BRANCH-NEW.corp.example");
    assertEquals(unreached.get("id"), expiring.get("cause"));
    assertEquals(unexpected.get("id"), unreached.get("cause"));
  }

  @Test
  void aSilentHostExplainsThatItsExportsStopped() throws Exception {
    List<Map<String, Object>> findings = samples(Instant.parse("2026-11-01T00:00:00Z"));
    Map<String, Object> silent = only(findings, "HOST_SILENT", "KMS03.corp.example", null);
    Map<String, Object> stale = only(findings, "EXPORTS_STALE", "KMS03.corp.example", null);
    assertEquals(silent.get("id"), stale.get("cause"));
  }

  @Test
  void anExportThatCannotBeReadExplainsThatTheHostsExportsStopped() throws Exception {
    Path drop = Files.createDirectories(dir.resolve("drop"));
    Files.copy(
        Path.of("samples", "KMS01_Key-Management-Service.xml"),
        drop.resolve("KMS01_Key-Management-Service.xml"));
    Files.createFile(drop.resolve("KMS01_KMS_20514.xml"));
    String db = StoreUnderTest.location(dir);
    String reports = dir.resolve("reports").toString();
    Instant night = Instant.parse("2026-11-03T02:30:00Z");
    CliRun.at(night, "run", "--db", db, "--report-dir", reports, drop.toString());
    CliRun.at(night, "run", "--db", db, "--report-dir", reports, drop.toString());
    List<Map<String, Object>> findings = findings(dir.resolve("reports/findings.json"));
    Map<String, Object> rejected = only(findings, "INPUT_REJECTED", null, null);
    Map<String, Object> stale = only(findings, "EXPORTS_STALE", "KMS01.corp.example", null);
    assertEquals(rejected.get("id"), stale.get("cause"));
  }

  @Test
  void aHostWhoseNameHoldsRegexCharactersIsMatchedToItsFileLiterally() throws Exception {
    // A machine key is whatever the events name, punctuation included ("kms(1+"), and an IPv4
    // host keeps its dots: matching them as patterns failed the analysis on "(" and matched a
    // file of "10x0x0x5" to the host 10.0.0.5.
    Path drop = Files.createDirectories(dir.resolve("drop"));
    String log = Files.readString(Path.of("samples", "KMS01_Key-Management-Service.xml"));
    Files.writeString(
        drop.resolve("KMS(1+_Key-Management-Service.xml"),
        log.replace("KMS01.corp.example", "KMS(1+.corp.example"));
    Files.writeString(
        drop.resolve("10.0.0.5_Key-Management-Service.xml"),
        log.replace("KMS01.corp.example", "10.0.0.5"));
    Files.createFile(drop.resolve("KMS(1+_KMS_20514.xml"));
    Files.createFile(drop.resolve("10x0x0x5_KMS_20514.xml"));
    String db = StoreUnderTest.location(dir);
    String reports = dir.resolve("reports").toString();
    Instant night = Instant.parse("2026-11-03T02:30:00Z");
    CliRun.at(night, "run", "--db", db, "--report-dir", reports, drop.toString());
    CliRun second = CliRun.at(night, "run", "--db", db, "--report-dir", reports, drop.toString());
    assertEquals(1, second.status(), second.err());
    List<Map<String, Object>> findings = findings(dir.resolve("reports/findings.json"));
    Map<String, Object> hostile = only(findings, "EXPORTS_STALE", "KMS(1+.corp.example", null);
    Map<String, Object> address = only(findings, "EXPORTS_STALE", "10.0.0.5", null);
    Map<String, Object> itsFile =
        findings.stream()
            .filter(f -> f.get("kind").equals("INPUT_REJECTED"))
            .filter(f -> String.valueOf(f.get("detail")).contains("KMS(1+_KMS_20514.xml"))
            .findFirst()
            .orElseThrow();
    assertEquals(itsFile.get("id"), hostile.get("cause"));
    assertNull(address.get("cause"), "10x0x0x5 is not 10.0.0.5");
  }

  /** The findings of a run over the samples, with the wall clock at this time (or before them). */
  private List<Map<String, Object>> samples(Instant wallClock) throws Exception {
    String[] args = {
      "run",
      "--db",
      StoreUnderTest.location(dir),
      "--timezone",
      "Europe/Berlin",
      "--hosts",
      "KMS01,KMS02,KMS03",
      "--report-dir",
      dir.resolve("reports").toString(),
      "samples"
    };
    CliRun run = wallClock == null ? CliRun.of(args) : CliRun.at(wallClock, args);
    assertEquals(1, run.status(), run.err());
    return findings(dir.resolve("reports/findings.json"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> findings(Path json) throws Exception {
    Map<String, Object> report =
        (Map<String, Object>) JsonReader.parse(Files.readString(json, StandardCharsets.UTF_8));
    return (List<Map<String, Object>>) report.get("findings");
  }

  private static Map<String, Object> only(
      List<Map<String, Object>> findings, String kind, String host, String client) {
    List<Map<String, Object>> found =
        findings.stream()
            .filter(f -> f.get("kind").equals(kind))
            .filter(f -> host == null || host.equals(f.get("host")))
            .filter(f -> client == null || client.equals(f.get("client")))
            .toList();
    assertEquals(1, found.size(), kind + " " + host + " " + client + ": " + found);
    return found.get(0);
  }
}
