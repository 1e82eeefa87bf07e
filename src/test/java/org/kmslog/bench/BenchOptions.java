package org.kmslog.bench;

import java.nio.file.Path;

/**
 * The benchmark's arguments.
 *
 * @param events events per generated set
 * @param dir where the sets and databases go
 * @param hosts KMS hosts in the synthetic estate (1 puts almost every event in one big file)
 * @param clients clients in the estate
 * @param days days the estate covers
 * @param seed the generator's seed
 * @param xml whether to run the XML set
 * @param csv whether to run the CSV set
 * @param scaling whether to analyze a tenth of the events too, to show how analysis scales
 * @param importOnly whether to stop after the raw scan and the first import (for very big files)
 * @param warmUp whether to parse and import each set once, untimed, before timing them, so that the
 *     figures show a JVM whose JIT compiler is done (as in a long import) rather than one compiling
 *     as it goes
 */
record BenchOptions(
    long events,
    Path dir,
    int hosts,
    int clients,
    int days,
    long seed,
    boolean xml,
    boolean csv,
    boolean scaling,
    boolean importOnly,
    boolean warmUp) {

  static final String USAGE =
      "usage: java [-Xmx256m] -cp kmslog.jar:kmslog-tests.jar org.kmslog.bench.Benchmark [--events N]"
          + " [--dir DIR] [--hosts H] [--clients C] [--days D] [--seed S] [--formats xml|csv|all]"
          + " [--scaling] [--import-only] [--warm-up]";

  static BenchOptions parse(String[] args) {
    long events = 1_000_000;
    Path dir = Path.of("kmslog-bench");
    int hosts = 3;
    int clients = 2_000;
    int days = 60;
    long seed = 1;
    String formats = "all";
    boolean scaling = false;
    boolean importOnly = false;
    boolean warmUp = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--scaling")) {
        scaling = true;
        continue;
      }
      if (arg.equals("--import-only")) {
        importOnly = true;
        continue;
      }
      if (arg.equals("--warm-up")) {
        warmUp = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown or incomplete argument " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--events" -> events = number(arg, value);
        case "--dir" -> dir = Path.of(value);
        case "--hosts" -> hosts = (int) number(arg, value);
        case "--clients" -> clients = (int) number(arg, value);
        case "--days" -> days = (int) number(arg, value);
        case "--seed" -> seed = number(arg, value);
        case "--formats" -> formats = value;
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (!formats.equals("all") && !formats.equals("xml") && !formats.equals("csv")) {
      throw new IllegalArgumentException("--formats is xml, csv or all, not " + formats);
    }
    return new BenchOptions(
        events,
        dir,
        hosts,
        clients,
        days,
        seed,
        !formats.equals("csv"),
        !formats.equals("xml"),
        scaling,
        importOnly,
        warmUp);
  }

  private static long number(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, not " + value);
    }
  }
}
