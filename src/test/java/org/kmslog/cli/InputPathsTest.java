package org.kmslog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.testing.Fixtures;

/**
 * What an input folder holds besides exports: links, pipes, devices and kmslog's own reports. None
 * may hang a run that holds the database, and none may be left out without a word.
 */
class InputPathsTest {
  private static final String EXPORT = "wevtutil-bare-crlf.xml";

  @TempDir Path dir;

  private String db() {
    return dir.resolve("kmslog").toString();
  }

  private Path drop() {
    return Fixtures.copy(dir.resolve("drop"), "xml", EXPORT);
  }

  private static void mkfifo(Path fifo) throws Exception {
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
  }

  @Test
  void aPipeNamedOnTheCommandLineIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("kms.xml");
    mkfifo(fifo);
    CliRun run = CliRun.of("import", "--db", db(), fifo.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(
        "kmslog: "
            + fifo
            + ": not a regular file (a pipe, a device or a socket); kmslog reads export files"
            + " and folders of them\n",
        run.err());
  }

  @Test
  void aDeviceNamedOnTheCommandLineIsRefused() {
    CliRun run = CliRun.of("import", "--db", db(), "/dev/zero");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("/dev/zero: not a regular file"), run.err());
  }

  @Test
  void aPipeInAFolderIsNamedAndTheExportsBesideItAreImported() throws Exception {
    Path drop = drop();
    mkfifo(drop.resolve("stuck.xml"));
    CliRun run = CliRun.of("import", "--db", db(), drop.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(
        "kmslog: "
            + drop.resolve("stuck.xml")
            + ": not a regular file (a pipe, a device or a socket); kmslog reads export files"
            + " and folders of them; left out\n",
        run.err());
    assertTrue(run.out().contains(drop.resolve(EXPORT) + ": 2 events, 2 stored"), run.out());
  }

  @Test
  void linksToFilesAndFoldersAreFollowed() throws Exception {
    Path elsewhere = Fixtures.copy(dir.resolve("elsewhere"), "xml", EXPORT);
    Path drop = Files.createDirectories(dir.resolve("drop"));
    Files.createSymbolicLink(drop.resolve("linked.xml"), elsewhere.resolve(EXPORT));
    Files.createSymbolicLink(drop.resolve("linked-folder"), elsewhere);
    CliRun run = CliRun.of("import", "--db", db(), drop.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains(drop.resolve("linked-folder").resolve(EXPORT) + ": 2 events, 2 stored"),
        run.out());
    assertTrue(
        run.out().contains(drop.resolve("linked.xml") + ": unchanged since import #1"),
        "the same content through the file link is read once: " + run.out());
  }

  @Test
  void aLinkLoopAndALinkToNothingAreNamed() throws Exception {
    Path drop = drop();
    Files.createSymbolicLink(drop.resolve("loop"), drop);
    Files.createSymbolicLink(drop.resolve("gone.xml"), dir.resolve("no-such-file.xml"));
    CliRun run = CliRun.of("import", "--db", db(), drop.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(
        "kmslog: "
            + drop.resolve("gone.xml")
            + ": a link to a file that does not exist; left out\n"
            + "kmslog: "
            + drop.resolve("loop")
            + ": a link to a folder that contains it (a loop); left out\n",
        run.err());
    assertTrue(run.out().contains(drop.resolve(EXPORT) + ": 2 events, 2 stored"), run.out());
  }

  @Test
  void theReportFolderInsideTheDropFolderIsLeftOut() {
    Path drop = drop();
    String reports = drop.resolve("reports").toString();
    CliRun first = CliRun.of("run", "--db", db(), "--report-dir", reports, drop.toString());
    assertTrue(first.status() < 2, first.err());
    CliRun second = CliRun.of("run", "--db", db(), "--report-dir", reports, drop.toString());
    assertTrue(second.status() < 2, "kmslog's own report.html is not an export: " + second.err());
    assertEquals("", second.err());
  }
}
