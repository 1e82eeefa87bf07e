package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * kmslog.cmd does what the shell launcher does. It cannot run here (no Windows), and LauncherTest
 * runs only the shell one, so this reads both scripts and compares what they decide: the options
 * they give Java, the Java they require, and what they say and return when it will not do.
 */
class LauncherParityTest {
  private static final Path SHELL = Path.of("src/main/launchers/kmslog");
  private static final Path CMD = Path.of("src/main/launchers/kmslog.cmd");

  /** A Java option, or the start of one the scripts look for in KMSLOG_JAVA_OPTS. */
  private static final Pattern JAVA_OPTION = Pattern.compile("-X[A-Za-z0-9:+=]*");

  @Test
  void bothGiveJavaTheSameOptionsAndLookForTheSameOnesInKmslogJavaOpts() throws IOException {
    Set<String> shell = javaOptions(code(SHELL, "#"));
    assertFalse(shell.isEmpty(), "the shell launcher gives Java no option");
    assertEquals(shell, javaOptions(code(CMD, "rem ")));
  }

  @Test
  void bothRequireTheSameJavaVersion() throws IOException {
    String shell = only(code(SHELL, "#"), "-lt (\\d+)");
    assertEquals(shell, only(code(CMD, "rem "), "LSS (\\d+)"));
    assertEquals(shell, only(code(SHELL, "#"), "needs Java (\\d+) or newer; found none"));
  }

  @Test
  void bothSayTheSameWhenJavaIsMissingOrTooOld() throws IOException {
    assertEquals(
        messages(code(SHELL, "#"), "echo \"(kmslog needs [^\"]*)\""),
        messages(code(CMD, "rem "), "echo (kmslog needs .*)$"));
  }

  @Test
  void bothNameTheJavaTheyTriedInTheSameWords() throws IOException {
    assertEquals(
        messages(code(SHELL, "#"), "from=\"([^\"]*)\""),
        messages(code(CMD, "rem "), "set \"JAVA_FROM=([^\"]*)\""));
  }

  @Test
  void bothEndWithStatus2WhenJavaWillNotDo() throws IOException {
    assertEquals(
        count(code(SHELL, "#"), "^\\s*exit 2$"), count(code(CMD, "rem "), "^\\s*exit /b 2$"));
  }

  @Test
  void bothRunTheJarNextToThemWithEveryArgumentAndReturnItsStatus() throws IOException {
    assertEquals(1, count(code(SHELL, "#"), "^exec .*-jar \"\\$here/kmslog\\.jar\" \"\\$@\"$"));
    assertEquals(1, count(code(CMD, "rem "), "-jar \"%~dp0kmslog\\.jar\" %\\*$"));
    assertEquals(1, count(code(CMD, "rem "), "^exit /b %ERRORLEVEL%$"));
  }

  /** The script's lines that are not comments. */
  private static List<String> code(Path script, String comment) throws IOException {
    return Files.readAllLines(script, StandardCharsets.US_ASCII).stream()
        .map(String::strip)
        .filter(l -> !l.startsWith(comment) && !l.startsWith("@echo off"))
        .toList();
  }

  private static Set<String> javaOptions(List<String> code) {
    Set<String> options = new TreeSet<>();
    for (String line : code) {
      Matcher m = JAVA_OPTION.matcher(line);
      while (m.find()) {
        options.add(m.group());
      }
    }
    return options;
  }

  /** The texts the pattern's group finds, with each variable written as VAR. */
  private static List<String> messages(List<String> code, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return code.stream()
        .map(pattern::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1).replaceAll("\\$\\{?\\w+}?|%\\w+%", "VAR"))
        .toList();
  }

  private static String only(List<String> code, String regex) {
    List<String> found = messages(code, regex).stream().distinct().toList();
    assertEquals(1, found.size(), regex + ": " + found);
    return found.get(0);
  }

  private static long count(List<String> code, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return code.stream().filter(l -> pattern.matcher(l).find()).count();
  }
}
