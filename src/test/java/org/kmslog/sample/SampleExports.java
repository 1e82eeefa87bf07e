package org.kmslog.sample;

import static org.kmslog.sample.Channel.APPLICATION;
import static org.kmslog.sample.Channel.KEY_MANAGEMENT_SERVICE;
import static org.kmslog.sample.ExportShapes.CRLF;
import static org.kmslog.sample.ExportShapes.LF;
import static org.kmslog.sample.SampleClients.BRANCH_DOMAIN;
import static org.kmslog.sample.SampleClients.DOMAIN;
import static org.kmslog.sample.SampleHosts.KMS01;
import static org.kmslog.sample.SampleHosts.KMS02;
import static org.kmslog.sample.SampleHosts.KMS03;
import static org.kmslog.sample.SampleHosts.WS_DEV07;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The files of the sample estate: every shape A to I at least once, each with its window. */
final class SampleExports {
  /** The local zone of every CSV sample. */
  static final ZoneId CSV_ZONE = ZoneId.of("Europe/Berlin");

  static final String KMS01_FULL = "KMS01_Key-Management-Service.xml";
  static final String KMS01_LAST_7_DAYS = "KMS01_Key-Management-Service_last-7-days.xml";
  static final String PC_CLONE_A = "PC-CLONE-A_Application.xml";

  /**
   * The binary .evtx samples (shape J): KMS01's Key Management Service log from October (a monthly
   * archive) and a copy of PC-CLONE-A's Application log, beside XML exports of the same logs. Every
   * event in them is also in an XML sample, so they add duplicates and change no finding.
   */
  static final String KMS01_OCTOBER_EVTX = "KMS01_Key-Management-Service_2026-10.evtx";

  static final String PC_CLONE_A_EVTX = "PC-CLONE-A_Application.evtx";
  static final String WS_DEV07_CUSTOM_VIEW = "WS-DEV07_Custom-View-Aktivierung.xml";
  private static final SystemTimeStyle WEVTUTIL = SystemTimeStyle.WEVTUTIL;
  private static final Instant AUG_1 = Instant.parse("2026-08-01T00:00:00Z");
  private static final Instant SEP_1 = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant SEP_15 = Instant.parse("2026-09-15T00:00:00Z");
  private static final Instant OCT_1 = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant OCT_24 = Instant.parse("2026-10-24T00:00:00Z");

  private SampleExports() {}

  static List<ExportSpec> all() {
    List<ExportSpec> all = new ArrayList<>(hostExports());
    all.addAll(clientExports());
    return List.copyOf(all);
  }

  private static List<ExportSpec> hostExports() {
    return List.of(
        // KMS01's log wrapped: the full export starts in August; a later export covers 7 days.
        ExportShapes.wevtutil(
            KMS01,
            KEY_MANAGEMENT_SERVICE,
            KMS01_FULL,
            CRLF,
            WEVTUTIL,
            TupleLayout.LEADING_JOINED,
            since(AUG_1)),
        ExportShapes.eventViewerXml(
            KMS01,
            Set.of(KEY_MANAGEMENT_SERVICE),
            KMS01_LAST_7_DAYS,
            FileEncoding.UTF8,
            viewer(TupleLayout.LEADING_JOINED, TupleLayout.JOINED, Culture.EN_US),
            since(OCT_24)),
        // A monthly archive of the same log: wevtutil epl with a query from 1 October.
        ExportShapes.evtx(KMS01, KEY_MANAGEMENT_SERVICE, KMS01_OCTOBER_EVTX, since(OCT_1)),
        wevtutilApplication(KMS01, "KMS01_Application.xml", WEVTUTIL, since(SEP_1)),
        ExportShapes.eventViewerCsv(
            KMS02, KEY_MANAGEMENT_SERVICE, Culture.EN_US, CSV_ZONE, since(SEP_1)),
        ExportShapes.eventViewerXml(
            KMS02,
            Set.of(APPLICATION),
            "KMS02_Application.xml",
            FileEncoding.UTF8_BOM,
            viewer(TupleLayout.JOINED, TupleLayout.JOINED, Culture.EN_US),
            since(SEP_1)),
        ExportShapes.wevtutil(
            KMS03,
            KEY_MANAGEMENT_SERVICE,
            "KMS03_Key-Management-Service.xml",
            LF,
            new SystemTimeStyle(0, false),
            TupleLayout.JOINED,
            since(SampleEstate.START)),
        wevtutilApplication(KMS03, "KMS03_Application.xml", WEVTUTIL, since(SEP_1)),
        ExportShapes.eventViewerXml(
            WS_DEV07,
            Set.of(APPLICATION, KEY_MANAGEMENT_SERVICE, Channel.SYSTEM),
            WS_DEV07_CUSTOM_VIEW,
            FileEncoding.UTF8,
            viewer(TupleLayout.FIELDS, TupleLayout.JOINED, Culture.DE_DE),
            since(SEP_15)));
  }

  private static List<ExportSpec> clientExports() {
    return List.of(
        wevtutilApplication("PC-CLONE-A" + DOMAIN, PC_CLONE_A, WEVTUTIL, since(AUG_1)),
        ExportShapes.evtx("PC-CLONE-A" + DOMAIN, APPLICATION, PC_CLONE_A_EVTX, since(AUG_1)),
        ExportShapes.eventViewerXml(
            "PC-CLONE-B" + DOMAIN,
            Set.of(APPLICATION),
            "PC-CLONE-B_Application.xml",
            FileEncoding.UTF8,
            viewer(TupleLayout.MESSAGE_ONLY, TupleLayout.MESSAGE_ONLY, Culture.EN_US),
            since(AUG_1)),
        wevtutilApplication(
            "PC-FIN03" + DOMAIN,
            "PC-FIN03_Application.xml",
            new SystemTimeStyle(9, false),
            since(AUG_1)),
        ExportShapes.powerShell51Csv("PC-HR01" + DOMAIN, APPLICATION, CSV_ZONE, since(SEP_1)),
        wevtutilApplication(
            "PC-SKEW05" + DOMAIN,
            "PC-SKEW05_Application.xml",
            new SystemTimeStyle(7, true),
            since(SEP_1)),
        ExportShapes.renderedWevtutil(
            "PC-LAPTOP12" + DOMAIN,
            APPLICATION,
            "PC-LAPTOP12_Application.xml",
            FileEncoding.UTF16LE_BOM,
            since(SEP_1)),
        ExportShapes.powerShell7Csv(
            "PC-FW09" + DOMAIN, APPLICATION, CSV_ZONE, true, since(SampleEstate.START)),
        wevtutilApplication(
            "PC-BRANCH-NEW" + DOMAIN,
            "PC-BRANCH-NEW_Application.xml",
            WEVTUTIL,
            since(SampleEstate.START)),
        wevtutilApplication(
            "PC-OLD20" + DOMAIN,
            "PC-OLD20_Application.xml",
            new SystemTimeStyle(3, false),
            since(SampleEstate.START)),
        wevtutilApplication(
            "PC-GRACE15" + DOMAIN, "PC-GRACE15_Application.xml", WEVTUTIL, since(SEP_1)),
        ExportShapes.powerShell7Csv(
            "BR-PC01" + BRANCH_DOMAIN, APPLICATION, CSV_ZONE, false, since(SampleEstate.START)),
        ExportShapes.eventViewerCsv(
            "BR-PC02" + BRANCH_DOMAIN,
            APPLICATION,
            Culture.DE_DE,
            CSV_ZONE,
            since(SampleEstate.START)),
        ExportShapes.renderedWevtutil(
            "SRV-APP01" + DOMAIN,
            APPLICATION,
            "SRV-APP01_Application.xml",
            FileEncoding.UTF16BE_BOM,
            since(SEP_1)));
  }

  private static ExportSpec wevtutilApplication(
      String computer, String fileName, SystemTimeStyle time, Period window) {
    return ExportShapes.wevtutil(
        computer, APPLICATION, fileName, CRLF, time, TupleLayout.JOINED, window);
  }

  private static XmlEventFormat viewer(TupleLayout host, TupleLayout client, Culture culture) {
    return new XmlEventFormat(WEVTUTIL, host, client, culture);
  }

  private static Period since(Instant from) {
    return new Period(from, SampleEstate.END);
  }
}
