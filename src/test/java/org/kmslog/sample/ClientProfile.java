package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A simulated KMS client machine and the behaviour that shapes its requests.
 *
 * @param computer the machine's own name as its events show it (FQDN)
 * @param reportedName the name the host logs in 12290 (FQDN, or NetBIOS without a DNS suffix)
 * @param cmid the client machine id; clones share one
 * @param products what it activates, each with its own renewal cycle under the same CMID
 * @param vm whether it is a virtual machine
 * @param route where its requests go
 * @param clockSkew how far its clock is ahead of UTC
 * @param power when it is switched on
 * @param installed when Windows was installed (start of the 30-day OOB grace)
 * @param lastActivation its last successful activation before the simulation, or null
 * @param maxRetries how many 2-hour retries follow a failed attempt before it waits a full cycle
 * @param quirk how its 12288 tuples deviate
 * @param exported whether its own Application log is exported (only then are its events made)
 */
record ClientProfile(
    String computer,
    String reportedName,
    String cmid,
    List<Product> products,
    boolean vm,
    Route route,
    Duration clockSkew,
    PowerSchedule power,
    Instant installed,
    Instant lastActivation,
    int maxRetries,
    TupleQuirk quirk,
    boolean exported) {

  ClientProfile {
    products = List.copyOf(products);
  }

  /** A builder for a workstation that renews with a host; everything else has defaults. */
  static Builder workstation(String computer, String cmid, Route route) {
    return new Builder(computer, cmid, route);
  }

  /** Builds the profiles of the scripted sample clients; defaults describe a plain workstation. */
  static final class Builder {
    private final String computer;
    private final Route route;
    private String reportedName;
    private String cmid;
    private List<Product> products = List.of(Product.WINDOWS_ENTERPRISE);
    private boolean vm;
    private Duration clockSkew = Duration.ZERO;
    private PowerSchedule power = PowerSchedule.OFFICE_HOURS;
    private Instant installed;
    private Instant lastActivation;
    private int maxRetries = 2;
    private TupleQuirk quirk = TupleQuirk.NONE;
    private boolean exported;

    private Builder(String computer, String cmid, Route route) {
      this.computer = computer;
      this.reportedName = computer;
      this.cmid = cmid;
      this.route = route;
    }

    Builder reportedName(String name) {
      reportedName = name;
      return this;
    }

    Builder cmid(String id) {
      cmid = id;
      return this;
    }

    Builder products(Product... list) {
      products = List.of(list);
      return this;
    }

    /** An always-on server, physical or virtual. */
    Builder server(boolean virtual) {
      vm = virtual;
      power = PowerSchedule.ALWAYS_ON;
      return this;
    }

    Builder clockSkew(Duration skew) {
      clockSkew = skew;
      return this;
    }

    Builder power(PowerSchedule schedule) {
      power = schedule;
      return this;
    }

    Builder installed(Instant t) {
      installed = t;
      return this;
    }

    Builder lastActivation(Instant t) {
      lastActivation = t;
      return this;
    }

    Builder maxRetries(int retries) {
      maxRetries = retries;
      return this;
    }

    Builder quirk(TupleQuirk q) {
      quirk = q;
      return this;
    }

    /** Marks the client's own Application log as exported. */
    Builder exported() {
      exported = true;
      return this;
    }

    ClientProfile build() {
      return new ClientProfile(
          computer,
          reportedName,
          cmid,
          products,
          vm,
          route,
          clockSkew,
          power,
          installed,
          lastActivation,
          maxRetries,
          quirk,
          exported);
    }
  }
}
