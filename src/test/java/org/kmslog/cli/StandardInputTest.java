package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.KmslogProcess;

/** An export piped into a real kmslog process, named as {@code -} or {@code /dev/stdin}. */
class StandardInputTest {
  @TempDir Path dir;

  private Path export() {
    return Fixtures.resourceFolder("xml").resolve("wevtutil-bare-crlf.xml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "/dev/stdin"})
  void importReadsStandardInputLikeAFile(String name) throws Exception {
    String db = dir.resolve("kmslog").toString();
    KmslogProcess run = KmslogProcess.start(dir, List.of(), "import", "--db", db, name);
    run.pipeIn(export());
    assertEquals(0, run.waitFor(), run.err());
    assertTrue(
        run.out().startsWith("standard input: 2 events, 2 stored, 0 duplicates, 0 not KMS,"),
        run.out());
    assertEquals("", run.err());
    try (Database database = Database.open(db, false)) {
      assertEquals(2, Fixtures.storedEvents(database.connection()));
    }
  }

  @Test
  void runReadsStandardInputBesideFiles() throws Exception {
    String db = dir.resolve("kmslog").toString();
    Path samples = Fixtures.resourceFolder("reused-ids").resolve("KMS05_before-rebuild.xml");
    KmslogProcess run =
        KmslogProcess.start(
            dir,
            List.of(),
            "run",
            "--db",
            db,
            "--report-dir",
            dir.resolve("out").toString(),
            "-",
            samples.toString());
    run.pipeIn(export());
    assertEquals(1, run.waitFor(), run.err());
    assertTrue(run.out().startsWith("standard input: 2 events, 2 stored,"), run.out());
    assertTrue(run.out().contains(samples + ": 3 events, 3 stored,"), run.out());
  }

  @Test
  void aBrokenExportOnStandardInputIsNamedAsSuch() throws Exception {
    KmslogProcess run =
        KmslogProcess.start(
            dir, List.of(), "import", "--db", dir.resolve("kmslog").toString(), "-");
    run.pipeIn(Fixtures.resourceFolder("hostile").resolve("truncated-mid-tag.xml"));
    assertEquals(2, run.waitFor(), run.err());
    assertEquals(
        "kmslog: standard input (line 2, column 302): XML: Unexpected end of input block;"
            + " expected an identifier\n",
        run.err());
  }
}
