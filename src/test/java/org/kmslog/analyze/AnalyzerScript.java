package org.kmslog.analyze;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One analyzer script of src/test/resources/analyzers (its README gives the format): the SQL that
 * fills the event tables, the analysis options, and the rows the analysis must write.
 *
 * @param name the file's name, for messages
 * @param statements the input statements, in order, without their semicolons
 * @param asOf the reference time, or null for the default (the newest imported event)
 * @param now the run's wall-clock time, against which EXPORTS_STALE is judged without an asOf, or
 *     null for none
 * @param sanctionedHosts the hosts given as sanctioned, or an empty list
 * @param tables the tables whose rows are expected: finding, and host_summary if asked for; cause
 *     asks for each finding's cause in its block
 * @param head the file up to and including the {@code @expect} line, kept when it is rewritten
 * @param expected the file after the {@code @expect} line: the expected rows
 */
record AnalyzerScript(
    String name,
    List<String> statements,
    Instant asOf,
    Instant now,
    List<String> sanctionedHosts,
    List<String> tables,
    String head,
    String expected) {
  static final String FINDING = "finding";
  static final String HOST_SUMMARY = "host_summary";

  /** Not a table: asks for each finding's cause (finding.cause_id) as a line of its block. */
  static final String CAUSE = "cause";

  private static final Set<String> TABLES = Set.of(FINDING, HOST_SUMMARY, CAUSE);

  AnalyzerScript {
    statements = List.copyOf(statements);
    sanctionedHosts = List.copyOf(sanctionedHosts);
    tables = List.copyOf(tables);
  }

  /** Reads a script's text; a line that breaks the format fails with its file and line number. */
  static AnalyzerScript parse(String name, String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    Instant asOf = null;
    Instant now = null;
    List<String> sanctioned = List.of();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (statement.length() == 0 && line.startsWith("@")) {
        String[] words = line.split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
          case "@as-of" -> asOf = instant(name, i + 1, rest);
          case "@now" -> now = instant(name, i + 1, rest);
          case "@sanctioned" ->
              sanctioned = Arrays.stream(rest.split(",")).map(String::strip).toList();
          case "@expect" -> {
            List<String> tables = Arrays.asList(rest.split("\\s+"));
            if (!tables.contains(FINDING) || !TABLES.containsAll(tables)) {
              throw error(
                  name, i + 1, "@expect takes finding and optionally host_summary and cause");
            }
            String head = String.join("\n", Arrays.asList(lines).subList(0, i + 1)) + "\n";
            String expected = String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length));
            return new AnalyzerScript(
                name, statements, asOf, now, sanctioned, tables, head, expected);
          }
          default -> throw error(name, i + 1, "unknown directive " + words[0]);
        }
        continue;
      }
      if (line.isEmpty() || line.startsWith("--")) {
        continue;
      }
      statement.append(statement.length() == 0 ? "" : "\n").append(lines[i].stripTrailing());
      if (line.endsWith(";")) {
        statements.add(statement.substring(0, statement.length() - 1));
        statement.setLength(0);
      }
    }
    throw error(
        name,
        lines.length,
        statement.length() > 0 ? "a statement without a closing semicolon" : "no @expect line");
  }

  /** The line of the file the expected rows start at, after the blank line below @expect. */
  int expectedFirstLine() {
    return (int) head.lines().count() + 2;
  }

  /** The file with its expected part replaced by these rows. */
  String withExpected(String rows) {
    return head + "\n" + rows;
  }

  private static Instant instant(String name, int line, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw error(
          name, line, "@as-of and @now need a UTC time such as 2026-10-30T00:00:00Z: " + text);
    }
  }

  private static IllegalArgumentException error(String name, int line, String message) {
    return new IllegalArgumentException(name + " (line " + line + "): " + message);
  }
}
