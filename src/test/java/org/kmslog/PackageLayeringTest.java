package org.kmslog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the code to its layering (STYLE.md, rule 1): every package says in its package-info.java
 * which kmslog packages it may import, and no source file refers to any other, by import or by a
 * fully-qualified name.
 */
class PackageLayeringTest {
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path TEST = Path.of("src", "test", "java");

  /**
   * The packages of the test source set that are tools, not tests. Their *Test classes are tests of
   * them, which may use anything, and are not checked (kmslog-tests.jar leaves them out too).
   */
  private static final List<String> TOOLS =
      List.of("org.kmslog.sample", "org.kmslog.testing", "org.kmslog.bench");

  /**
   * The direction of the layers: data flows from left to right, and a package may only import
   * packages to its left (those its package-info.java names). importer and cli sit on top of the
   * stages; the tools come last so that no product package can import them.
   */
  private static final List<String> ORDER =
      List.of(
          "org.kmslog.ingest",
          "org.kmslog.kms",
          "org.kmslog.store",
          "org.kmslog.analyze",
          "org.kmslog.report",
          "org.kmslog.importer",
          "org.kmslog.cli",
          "org.kmslog.sample",
          "org.kmslog.testing",
          "org.kmslog.bench");

  /*
   * KNOWN EXCEPTIONS: references the code made against the layering when this test was written
   * (issue 20), as "package -> type". They are not allowed, only known and kept visible here:
   * change the code, then delete the line (this test fails on a line that no longer occurs).
   * Never add a line to let a new reference through.
   */
  /** Arrows against the rules that are known and waiting for a fix (none now), one line each. */
  private static final Set<String> KNOWN_EXCEPTIONS = Set.of();

  private static Map<String, Path> packages;
  private static List<Path> sources;

  @BeforeAll
  static void findSources() throws IOException {
    assertTrue(Files.isDirectory(MAIN), MAIN + " is not a folder: run the tests in the project");
    packages = new TreeMap<>();
    sources = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      packages.put(packageOf(MAIN, file), file.getParent());
      sources.add(file);
    }
    for (String tool : TOOLS) {
      Path folder = TEST.resolve(tool.replace('.', '/'));
      assertTrue(Files.isDirectory(folder), tool + " has no folder " + shown(folder));
      packages.put(tool, folder);
      for (Path file : javaFiles(folder)) {
        if (!file.getFileName().toString().endsWith("Test.java")) {
          sources.add(file);
        }
      }
    }
  }

  @Test
  void everyPackageHasPackageInfo() {
    List<String> problems = new ArrayList<>();
    packages.forEach(
        (name, folder) -> {
          if (!Files.isRegularFile(folder.resolve("package-info.java"))) {
            problems.add(name + " has no " + shown(folder.resolve("package-info.java")));
          }
        });
    assertNone("packages without a package-info.java", problems);
  }

  @Test
  void everyPackageIsPlacedInTheLayerOrder() {
    List<String> problems = new ArrayList<>();
    for (String name : packages.keySet()) {
      if (!ORDER.contains(name)) {
        problems.add(name + " is not in PackageLayeringTest.ORDER: place it in the flow");
      }
    }
    assertNone("packages without a place in the layers", problems);
  }

  @Test
  void everyPackageInfoImportsOnlyFromEarlierLayers() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<String>> rule : rules().entrySet()) {
      if (!ORDER.contains(rule.getKey())) {
        continue; // everyPackageIsPlacedInTheLayerOrder says so
      }
      for (String allowed : rule.getValue()) {
        if (!packages.containsKey(allowed)) {
          problems.add(rule.getKey() + " may import " + allowed + ", which is not a package");
        } else if (ORDER.indexOf(allowed) >= ORDER.indexOf(rule.getKey())) {
          problems.add(rule.getKey() + " may import " + allowed + ", which comes after it");
        }
      }
    }
    assertNone("package-info.java files that allow an import against the flow", problems);
  }

  @Test
  void noSourceRefersToAPackageItMayNotImport() throws IOException {
    Map<String, Set<String>> rules = rules();
    List<String> problems = new ArrayList<>();
    for (Forbidden reference : forbidden(rules)) {
      if (!KNOWN_EXCEPTIONS.contains(reference.arrow())) {
        Set<String> allowed = rules.get(reference.from());
        problems.add(
            String.format(
                "%s:%d: %s -> %s (%s); %s may import %s",
                shown(reference.file()),
                reference.to().line(),
                reference.from(),
                reference.to().packageName(),
                reference.to().target(),
                reference.from(),
                allowed.isEmpty() ? PackageInfo.NOTHING : "only " + String.join(", ", allowed)));
      }
    }
    assertNone("references against the layering (see each package-info.java)", problems);
  }

  @Test
  void everyKnownExceptionStillOccurs() throws IOException {
    Set<String> forbidden = new TreeSet<>();
    for (Forbidden reference : forbidden(rules())) {
      forbidden.add(reference.arrow());
    }
    List<String> problems = new ArrayList<>();
    for (String exception : new TreeSet<>(KNOWN_EXCEPTIONS)) {
      if (!forbidden.contains(exception)) {
        problems.add(exception + " is no forbidden reference now: delete it from KNOWN_EXCEPTIONS");
      }
    }
    assertNone("known exceptions that are gone", problems);
  }

  /** What each package may import, as its package-info.java says. */
  private static Map<String, Set<String>> rules() throws IOException {
    Map<String, Set<String>> rules = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Path> named : packages.entrySet()) {
      Path info = named.getValue().resolve("package-info.java");
      if (!Files.isRegularFile(info)) {
        problems.add(named.getKey() + " has no " + shown(info));
        continue;
      }
      try {
        rules.put(named.getKey(), PackageInfo.mayImport(Files.readString(info)));
      } catch (IllegalArgumentException e) {
        problems.add(shown(info) + " " + e.getMessage());
      }
    }
    assertNone("package-info.java files that do not say what their package may import", problems);
    return rules;
  }

  /** A reference in a source file to a package that the file's package may not import. */
  private record Forbidden(Path file, String from, SourceReferences.Reference to) {
    String arrow() {
      return from + " -> " + to.target();
    }
  }

  private static List<Forbidden> forbidden(Map<String, Set<String>> rules) throws IOException {
    List<Forbidden> forbidden = new ArrayList<>();
    for (Path file : sources) {
      String from = packageOf(file);
      for (SourceReferences.Reference to : SourceReferences.in(Files.readString(file))) {
        if (!to.packageName().equals(from) && !rules.get(from).contains(to.packageName())) {
          forbidden.add(new Forbidden(file, from, to));
        }
      }
    }
    return forbidden;
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return packageOf(file.startsWith(MAIN) ? MAIN : TEST, file);
  }

  private static String packageOf(Path root, Path file) {
    return root.relativize(file.getParent())
        .toString()
        .replace(file.getFileSystem().getSeparator(), ".");
  }

  private static String shown(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static void assertNone(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      fail(what + ":\n  " + String.join("\n  ", problems));
    }
  }
}
