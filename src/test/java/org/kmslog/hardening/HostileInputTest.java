package org.kmslog.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.store.Database;
import org.kmslog.testing.Fixtures;
import org.kmslog.testing.KmslogProcess;

/**
 * Every file of the hostile corpus, and the generated giants, imported together with one good
 * export in a JVM with a 64 MB heap: each bad file gets its own one-line error naming it and the
 * place, nothing crashes or hangs, and the good file is stored.
 */
class HostileInputTest {
  @TempDir Path dir;

  @Test
  void everyHostileFileIsRefusedClearlyAndTheGoodOneImports() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> corpus = Files.list(Fixtures.resourceFolder("hostile"))) {
      for (Path file :
          corpus
              .filter(
                  p ->
                      !p.getFileName().toString().endsWith(".md")
                          && !p.getFileName().toString().endsWith(".txt"))
              .toList()) {
        Files.copy(file, in.resolve(file.getFileName()));
      }
    }
    HostileFiles.writeAll(in);
    Files.copy(
        Fixtures.resourceFolder("xml").resolve("wevtutil-bare-crlf.xml"), in.resolve("good.xml"));
    String db = dir.resolve("kmslog").toString();

    KmslogProcess run =
        KmslogProcess.start(dir, List.of("-Xmx64m"), "import", "--db", db, in.toString());
    int status = run.waitFor();

    assertEquals(2, status, run.err());
    String errors =
        run.err()
            .lines()
            .map(line -> line.replace(in.toString(), "IN"))
            .collect(Collectors.joining("\n", "", "\n"));
    Fixtures.assertGolden("hostile/expected-errors.txt", errors);
    assertTrue(
        run.out().contains("IN/good.xml: 2 events, 2 stored".replace("IN", in.toString())),
        run.out());
    assertTrue(
        run.out()
            .endsWith(
                "Total: 30 files (5 imported, 0 unchanged, 25 failed); 10 events read,"
                    + " 5 stored, 0 duplicates, 0 not KMS, 5 rejected\n"),
        run.out());
    try (Database database = Database.open(db, false)) {
      assertEquals(5, Fixtures.storedEvents(database.connection()));
      assertEquals(
          0,
          Fixtures.queryLong(
              database.connection(),
              "SELECT COUNT(*) FROM host_request h JOIN import_file f ON f.id = h.import_id"
                  + " WHERE f.status <> 'imported'"),
          "no event belongs to a failed file");
    }
  }
}
