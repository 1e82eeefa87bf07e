package org.kmslog.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Command line of the generator: the bundled samples or a synthetic estate of a given size. */
public final class SampleMain {
  private static final String USAGE =
      "usage: SampleMain --samples DIR\n"
          + "       SampleMain --out DIR --events N [--clients C] [--hosts H] [--days D]"
          + " [--seed S] [--formats LIST]\n"
          + "LIST is comma-separated: wevtutil, eventviewer-xml, eventviewer-csv, powershell-csv,"
          + " evtx, xml (both XML), csv (both CSV), text (XML and CSV; the default), all";

  private SampleMain() {}

  /** Runs the generator and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the generator and returns the exit status: 0 written, 1 failed, 2 bad arguments. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      CommandLine line = new DefaultParser().parse(options(), args);
      if (line.hasOption("samples") == line.hasOption("out")) {
        throw new ParseException("give either --samples DIR or --out DIR");
      }
      GenerationSummary summary =
          line.hasOption("samples")
              ? EstateGenerator.writeSamples(Path.of(line.getOptionValue("samples")))
              : EstateGenerator.writeSynthetic(Path.of(line.getOptionValue("out")), spec(line));
      print(summary, out);
      return 0;
    } catch (ParseException | IllegalArgumentException e) {
      err.println("SampleMain: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("SampleMain: cannot write: " + e);
      return 1;
    }
  }

  private static SyntheticSpec spec(CommandLine line) throws ParseException {
    if (!line.hasOption("events")) {
      throw new ParseException("--out needs --events N");
    }
    SyntheticSpec defaults = SyntheticSpec.withTarget(10_000);
    return new SyntheticSpec(
        number(line, "seed", defaults.seed()),
        (int) number(line, "hosts", defaults.hosts()),
        (int) number(line, "clients", defaults.clients()),
        (int) number(line, "days", defaults.days()),
        formats(line.getOptionValue("formats", "text")),
        number(line, "events", 0));
  }

  private static long number(CommandLine line, String name, long fallback) throws ParseException {
    String value = line.getOptionValue(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new ParseException("--" + name + " is not a number: " + value);
    }
  }

  static Set<ExportFormat> formats(String list) throws ParseException {
    Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
    for (String token : list.toLowerCase(Locale.ROOT).split(",")) {
      switch (token.trim()) {
        case "all" -> formats.addAll(EnumSet.allOf(ExportFormat.class));
        case "text" -> formats.addAll(ExportFormat.TEXT);
        case "xml" ->
            formats.addAll(EnumSet.of(ExportFormat.WEVTUTIL_XML, ExportFormat.EVENT_VIEWER_XML));
        case "csv" ->
            formats.addAll(EnumSet.of(ExportFormat.EVENT_VIEWER_CSV, ExportFormat.POWERSHELL_CSV));
        default -> formats.add(format(token.trim()));
      }
    }
    return formats;
  }

  private static ExportFormat format(String token) throws ParseException {
    for (ExportFormat f : ExportFormat.values()) {
      if (f.token().equals(token)) {
        return f;
      }
    }
    throw new ParseException("unknown format: " + token);
  }

  private static void print(GenerationSummary summary, PrintStream out) {
    for (WrittenFile f : summary.files()) {
      out.printf(Locale.ROOT, "%-48s %,12d events %,15d bytes%n", f.name(), f.events(), f.bytes());
    }
    out.printf(
        Locale.ROOT,
        "%d files, %,d events, %,d bytes%n",
        summary.files().size(),
        summary.totalEvents(),
        summary.totalBytes());
  }

  private static Options options() {
    Options options = new Options();
    options.addOption(valued("samples", "DIR", "write the bundled sample estate to DIR"));
    options.addOption(valued("out", "DIR", "write a synthetic estate to DIR"));
    options.addOption(valued("events", "N", "target number of events (10000..10000000)"));
    options.addOption(valued("clients", "C", "client machines (default 2000)"));
    options.addOption(valued("hosts", "H", "KMS hosts (default 3)"));
    options.addOption(valued("days", "D", "simulated days from 2026-08-01 (default 30)"));
    options.addOption(valued("seed", "S", "random seed (default 1)"));
    options.addOption(valued("formats", "LIST", "export shapes (default text)"));
    return options;
  }

  private static Option valued(String name, String argument, String description) {
    return Option.builder().longOpt(name).hasArg().argName(argument).desc(description).get();
  }
}
