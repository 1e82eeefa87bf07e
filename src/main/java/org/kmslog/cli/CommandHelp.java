package org.kmslog.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;

/** Prints a command's help: usage line, summary, and its options with wrapped descriptions. */
final class CommandHelp {
  private static final int WIDTH = 80;

  private CommandHelp() {}

  static void print(Command command, PrintStream out) {
    out.println("Usage: kmslog " + command.name() + " [OPTIONS] " + command.arguments());
    out.println();
    out.println(command.summary());
    out.println();
    out.println("Options:");
    List<String[]> rows = new ArrayList<>();
    int width = 0;
    for (Option option : command.options().getOptions()) {
      String names =
          (option.getOpt() == null ? "" : "-" + option.getOpt() + ", ")
              + "--"
              + option.getLongOpt()
              + (option.hasArg() ? " " + option.getArgName() : "");
      rows.add(new String[] {names, option.getDescription()});
      width = Math.max(width, names.length());
    }
    for (String[] row : rows) {
      List<String> lines = wrap(row[1], WIDTH - width - 6);
      out.printf("  %-" + width + "s    %s%n", row[0], lines.get(0));
      for (String more : lines.subList(1, lines.size())) {
        out.printf("  %-" + width + "s    %s%n", "", more);
      }
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
