package org.kmslog.sample;

import static org.kmslog.sample.SampleHosts.KMS01;
import static org.kmslog.sample.SampleHosts.KMS02;
import static org.kmslog.sample.SampleHosts.KMS03;
import static org.kmslog.sample.SampleHosts.WS_DEV07;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The KMS clients of the sample estate, each scripted for one situation. */
final class SampleClients {
  static final String DOMAIN = ".corp.example";
  static final String BRANCH_DOMAIN = ".branch.corp.example";
  static final Instant LAPTOP12_OFF_NETWORK = Instant.parse("2026-09-21T00:00:00Z");

  /** A laptop that only sleeps: renewals wander, but a retry always comes 2 h later. */
  private static final PowerSchedule LAPTOP_NEVER_SHUT_DOWN =
      new PowerSchedule(0, 1440, false, 0.3, List.of(), true);

  private static final Instant IMAGED_LONG_AGO = Instant.parse("2025-11-03T09:00:00Z");
  private static final Instant FOREVER = Instant.parse("2100-01-01T00:00:00Z");
  private final SplittableRandom random;
  private final List<ClientProfile> clients = new ArrayList<>();

  private SampleClients(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Every client, in a fixed order. */
  static List<ClientProfile> all(long seed) {
    SampleClients c = new SampleClients(seed);
    c.addKms01Fleet();
    c.addKms01Situations();
    c.addKms01Failures();
    c.addBranch();
    c.addKms03Servers();
    c.addLab();
    return List.copyOf(c.clients);
  }

  private void addKms01Fleet() {
    for (int i = 1; i <= 26; i++) {
      String name = "PC-" + (1000 + i) + DOMAIN;
      ClientProfile.Builder pc =
          i <= 20
              ? existing(name, Route.to(KMS01))
              : fresh(name, Route.to(KMS01), day("2026-08-03T07:30:00Z", 2 * i - 42));
      if (i % 8 == 3) {
        pc.products(Product.WINDOWS_ENTERPRISE, Product.OFFICE_2016_PROPLUS);
      }
      add(pc);
    }
    for (String name : List.of("SRV-DC01", "SRV-DC02", "SRV-FILE01", "SRV-SQL01")) {
      add(
          existing(name + DOMAIN, Route.to(KMS01))
              .products(Product.SERVER_2022_STANDARD)
              .server(!name.equals("SRV-DC01")));
    }
  }

  private void addKms01Situations() {
    String cloneCmid = RandomIds.uuid(random);
    add(
        fresh("PC-CLONE-A" + DOMAIN, Route.to(KMS01), at("2026-08-17T07:40:00Z"))
            .cmid(cloneCmid)
            .exported());
    add(
        fresh("PC-CLONE-B" + DOMAIN, Route.to(KMS01), at("2026-08-18T08:05:00Z"))
            .cmid(cloneCmid)
            .exported());
    add(
        existing("PC-FIN03" + DOMAIN, Route.to(KMS01))
            .products(Product.WINDOWS_ENTERPRISE, Product.OFFICE_2016_PROPLUS)
            .exported());
    add(existing("PC-HR01" + DOMAIN, Route.to(KMS01)).reportedName("PC-HR01").exported());
    add(
        activatedAt("PC-SKEW05" + DOMAIN, Route.to(KMS01), "2026-05-14T10:12:31Z")
            .clockSkew(Duration.ofHours(5))
            .exported());
    add(
        existing("PC-LAPTOP12" + DOMAIN, Route.to(KMS01).failingOnceAt(LAPTOP12_OFF_NETWORK))
            .power(LAPTOP_NEVER_SHUT_DOWN)
            .exported());
    add(existing(WS_DEV07, Route.to(KMS01)).exported());
  }

  private void addKms01Failures() {
    Route blocked = Route.to(KMS01).withNetworkError("0x8007274C");
    add(fresh("PC-FW09" + DOMAIN, blocked, at("2026-10-12T08:10:00Z")).exported());
    Route stale = new Route("kms-old.corp.example:1688", null, null, null, null);
    add(fresh("PC-BRANCH-NEW" + DOMAIN, stale, at("2026-10-14T09:30:00Z")).exported());
    Route stored = Route.to(KMS01).unreachableFrom(at("2026-05-23T00:00:00Z"));
    add(
        activatedAt("PC-OLD20" + DOMAIN, stored, "2026-05-15T09:20:12Z")
            .power(storedPcPower())
            .maxRetries(1)
            .quirk(TupleQuirk.DROP_LAST_TWO)
            .exported());
    Route lost = Route.to(KMS01).unreachableFrom(at("2026-04-11T00:00:00Z"));
    add(activatedAt("PC-GRACE15" + DOMAIN, lost, "2026-04-10T08:30:45Z").exported());
  }

  private void addBranch() {
    for (int i = 1; i <= 7; i++) {
      String name = "BR-PC" + Digits.pad(i, 2) + BRANCH_DOMAIN;
      Instant installed =
          SampleHosts.KMS02_START.plus(Duration.ofDays(2L * (i - 1))).plusSeconds(3000);
      ClientProfile.Builder pc = fresh(name, Route.to(KMS02), installed);
      add(i <= 2 ? pc.exported() : pc);
    }
  }

  private void addKms03Servers() {
    for (int i = 1; i <= 5; i++) {
      String name = "SRV-APP" + Digits.pad(i, 2) + DOMAIN;
      ClientProfile.Builder server =
          existing(name, Route.to(KMS03)).products(Product.SERVER_2022_STANDARD).server(true);
      if (i == 1) {
        // A Monday-morning renewal cycle, so the host's last request is logged on 2026-10-05.
        server
            .lastActivation(at("2026-05-18T06:12:08Z"))
            .products(Product.SERVER_2019_DATACENTER)
            .quirk(TupleQuirk.EMPTY_MIN_COUNT)
            .exported();
      }
      add(server);
    }
  }

  private void addLab() {
    add(fresh("LAB-PC01" + DOMAIN, Route.to(WS_DEV07), at("2026-09-21T10:00:00Z")));
    add(fresh("LAB-PC02" + DOMAIN, Route.to(WS_DEV07), at("2026-09-22T11:00:00Z")));
  }

  private void add(ClientProfile.Builder client) {
    clients.add(client.build());
  }

  /** A machine activated before the simulation that renews within its first week. */
  private ClientProfile.Builder existing(String computer, Route route) {
    Instant last = SampleEstate.START.minusSeconds(random.nextLong(60, 7 * 24 * 3600));
    return ClientProfile.workstation(computer, RandomIds.uuid(random), route)
        .installed(IMAGED_LONG_AGO)
        .lastActivation(last);
  }

  /** A machine last activated at a given time. */
  private ClientProfile.Builder activatedAt(String computer, Route route, String lastActivation) {
    return ClientProfile.workstation(computer, RandomIds.uuid(random), route)
        .installed(IMAGED_LONG_AGO)
        .lastActivation(at(lastActivation));
  }

  /** A machine installed during the simulation, first activating in OOB grace. */
  private ClientProfile.Builder fresh(String computer, Route route, Instant installed) {
    return ClientProfile.workstation(computer, RandomIds.uuid(random), route).installed(installed);
  }

  /** A machine in storage: on for a moment on 2026-05-22 and on 2026-10-28/29 only. */
  private static PowerSchedule storedPcPower() {
    return new PowerSchedule(
        9 * 60,
        9 * 60 + 50,
        true,
        0,
        List.of(
            new Period(at("2026-05-22T12:00:00Z"), at("2026-10-28T00:00:00Z")),
            new Period(at("2026-10-29T12:00:00Z"), FOREVER)),
        true);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private Instant day(String base, int days) {
    return at(base).plus(Duration.ofDays(days)).plusSeconds(random.nextLong(0, 3600));
  }
}
