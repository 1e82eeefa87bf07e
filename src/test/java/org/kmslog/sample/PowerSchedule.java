package org.kmslog.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a machine is switched on, which decides when a due KMS request actually happens.
 *
 * @param onMinute the UTC minute of the day the machine is switched on
 * @param offMinute the UTC minute of the day it is switched off (1440: never)
 * @param weekdaysOnly whether it stays off on Saturdays and Sundays
 * @param postponeChance the chance that a due request waits a few hours (lid closed, meeting)
 * @param offPeriods periods the machine is off altogether (in storage, decommissioned)
 * @param jitter whether a request waits up to a second for the service (off for synthetic estates,
 *     whose renewal interval may be shorter than that)
 */
record PowerSchedule(
    int onMinute,
    int offMinute,
    boolean weekdaysOnly,
    double postponeChance,
    List<Period> offPeriods,
    boolean jitter) {
  static final PowerSchedule ALWAYS_ON = new PowerSchedule(0, 1440, false, 0, List.of(), true);
  static final PowerSchedule OFFICE_HOURS =
      new PowerSchedule(6 * 60, 16 * 60 + 30, true, 0.3, List.of(), true);

  /** Always on, and a request happens exactly when it is due. */
  static final PowerSchedule EXACT = new PowerSchedule(0, 1440, false, 0, List.of(), false);

  PowerSchedule {
    offPeriods = List.copyOf(offPeriods);
  }

  /**
   * When a request due at {@code due} really happens, or null if the machine never comes on again.
   *
   * @param postponable false for a retry, which the service schedules while the machine is up
   */
  Instant nextAttempt(Instant due, boolean postponable, SplittableRandom random) {
    Instant wanted = due;
    if (postponable && postponeChance > 0 && random.nextDouble() < postponeChance) {
      wanted = wanted.plusSeconds(random.nextLong(20 * 60, 5 * 3600));
    }
    Instant on = nextOn(wanted);
    if (on == null) {
      return null;
    }
    if (!on.equals(wanted)) {
      on = on.plusSeconds(random.nextLong(120, 1500)); // boot and logon before the SPP task runs
    }
    return jitter ? on.plusNanos(random.nextLong(0, 10_000_000) * 100) : on;
  }

  /** The first instant at or after {@code t} when the machine is on, or null. */
  Instant nextOn(Instant t) {
    Instant candidate = t;
    for (int guard = 0; guard < 1000; guard++) {
      Period off = offPeriodAt(candidate);
      LocalDate day = LocalDate.ofInstant(candidate, ZoneOffset.UTC);
      int minute = (int) (candidate.getEpochSecond() - dayStart(day).getEpochSecond()) / 60;
      if (off != null) {
        candidate = off.to();
      } else if (weekdaysOnly && day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0) {
        candidate = dayStart(day.plusDays(1)).plusSeconds(onMinute * 60L);
      } else if (minute < onMinute) {
        candidate = dayStart(day).plusSeconds(onMinute * 60L);
      } else if (minute >= offMinute) {
        candidate = dayStart(day.plusDays(1)).plusSeconds(onMinute * 60L);
      } else {
        return candidate;
      }
    }
    return null;
  }

  private Period offPeriodAt(Instant t) {
    for (Period p : offPeriods) {
      if (p.contains(t)) {
        return p;
      }
    }
    return null;
  }

  private static Instant dayStart(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
