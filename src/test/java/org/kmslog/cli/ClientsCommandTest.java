package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.Estate;
import org.kmslog.analyze.Estate.Client;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.StoreUnderTest;

/** {@code kmslog clients} through the real CLI, on the samples and on estates built for it. */
class ClientsCommandTest {
  private static final Path SAMPLES = Path.of("samples");

  @TempDir Path dir;

  private String db() {
    return StoreUnderTest.location(dir);
  }

  /** An estate whose newest event is a healthy client's renewal on 2026-10-30 at noon. */
  private Estate estate() {
    Estate estate = new Estate(dir);
    estate.activation(estate.client("PC-OK.corp.example"), "KMS01", "2026-10-30T12:00:00Z");
    return estate;
  }

  /** The table rows of a clients listing: the lines after the rule under its header. */
  private static List<String> rows(String out) {
    List<String> lines = out.lines().toList();
    int rule = 0;
    while (!lines.get(rule).startsWith("---")) {
      rule++;
    }
    return lines.subList(rule + 1, lines.size()).stream()
        .takeWhile(line -> !line.isEmpty())
        .toList();
  }

  @Test
  void samplesGiveTheExpectedClientsTable() {
    CliRun imported =
        CliRun.of("import", "--db", db(), "--timezone", "Europe/Berlin", SAMPLES.toString());
    assertEquals(0, imported.status(), imported.err());
    assertEquals(1, CliRun.of("analyze", "--db", db(), "--hosts", "KMS01,KMS02,KMS03").status());
    CliRun clients = CliRun.of("clients", "--db", db());
    assertEquals(1, clients.status(), "some sample clients are not activated: " + clients.err());
    assertEquals("", clients.err());
    Fixtures.assertGolden(SAMPLES.resolve("expected-clients.md"), clients.out());
  }

  @Test
  void aHealthyClientIsActiveUntil180DaysAfterItsRenewal() {
    estate().analyze(null);
    CliRun run = CliRun.of("clients", "--db", db());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Analysis #1 as of 2026-10-30 12:00:02 UTC: 1 client product (0 failing, 0 never"
            + " activated, 0 expiring, 1 active).",
        run.out().lines().findFirst().orElseThrow());
    String row = rows(run.out()).get(0);
    assertTrue(row.startsWith("PC-OK.corp.example "), row);
    assertTrue(
        row.matches(
            ".* Windows 10/11 Enterprise +active +KMS01 +2026-10-30 12:00 +2027-04-28 +180"
                + " +licensed$"),
        row);
  }

  @Test
  void namesAreComparedWithoutCaseAndDomain() {
    Estate estate = estate();
    estate.activation(estate.client("PC-TWO.corp.example"), "KMS01", "2026-10-29T12:00:00Z");
    estate.analyze(null);
    for (String name : List.of("pc-two", "PC-TWO.CORP.EXAMPLE", "Pc-Two.other.example")) {
      CliRun run = CliRun.of("clients", "--db", db(), name);
      assertEquals(0, run.status(), run.err());
      List<String> rows = rows(run.out());
      assertEquals(1, rows.size(), run.out());
      assertTrue(rows.get(0).startsWith("PC-TWO.corp.example "), rows.get(0));
    }
  }

  @Test
  void anUnknownNameIsNamedOnStderrWithExitStatus2() {
    estate().analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "PC-OK", "PC-GONE");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: clients: no client named 'PC-GONE' in analysis #1 (names are compared without"
            + " case and domain; kmslog clients lists them all)\n",
        run.err());
    assertEquals(1, rows(run.out()).size(), "the known name is still shown");
  }

  @Test
  void aClientWhoseRenewalsFailSinceItsActivationIsFailingWithTheErrorsMeaning() {
    Estate estate = estate();
    Client c = estate.client("PC-LOST.corp.example");
    estate.activation(c, "KMS01", "2026-10-01T09:00:00Z");
    estate.clientRequest(
        c, "KMS01:1688", Instant.parse("2026-10-29T09:00:00Z"), "0xC004F074", 1, 152 * 1440);
    estate.analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "--status", "failing");
    assertEquals(1, run.status(), "a failing client shown gives exit status 1");
    List<String> rows = rows(run.out());
    assertEquals(1, rows.size(), run.out());
    assertTrue(rows.get(0).startsWith("PC-LOST.corp.example "), rows.get(0));
    assertTrue(
        rows.get(0)
            .matches(".* failing +KMS01 +2026-10-01 09:00 +2027-03-30 +150 +licensed +0xC004F074$"),
        rows.get(0));
    assertTrue(
        run.out()
            .endsWith(
                "\n0xC004F074: No KMS host could be contacted: the client found no host, or none"
                    + " answered.\n"),
        run.out());
  }

  @Test
  void aClientTheHostNeverActivatedIsNever() {
    Estate estate = estate();
    estate.refused(
        estate.client("PC-NEW.corp.example"), "KMS01", "2026-10-29T10:00:00Z", "0xC004F038", 3);
    estate.analyze(null);
    CliRun never = CliRun.of("clients", "--db", db(), "--status", "never");
    assertEquals(1, never.status());
    List<String> rows = rows(never.out());
    assertEquals(1, rows.size(), never.out());
    assertTrue(
        rows.get(0)
            .matches("PC-NEW\\.corp\\.example .* never +KMS01 +0 +notification" + " +0xC004F038$"),
        rows.get(0));
  }

  @Test
  void anActivationWithin30DaysOfRunningOutIsExpiring() {
    Estate estate = estate();
    estate.activation(estate.client("PC-OLD.corp.example"), "KMS01", "2026-05-20T12:00:00Z");
    estate.analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "--status", "expiring");
    assertEquals(0, run.status(), "an expiring client is still activated");
    List<String> rows = rows(run.out());
    assertEquals(1, rows.size(), run.out());
    assertTrue(rows.get(0).matches(".* expiring .* 2026-11-16 +17 +licensed$"), rows.get(0));
    CliRun active = CliRun.of("clients", "--db", db(), "--status", "active");
    assertEquals(1, rows(active.out()).size(), active.out());
  }

  @Test
  void aStatusNoClientHasSaysSo() {
    estate().analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "--status", "failing");
    assertEquals(0, run.status());
    assertEquals("Analysis #1 as of 2026-10-30 12:00:02 UTC: no client is failing.\n", run.out());
  }

  @Test
  void anUnknownStatusIsBadUsage() {
    CliRun run = CliRun.of("clients", "--db", db(), "--status", "broken");
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: clients: --status 'broken' is not active, expiring, failing, never or all\n",
        run.err());
  }

  @Test
  void beforeAnyAnalysisItSaysSo() {
    estate().analyze(null);
    String other = dir.resolve("empty").toString();
    assertEquals(0, CliRun.of("import", "--db", other, dir.resolve("exports").toString()).status());
    CliRun run = CliRun.of("clients", "--db", other);
    assertEquals(2, run.status());
    assertEquals(
        "kmslog: database " + other + " has not been analyzed yet; run kmslog analyze first\n",
        run.err());
  }

  @Test
  void anUnknownActivationIdIsShownAsItsGuid() {
    Estate estate = estate();
    String id = "0f0e0d0c-0b0a-4908-8706-050403020100";
    Client odd =
        new Client(
            "PC-ODD.corp.example",
            "PC-ODD.corp.example",
            UUID.fromString("11111111-2222-4333-8444-555555555555"),
            25,
            id,
            0,
            ZoneOffset.UTC);
    estate.activation(odd, "KMS01", "2026-10-29T12:00:00Z");
    estate.analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "pc-odd");
    assertEquals(0, run.status(), run.err());
    assertTrue(rows(run.out()).get(0).contains(" " + id + "  active "), run.out());
  }

  @Test
  void eachProductOfOneMachineHasItsOwnRow() {
    Estate estate = estate();
    Client windows = estate.client("PC-FIN.corp.example");
    Client office =
        new Client(
            windows.name(),
            windows.reportedName(),
            windows.cmid(),
            5,
            Estate.OFFICE,
            0,
            ZoneOffset.UTC);
    estate.activation(windows, "KMS01", "2026-10-28T08:00:00Z");
    estate.activation(office, "KMS01", "2026-10-28T08:10:00Z");
    estate.analyze(null);
    List<String> rows = rows(CliRun.of("clients", "--db", db(), "PC-FIN").out());
    assertEquals(2, rows.size(), String.join("\n", rows));
    assertTrue(rows.get(0).contains(" Office Professional Plus 2016 "), rows.get(0));
    assertTrue(rows.get(1).contains(" Windows 10/11 Enterprise "), rows.get(1));
  }

  @Test
  void theClientsOfASilentHostAreListedWithWhenTheyMustRenew() {
    Estate estate = estate();
    Client served = estate.server("SRV-A.corp.example");
    estate.activation(served, "KMS03", "2026-10-05T06:00:00Z");
    estate.analyze(null);
    CliRun run = CliRun.of("clients", "--db", db());
    assertTrue(
        run.out()
            .contains(
                "\n1 client product last activated by KMS03, which is silent (HOST_SILENT); each"
                    + " stays activated until\n    its date below, and must reach another host"
                    + " before then:\n  SRV-A.corp.example (Windows Server 2022 Standard): last"
                    + " activated 2026-10-05 06:00 UTC, due to\n    renew since 2026-10-12, must"
                    + " renew by 2027-04-03 (154 days left); active.\n"),
        run.out());
    CliRun report = CliRun.of("report", "--db", db());
    assertTrue(report.out().contains("\n  SRV-A.corp.example (Windows Server 2022"), report.out());
  }

  @Test
  void csvHasTheClientsCsvColumns() {
    estate().analyze(null);
    CliRun run = CliRun.of("clients", "--db", db(), "--format", "csv", "--csv-delimiter", ";");
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "\uFEFFclient;cmids;activationId;product;status;host;lastRequest;lastSuccess;successHost;"
            + "validUntil;renewAt;licenseState;daysLeft;lastError;lastErrorAt;errorMeaning",
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches(
                "PC-OK\\.corp\\.example;[0-9a-f-]{36};73111121-5638-40f6-bc11-f1d7b0d64300;"
                    + "Windows 10/11 Enterprise;active;KMS01;2026-10-30T12:00:00Z;"
                    + "2026-10-30T12:00:02Z;KMS01;2027-04-28T12:00:02Z;2026-11-06T12:00:02Z;"
                    + "licensed;180;;;"),
        lines.get(1));
  }

  @Test
  void helpListsTheCommandAndItsStatuses() {
    CliRun run = CliRun.of("--help");
    assertTrue(
        run.out().contains("\n  clients    show whether each client is activated"), run.out());
    CliRun help = CliRun.of("clients", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("Usage: kmslog clients [OPTIONS] [NAME...]\n"), help.out());
    assertFalse(help.out().contains("\t"), help.out());
    assertTrue(help.out().contains("--status STATUS"), help.out());
  }
}
