package org.kmslog.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a generator run needs: the simulated machines, the rules, and the files to export.
 *
 * @param start the first simulated instant
 * @param end the end of the simulation (exclusive)
 * @param slice how much simulated time is generated, sorted and written at once
 * @param seed the seed of every random choice
 * @param hosts the KMS hosts
 * @param clients the KMS clients
 * @param exports the files to write
 * @param renewal the interval between successful requests (7 days in real life)
 * @param retry the interval between failed attempts (120 minutes)
 * @param noiseProbability the chance that a KMS event in an Application log is followed by noise
 */
record Estate(
    Instant start,
    Instant end,
    Duration slice,
    long seed,
    List<HostProfile> hosts,
    ClientRoster clients,
    List<ExportSpec> exports,
    Duration renewal,
    Duration retry,
    double noiseProbability) {

  Estate {
    hosts = List.copyOf(hosts);
    exports = List.copyOf(exports);
  }
}
