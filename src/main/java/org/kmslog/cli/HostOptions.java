package org.kmslog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The sanctioned KMS hosts, shared by {@code analyze} and {@code run}. */
final class HostOptions {
  private static final Option HOSTS =
      Option.builder()
          .longOpt("hosts")
          .hasArg()
          .argName("NAMES")
          .desc(
              "the sanctioned KMS hosts, comma-separated; any other machine that answers is reported")
          .get();
  private static final Option HOSTS_FILE =
      Option.builder()
          .longOpt("hosts-file")
          .hasArg()
          .argName("FILE")
          .desc("the sanctioned KMS hosts, one per line (# starts a comment)")
          .get();

  private HostOptions() {}

  static void addTo(Options options) {
    options.addOption(HOSTS);
    options.addOption(HOSTS_FILE);
  }

  /** The hosts named by --hosts or --hosts-file; empty when neither is given. */
  static List<String> sanctionedHosts(CommandLine line, String command) throws CliException {
    List<String> hosts = new ArrayList<>();
    String list = line.getOptionValue(HOSTS);
    String file = line.getOptionValue(HOSTS_FILE);
    if (list != null && file != null) {
      // Neither is meant to add to the other: one list of sanctioned hosts, kept in one place.
      throw CliException.usage(command + ": give --hosts or --hosts-file, not both");
    }
    if (list != null) {
      Arrays.stream(list.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(hosts::add);
    }
    if (file != null) {
      try {
        Files.readAllLines(Path.of(file)).stream()
            .map(s -> s.replaceAll("#.*", "").strip())
            .filter(s -> !s.isEmpty())
            .forEach(hosts::add);
      } catch (IOException e) {
        throw CliException.usage(command + ": cannot read --hosts-file " + file + ": " + e);
      }
    }
    if ((list != null || file != null) && hosts.isEmpty()) {
      throw CliException.usage(command + ": the sanctioned host list is empty");
    }
    return hosts;
  }
}
