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
import org.kmslog.testing.HangGuard;

/**
 * The shell launcher that goes next to the jar, run with a stand-in for java that prints the
 * arguments it was given: which options reach Java, in which order. (.ci/run runs the real one on
 * the real jar; kmslog.cmd needs Windows.)
 */
class LauncherTest {
  @TempDir Path dir;

  @BeforeEach
  void standInForJava() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Files.copy(Path.of("src/main/launchers/kmslog"), dir.resolve("kmslog"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n", StandardCharsets.US_ASCII);
    assumeTrue(java.toFile().setExecutable(true), "cannot make the stand-in executable");
  }

  @Test
  void runsTheJarNextToItWithTheThroughputCollector() throws Exception {
    assertEquals(
        List.of("-XX:+UseParallelGC", "-jar", "./kmslog.jar", "run", "C:\\drop folder"),
        javaArguments(null, "run", "C:\\drop folder"));
  }

  @Test
  void passesKmslogJavaOptsAfterTheCollector() throws Exception {
    assertEquals(
        List.of("-XX:+UseParallelGC", "-Xmx512m", "-Dx=1", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-Xmx512m -Dx=1", "-V"));
  }

  @Test
  void aCollectorChosenInKmslogJavaOptsWins() throws Exception {
    assertEquals(
        List.of("-XX:+UseSerialGC", "-Xmx512m", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-XX:+UseSerialGC -Xmx512m", "-V"));
    assertEquals(
        List.of("-Xmx1g", "-XX:+UseG1GC", "-jar", "./kmslog.jar", "-V"),
        javaArguments("-Xmx1g -XX:+UseG1GC", "-V"));
  }

  private List<String> javaArguments(String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "./kmslog"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.remove("JAVA_HOME");
    env.remove("KMSLOG_JAVA_OPTS");
    if (javaOpts != null) {
      env.put("KMSLOG_JAVA_OPTS", javaOpts);
    }
    env.put("PATH", dir.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, HangGuard.waitFor(process, () -> "the launcher"), out);
    return out.lines().toList();
  }
}
