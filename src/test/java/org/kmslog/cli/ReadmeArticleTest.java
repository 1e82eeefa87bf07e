package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's walk through Microsoft's "KMS activation: known issues" stays true: each command it
 * shows runs through the real CLI on the database the README's first command builds from the
 * samples, ends with the exit status the README gives, and prints the lines the README quotes.
 */
class ReadmeArticleTest {
  /** The questions of Microsoft's article, in its order: each is a subsection of the walk. */
  private static final List<String> QUESTIONS =
      List.of(
          "Should I back up KMS host information?",
          "Is the KMS client computer activated?",
          "The KMS client computer does not activate",
          "What does this error code mean?",
          "Clients are not adding to the KMS count",
          "KMS hosts are unable to create SRV records",
          "Only the first KMS host is able to create SRV records",
          "I installed a KMS key on the KMS client",
          "A KMS host failed");

  /** The commands that open the database, to which the test gives its own. */
  private static final Set<String> DATABASE_COMMANDS =
      Set.of("import", "analyze", "report", "run", "summary", "clients", "prune");

  @TempDir static Path dir;

  @BeforeAll
  static void runTheReadmesFirstCommand() {
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            database(),
            "--report-dir",
            dir.resolve("kmslog-report").toString(),
            "--timezone",
            "Europe/Berlin",
            "--hosts",
            "KMS01,KMS02,KMS03",
            "samples");
    assertEquals(1, run.status(), run.err());
  }

  static Stream<ReadmeExample> examples() throws IOException {
    return ReadmeExample.parse(walk()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachCommandPrintsWhatTheReadmeQuotes(ReadmeExample example) {
    CliRun run = CliRun.of(arguments(example.command()));
    String printed = run.out() + run.err();
    assertEquals(example.status(), run.status(), example.command() + " printed:\n" + printed);
    List<String> lines = trimmed(run.out().lines().toList());
    int from = 0;
    for (List<String> part : example.quoted()) {
      int at = indexOf(lines, part, from);
      if (at < 0) {
        fail(
            example.command()
                + ": the README quotes lines it does not print (in this order):\n"
                + String.join("\n", part)
                + "\n--- it printed:\n"
                + run.out());
      }
      from = at + part.size();
    }
  }

  @Test
  void theWalkHasOneSubsectionForEachQuestionOfTheArticleInItsOrder() throws IOException {
    List<String> headings =
        walk().stream().filter(l -> l.startsWith("### ")).map(l -> l.substring(4)).toList();
    assertEquals(QUESTIONS, headings);
  }

  @Test
  void everyQuestionIsAnsweredByACommand() throws IOException {
    List<String> unanswered = new ArrayList<>(QUESTIONS);
    unanswered.removeAll(
        ReadmeExample.parse(walk()).stream().map(ReadmeExample::question).toList());
    assertEquals(List.of(), unanswered);
  }

  @Test
  void everyCommandQuotesWhatItPrints() throws IOException {
    for (ReadmeExample example : ReadmeExample.parse(walk())) {
      assertFalse(example.quoted().isEmpty(), example.command() + " quotes no output");
    }
  }

  /** The README's walk-through section: from its heading to the next section's. */
  private static List<String> walk() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(ReadmeExample.HEADING);
    if (start < 0) {
      fail("README.md has no section " + ReadmeExample.HEADING);
    }
    int end = start + 1;
    while (end < readme.size() && !readme.get(end).startsWith("## ")) {
      end++;
    }
    return readme.subList(start, end);
  }

  /** The command's words, with this test's database given to a command that opens one. */
  private static String[] arguments(String command) {
    if (command.contains("\"") || command.contains("'")) {
      fail(command + ": the test splits commands at spaces and takes no quotes");
    }
    List<String> words = new ArrayList<>(List.of(command.trim().split("\\s+")));
    assertEquals("kmslog", words.remove(0), command);
    if (!words.isEmpty() && DATABASE_COMMANDS.contains(words.get(0))) {
      words.addAll(1, List.of("--db", database()));
    }
    return words.toArray(String[]::new);
  }

  private static String database() {
    return dir.resolve("kmslog").toString();
  }

  private static List<String> trimmed(List<String> lines) {
    return lines.stream().map(String::stripTrailing).toList();
  }

  /** Where these lines follow one another in the output, at or after {@code from}; -1 if not. */
  private static int indexOf(List<String> lines, List<String> part, int from) {
    for (int i = from; i + part.size() <= lines.size(); i++) {
      if (lines.subList(i, i + part.size()).equals(trimmed(part))) {
        return i;
      }
    }
    return -1;
  }
}
