package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.testing.HangGuard;

/**
 * The shell launcher that goes next to the jar, run with a stand-in for java that says which
 * version it is and prints the arguments it was given: which options reach Java, in which order,
 * and which Java it refuses. (.ci/run runs the real one on the real jar; kmslog.cmd needs Windows.)
 */
class LauncherTest {
  @TempDir Path dir;

  /** What the launcher did: its exit status and what it printed on stdout and stderr. */
  private record Launch(int status, String out, String err) {}

  @BeforeEach
  void standInForJava() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Files.copy(Path.of("src/main/launchers/kmslog"), dir.resolve("kmslog"));
    standIn(dir.resolve("bin"), "17.0.2");
  }

  /**
   * Writes a stand-in java into a folder: {@code java -version} answers as a real one does (on
   * stderr, after the line a set JAVA_TOOL_OPTIONS adds), anything else prints its arguments.
   */
  private static void standIn(Path bin, String version) throws IOException {
    Files.createDirectories(bin);
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then\n"
            + "  echo 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8' >&2\n"
            + "  echo 'openjdk version \""
            + version
            + "\" 2024-01-16' >&2\n"
            + "  echo 'OpenJDK Runtime Environment (build "
            + version
            + ")' >&2\n"
            + "  exit 0\n"
            + "fi\n"
            + "printf '%s\\n' \"$@\"\n",
        StandardCharsets.US_ASCII);
    assumeTrue(java.toFile().setExecutable(true), "cannot make the stand-in executable");
  }

  @Test
  void runsTheJarNextToItWithTheThroughputCollectorAndA512MegabyteHeap() throws Exception {
    assertEquals(
        List.of("-XX:+UseParallelGC", "-Xmx512m", "-jar", "./kmslog.jar", "run", "C:\\drop folder"),
        javaArguments(null, "run", "C:\\drop folder"));
  }

  @Test
  void runsAnImportWithTheQuickCompilerAlone() throws Exception {
    assertEquals(
        List.of(
            "-XX:+UseParallelGC",
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            "./kmslog.jar",
            "import",
            "--db",
            "x",
            "drop"),
        javaArguments(null, "import", "--db", "x", "drop"));
  }

  @Test
  void runsEventsWithTheQuickCompilerAlone() throws Exception {
    assertEquals(
        List.of(
            "-XX:+UseParallelGC",
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            "./kmslog.jar",
            "events",
            "kms.evtx"),
        javaArguments(null, "events", "kms.evtx"));
  }

  @Test
  void aCompilerOptionInKmslogJavaOptsWinsForAnImport() throws Exception {
    assertEquals(
        List.of(
            "-XX:+UseParallelGC",
            "-Xmx512m",
            "-XX:+TieredCompilation",
            "-jar",
            "./kmslog.jar",
            "import"),
        javaArguments("-XX:+TieredCompilation", "import"));
  }

  @Test
  void passesKmslogJavaOptsAfterTheCollectorAndTheHeap() throws Exception {
    assertEquals(
        List.of("-XX:+UseParallelGC", "-Xmx512m", "-Dx=1", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-Dx=1", "-V"));
  }

  @Test
  void aHeapSizeGivenInKmslogJavaOptsWins() throws Exception {
    assertEquals(
        List.of("-XX:+UseParallelGC", "-Dx=1", "-Xmx2g", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-Dx=1 -Xmx2g", "-V"));
  }

  @Test
  void aCollectorChosenInKmslogJavaOptsWins() throws Exception {
    assertEquals(
        List.of("-XX:+UseSerialGC", "-Xmx512m", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-XX:+UseSerialGC -Xmx512m", "-V"));
    assertEquals(
        List.of("-Xmx1g", "-XX:+UseG1GC", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-Xmx1g -XX:+UseG1GC", "-V"));
    assertEquals(
        List.of("-Xmx512m", "-XX:+UseG1GC", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-XX:+UseG1GC", "-V"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "17.0.2", "17-ea", "21.0.1", "25"})
  void takesJava17AndNewer(String version) throws Exception {
    standIn(dir.resolve("bin"), version);
    Launch launch = launch(Map.of(), "--version");
    assertEquals(0, launch.status(), launch.err());
    assertEquals("-XX:+UseParallelGC\n-Xmx512m\n-jar\n./kmslog.jar\n--version\n", launch.out());
  }

  @ParameterizedTest
  @CsvSource({"1.8.0_391", "1.7.0", "11.0.21", "16", "9"})
  void refusesAnOlderJavaWithoutRunningIt(String version) throws Exception {
    standIn(dir.resolve("bin"), version);
    Launch launch = launch(Map.of(), "run", "drop");
    assertEquals(2, launch.status());
    assertEquals("", launch.out(), "the jar was not run");
    assertEquals(
        "kmslog needs Java 17 or newer; found " + version + " on the PATH\n", launch.err());
  }

  @Test
  void sayWhenJavaHomeHoldsNoJava() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("no-jdk"));
    Launch launch = launch(Map.of("JAVA_HOME", empty.toString()), "run", "drop");
    assertEquals(2, launch.status());
    assertEquals("", launch.out());
    assertEquals(
        "kmslog needs Java 17 or newer; found none in JAVA_HOME (" + empty + ")\n", launch.err());
  }

  @Test
  void sayWhichJavaHomeIsTooOld() throws Exception {
    Path jdk8 = dir.resolve("jdk8");
    standIn(jdk8.resolve("bin"), "1.8.0_391");
    Launch launch = launch(Map.of("JAVA_HOME", jdk8.toString()), "run", "drop");
    assertEquals(2, launch.status());
    assertEquals(
        "kmslog needs Java 17 or newer; found 1.8.0_391 in JAVA_HOME (" + jdk8 + ")\n",
        launch.err());
  }

  @Test
  void aJavaHomeInQuotesNamesTheFolderInsideThem() throws Exception {
    Path jdk = dir.resolve("Program Files/Java/jdk-17");
    standIn(jdk.resolve("bin"), "17.0.10");
    // The PATH's java would say 11: only JAVA_HOME's may run.
    standIn(dir.resolve("bin"), "11.0.21");
    Launch launch = launch(Map.of("JAVA_HOME", "\"" + jdk + "\""), "--version");
    assertEquals(0, launch.status(), launch.err());
    assertEquals("-XX:+UseParallelGC\n-Xmx512m\n-jar\n./kmslog.jar\n--version\n", launch.out());
    Launch unquoted = launch(Map.of("JAVA_HOME", jdk.toString()), "--version");
    assertEquals(launch, unquoted);
  }

  private List<String> javaArguments(String javaOpts, String... args) throws Exception {
    Launch launch =
        launch(javaOpts == null ? Map.of() : Map.of("KMSLOG_JAVA_OPTS", javaOpts), args);
    assertEquals(0, launch.status(), launch.err());
    assertEquals("", launch.err());
    return launch.out().lines().toList();
  }

  private Launch launch(Map<String, String> variables, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "./kmslog"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.remove("JAVA_HOME");
    env.remove("KMSLOG_JAVA_OPTS");
    env.putAll(variables);
    env.put("PATH", dir.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    Process process = builder.start();
    int status = HangGuard.waitFor(process, () -> "the launcher");
    return new Launch(
        status,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
