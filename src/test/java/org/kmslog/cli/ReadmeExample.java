package org.kmslog.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of the README's walk through Microsoft's article: a {@code ```sh} block of one line,
 * {@code kmslog ...}, optionally ending in {@code # exit status N} (0 when it does not), and the
 * {@code ```text} block after it, the lines it prints; a line {@code ...} in it stands for lines
 * left out, and the lines between two such gaps follow one another in the output.
 *
 * @param question the subsection ({@code ### ...}) it answers
 * @param command the command line, without the exit status comment
 * @param status the exit status the README gives
 * @param quoted the quoted lines, in runs that follow one another, separated where it says ...
 */
record ReadmeExample(String question, String command, int status, List<List<String>> quoted) {
  static final String HEADING =
      "## Microsoft's \"KMS activation: known issues\", question by question";

  private static final Pattern STATUS = Pattern.compile("^(.*?)\\s+#\\s*exit status (\\d+)$");
  private static final String GAP = "...";

  ReadmeExample {
    quoted = quoted.stream().map(List::copyOf).toList();
  }

  /** Every command of the section, in its order. */
  static List<ReadmeExample> parse(List<String> section) {
    List<ReadmeExample> examples = new ArrayList<>();
    String question = null;
    for (int i = 0; i < section.size(); i++) {
      String line = section.get(i);
      if (line.startsWith("### ")) {
        question = line.substring(4);
      } else if (line.equals("```sh")) {
        List<String> command = block(section, i);
        if (command.size() != 1) {
          throw new IllegalArgumentException(
              "README.md: a command block of the walk must hold one line: " + command);
        }
        i += command.size() + 1;
        List<String> quoted = new ArrayList<>();
        int next = i + 1;
        while (next < section.size() && section.get(next).isBlank()) {
          next++;
        }
        if (next < section.size() && section.get(next).equals("```text")) {
          quoted = block(section, next);
          i = next + quoted.size() + 1;
        }
        examples.add(example(question, command.get(0), quoted));
      }
    }
    return examples;
  }

  private static ReadmeExample example(String question, String line, List<String> quoted) {
    Matcher status = STATUS.matcher(line.strip());
    String command = status.matches() ? status.group(1) : line.strip();
    int code = status.matches() ? Integer.parseInt(status.group(2)) : 0;
    List<List<String>> parts = new ArrayList<>();
    List<String> part = new ArrayList<>();
    for (String q : quoted) {
      if (q.strip().equals(GAP)) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
        part = new ArrayList<>();
      } else {
        part.add(q);
      }
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return new ReadmeExample(question, command, code, parts);
  }

  /** The lines of the fenced block that opens at this line, without its fences. */
  private static List<String> block(List<String> section, int open) {
    int close = open + 1;
    while (close < section.size() && !section.get(close).equals("```")) {
      close++;
    }
    if (close == section.size()) {
      throw new IllegalArgumentException("README.md: a fenced block of the walk is not closed");
    }
    return section.subList(open + 1, close);
  }

  @Override
  public String toString() {
    return question + ": " + command;
  }
}
