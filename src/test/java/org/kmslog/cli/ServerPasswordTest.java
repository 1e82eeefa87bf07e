package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.StoreUnderTest;

/**
 * A password written into a PostgreSQL URL (--db jdbc:postgresql://...?password=...) is in no
 * message, summary, report or run log: they show password=*** instead. On a real server (PGHOST).
 */
class ServerPasswordTest {
  @TempDir Path dir;

  @BeforeEach
  void needsAServer() {
    StoreUnderTest.requireServer();
  }

  @Test
  void theRightPasswordLogsInAndIsShownNowhere() {
    String password = System.getenv("PGPASSWORD");
    String url = StoreUnderTest.newSchema() + "&password=" + password;
    String shown = url.replace("password=" + password, "password=***");
    Path log = dir.resolve("kmslog.log");
    CliRun run =
        CliRun.of(
            "run",
            "--db",
            url,
            "--report-dir",
            dir.resolve("reports").toString(),
            "--log",
            log.toString(),
            "--timezone",
            "Europe/Berlin",
            "samples");
    assertEquals(1, run.status(), run.err());
    CliRun summary = CliRun.of("summary", "--db", url);
    assertEquals(0, summary.status(), summary.err());
    assertTrue(summary.out().startsWith("Database " + shown + ": "), summary.out());
    String everything = run.out() + run.err() + summary.out() + summary.err() + filesIn(dir);
    assertTrue(everything.contains("password=***"), everything);
    assertFalse(everything.contains(password), everything);
  }

  @Test
  void aWrongPasswordIsNotRepeatedInTheMessage() {
    String wrong = "not-the-password-4711";
    String url = StoreUnderTest.newSchema() + "&password=" + wrong;
    CliRun refused = CliRun.of("import", "--db", url, "samples");
    assertEquals(2, refused.status());
    String shown = url.replace(wrong, "***");
    assertTrue(refused.err().startsWith("kmslog: database " + shown + ": "), refused.err());
    assertFalse(refused.err().contains(wrong), refused.err());
  }

  /** The text of every file below the folder: the run log and the reports. */
  private static String filesIn(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      StringBuilder text = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8));
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
