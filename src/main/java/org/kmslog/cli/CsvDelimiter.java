package org.kmslog.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/**
 * {@code --csv-delimiter}, of report and run: the character between the CSV report's fields. Excel
 * reads a CSV file with the list separator of the system's region, which is the semicolon wherever
 * the comma is the decimal separator (German, French), so those users need {@code ;}.
 */
final class CsvDelimiter {
  static final Option OPTION =
      Option.builder()
          .longOpt("csv-delimiter")
          .hasArg()
          .argName("CHAR")
          .desc(
              "the CSV report's field delimiter: , (the default), ; (for Excel in German, French"
                  + " and other regions with a decimal comma), | or tab")
          .get();

  private CsvDelimiter() {}

  /** Whether the command line chose a delimiter. */
  static boolean given(CommandLine line) {
    return line.hasOption(OPTION);
  }

  /** The delimiter the command line chose, the comma when none. */
  static char of(CommandLine line, String command) throws CliException {
    String text = line.getOptionValue(OPTION, ",");
    switch (text) {
      case ",", ";", "|", "\t" -> {
        return text.charAt(0);
      }
      case "tab" -> {
        return '\t';
      }
      default ->
          throw CliException.usage(
              command + ": --csv-delimiter '" + text + "' is not one of , ; | or tab");
    }
  }
}
