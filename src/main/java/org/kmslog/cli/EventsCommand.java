package org.kmslog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.importer.InputFiles;
import org.kmslog.ingest.EventReader;
import org.kmslog.ingest.EventReaders;
import org.kmslog.ingest.InputSniffer;
import org.kmslog.ingest.RawEvent;
import org.kmslog.ingest.ReadException;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.kms.KmsDecoder;

/**
 * {@code kmslog events}: prints the events kmslog's readers read from exports, without a database,
 * so that an admin can see what kmslog sees in a file.
 */
final class EventsCommand extends Command {
  /** Printed text is handed to stdout in pieces of about this many characters. */
  private static final int FLUSH_CHARS = 1 << 16;

  private static final Option FORMAT =
      Option.builder()
          .longOpt("format")
          .hasArg()
          .argName("FORMAT")
          .desc(
              "xml (default): one <Event> a line as wevtutil writes it; csv: one row an event,"
                  + " columns "
                  + String.join(", ", EventsCsv.COLUMNS))
          .get();
  private static final Option ID =
      Option.builder()
          .longOpt("id")
          .hasArg()
          .argName("IDS")
          .desc("print only events with these event IDs, such as 12288,12290")
          .get();

  @Override
  String name() {
    return "events";
  }

  @Override
  String summary() {
    return "print the events read from exported event logs (any format import reads), as"
        + " wevtutil XML or CSV; opens no database";
  }

  @Override
  String arguments() {
    return "PATH...";
  }

  @Override
  boolean usesDatabase() {
    return false;
  }

  @Override
  void addOptions(Options options) {
    options.addOption(FORMAT);
    options.addOption(ID);
    ImportOptions.addTo(options);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException {
    EventPrinter printer = printer(line.getOptionValue(FORMAT, "xml"));
    Set<Integer> ids = ids(line.getOptionValue(ID));
    List<Path> paths = line.getArgList().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw CliException.usage("events: name at least one file or folder to read");
    }
    ReadSettings options = ImportOptions.settings(line, name());
    // As the importer reads: CSV dates whose order the file cannot settle are settled by the client
    // times in KMS events (see Importer's constructor).
    ReadSettings settings = options.withMessageTime(KmsDecoder::clientTimeIn);
    Output output = new Output(console);
    printer.start(output.text);
    int status = ExitStatus.OK;
    for (InputFiles.Entry entry : InputFiles.expand(paths, Set.of())) {
      if (output.closed()) {
        // Nobody reads any more (| head): reading the rest would only cost time.
        break;
      }
      boolean read =
          entry.error() == null
              ? print(entry.path(), settings, ids, printer, output)
              : output.error(entry.path() + ": " + entry.error());
      if (!read) {
        status = ExitStatus.BAD_INPUT;
      }
    }
    output.flush();
    return status;
  }

  /**
   * Prints one file's events through the same sniffing and readers as import.
   *
   * @return whether the file was read to its end
   */
  private static boolean print(
      Path file, ReadSettings settings, Set<Integer> ids, EventPrinter printer, Output output) {
    EventReader reader = null;
    try {
      reader = EventReaders.open(file, InputSniffer.sniff(file), settings);
      while (true) {
        RawEvent event;
        try {
          event = reader.readNext();
        } catch (ReadException e) {
          if (!e.isEventOnly()) {
            throw e;
          }
          output.warning(e.getMessage());
          continue;
        }
        if (event == null) {
          return true;
        }
        if (ids == null || ids.contains(event.eventId())) {
          printer.print(file, event, output.text);
          if (output.flushIfFull()) {
            return true;
          }
        }
      }
    } catch (ReadException e) {
      return output.error(e.getMessage());
    } catch (RuntimeException e) {
      // A reader bug must not keep the other files from being printed.
      return output.error(file + ": internal error while reading: " + e);
    } finally {
      closeQuietly(reader);
    }
  }

  private static EventPrinter printer(String format) throws CliException {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "xml" -> new EventsXml();
      case "csv" -> new EventsCsv();
      default -> throw CliException.usage("events: --format '" + format + "' is not xml or csv");
    };
  }

  /** The event IDs to print, or null for all. */
  static Set<Integer> ids(String list) throws CliException {
    if (list == null) {
      return null;
    }
    Set<Integer> ids = new TreeSet<>();
    for (String word : list.split(",", -1)) {
      String id = word.strip();
      try {
        int value = Integer.parseInt(id);
        if (value < 0 || value > 0xFFFF) {
          throw new NumberFormatException(id);
        }
        ids.add(value);
      } catch (NumberFormatException e) {
        throw CliException.usage(
            "events: --id '"
                + id
                + "' is not an event ID (a number from 0 to 65535, such as 12290)");
      }
    }
    return ids;
  }

  private static void closeQuietly(EventReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // Everything the file held has been printed; closing cannot change that.
      }
    }
  }

  /**
   * Collects printed text and hands it to stdout in large pieces (stdout flushes at every line);
   * before a problem goes to stderr, what came before it goes to stdout, so the two interleave in
   * order on a terminal.
   */
  private static final class Output {
    private final Console console;
    private final StringBuilder text = new StringBuilder(FLUSH_CHARS + 4096);
    private boolean closed;

    Output(Console console) {
      this.console = console;
    }

    /** Hands the text over when there is enough of it; true when stdout is closed. */
    boolean flushIfFull() {
      if (text.length() >= FLUSH_CHARS) {
        flush();
      }
      return closed;
    }

    void flush() {
      if (!closed) {
        console.out().print(text);
        closed = console.out().checkError();
      }
      text.setLength(0);
    }

    /** Whether stdout has failed, as it does when the pipe it writes to is closed. */
    boolean closed() {
      return closed;
    }

    /** Names a file that could not be read (further) on stderr; always false. */
    boolean error(String message) {
      flush();
      console.error(message);
      return false;
    }

    void warning(String message) {
      flush();
      console.warn(message);
    }
  }
}
