package org.kmslog.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CI's PostgreSQL pass runs only the test classes listed in .ci/postgresql-tests: the list holds
 * every test class that reaches a store through StoreUnderTest, itself or through a helper (Estate,
 * Reports, ...) that does, so that no store, analyzer, golden or CLI test is left out of it, and
 * none that never touches a store (the readers, the decoder) runs twice for nothing.
 */
class ServerTestsListTest {
  static final Path LIST = Path.of(".ci", "postgresql-tests");
  private static final Path TEST = Path.of("src", "test", "java");
  private static final Pattern USES_STORE =
      Pattern.compile("StoreUnderTest\\.(location|newSchema|serverUrl|requireServer)\\(");

  @Test
  void theListHoldsEveryTestClassThatUsesTheStoreUnderTest() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(LIST)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        listed.add(line.strip());
      }
    }
    assertEquals(usersOfTheStore(), listed, LIST + " (one test class a line)");
  }

  /** The test classes that use StoreUnderTest, or a helper class that (in turn) does. */
  private static Set<String> usersOfTheStore() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(TEST)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        sources.put(name, Files.readString(file));
      }
    }
    sources.remove(StoreUnderTest.class.getSimpleName());
    Set<String> users = new TreeSet<>();
    sources.forEach(
        (name, text) -> {
          if (USES_STORE.matcher(text).find()) {
            users.add(name);
          }
        });
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Map.Entry<String, String> source : sources.entrySet()) {
        if (!users.contains(source.getKey()) && usesAHelperOf(source.getValue(), users)) {
          grew = users.add(source.getKey());
        }
      }
    }
    users.removeIf(name -> !name.endsWith("Test"));
    return users;
  }

  private static boolean usesAHelperOf(String text, Set<String> users) {
    return users.stream()
        .filter(name -> !name.endsWith("Test"))
        .anyMatch(helper -> Pattern.compile("\\b" + helper + "\\b").matcher(text).find());
  }
}
