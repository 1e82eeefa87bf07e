package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SimulationRulesTest {
  private static final Instant T = Instant.parse("2026-10-01T08:00:00Z");

  @Test
  void hostCountsDistinctCmidsOfTheLast30Days() {
    HostCounter counter = new HostCounter();
    counter.record("a", T, 25);
    counter.record("b", T.plus(Duration.ofDays(10)), 25);
    counter.record("a", T.plus(Duration.ofDays(20)), 25);

    assertEquals(2, counter.count(T.plus(Duration.ofDays(20))));
    assertEquals(1, counter.count(T.plus(Duration.ofDays(45))));
  }

  @Test
  void hostRemembersTwiceTheHighestPolicy() {
    HostCounter servers = new HostCounter();
    HostCounter clients = new HostCounter();
    for (int i = 0; i < 80; i++) {
      servers.record(String.format(Locale.ROOT, "s%02d", i), T.plusSeconds(i), 5);
      clients.record(String.format(Locale.ROOT, "c%02d", i), T.plusSeconds(i), 25);
    }
    assertEquals(10, servers.count(T.plusSeconds(100)));
    assertEquals(50, clients.count(T.plusSeconds(100)));
  }

  @Test
  void officeHoursSkipNightsAndWeekends() {
    PowerSchedule office = PowerSchedule.OFFICE_HOURS;
    // Friday evening: on again Monday at 06:00 UTC.
    assertEquals(
        Instant.parse("2026-10-05T06:00:00Z"),
        office.nextOn(Instant.parse("2026-10-02T17:00:00Z")));
    assertEquals(
        Instant.parse("2026-10-01T09:00:00Z"),
        office.nextOn(Instant.parse("2026-10-01T09:00:00Z")));
  }

  @Test
  void offPeriodsPostponeToTheirEnd() {
    PowerSchedule stored =
        new PowerSchedule(
            0, 1440, false, 0, List.of(new Period(T, Instant.parse("2026-10-28T00:00:00Z"))), true);
    assertEquals(Instant.parse("2026-10-28T00:00:00Z"), stored.nextOn(T.plusSeconds(60)));
  }

  @Test
  void licenseCountsDownFromTheLastActivationThenTheGracePeriod() {
    ClientProfile renewed =
        ClientProfile.workstation("a", "cmid", Route.to("h"))
            .installed(T.minus(Duration.ofDays(400)))
            .lastActivation(T)
            .build();
    ClientProfile fresh =
        ClientProfile.workstation("b", "cmid", Route.to("h")).installed(T).build();
    ClientLedger ledger = new ClientLedger(2);

    assertEquals(
        new LicenseStatus(1, 249120), ledger.license(0, renewed, T.plus(Duration.ofDays(7))));
    assertEquals(new LicenseStatus(5, 0), ledger.license(0, renewed, T.plus(Duration.ofDays(181))));
    assertEquals(new LicenseStatus(2, 43200 - 60), ledger.license(2, fresh, T.plusSeconds(3600)));
    assertEquals(new LicenseStatus(5, 0), ledger.license(2, fresh, T.plus(Duration.ofDays(31))));
  }
}
