package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
  @TempDir Path dir;

  @Test
  void createsTheFolders() throws IOException {
    Path target = dir.resolve("a/b/report.txt");
    ReportFile.write(target, w -> w.write("wörds\n"));
    assertEquals("wörds\n", Files.readString(target));
    assertEquals(List.of(target), list(target.getParent()));
  }

  @Test
  void aReaderSeesTheOldReportUntilTheNewOneIsComplete() throws IOException {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "old report\n");
    ReportFile.write(
        target,
        w -> {
          w.write("new ");
          w.flush();
          assertEquals("old report\n", Files.readString(target), "the target is not touched yet");
          w.write("report\n");
        });
    assertEquals("new report\n", Files.readString(target));
    assertEquals(List.of(target), list(dir));
  }

  @Test
  void aFailureLeavesTheOldReportAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "old report\n");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ReportFile.write(
                    target,
                    w -> {
                      w.write("half a rep");
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old report\n", Files.readString(target));
    assertEquals(List.of(target), list(dir));
  }

  @Test
  void aFolderIsNotReplaced() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.html"));
    IOException e = assertThrows(IOException.class, () -> ReportFile.write(folder, w -> {}));
    assertEquals("it is a folder", e.getMessage());
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void aTargetThatIsALinkIsWrittenThroughAndStaysALink() throws IOException {
    Path published = Files.createDirectories(dir.resolve("www")).resolve("kms.html");
    Files.writeString(published, "old report\n");
    Path link = Files.createSymbolicLink(dir.resolve("report.html"), Path.of("www/kms.html"));
    ReportFile.write(link, w -> w.write("new report\n"));
    assertEquals("new report\n", Files.readString(published));
    assertEquals(Path.of("www/kms.html"), Files.readSymbolicLink(link), "the link is kept");
    assertEquals(List.of(published), list(published.getParent()));
  }

  @Test
  void aLinkToAFileNotYetWrittenCreatesIt() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("report.html"), dir.resolve("kms.html"));
    ReportFile.write(link, w -> w.write("report\n"));
    assertEquals("report\n", Files.readString(dir.resolve("kms.html")));
    assertEquals(true, Files.isSymbolicLink(link));
  }

  @Test
  void aLinkThatLeadsRoundInALoopIsRefused() throws IOException {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    IOException e = assertThrows(IOException.class, () -> ReportFile.write(a, w -> w.write("x")));
    assertEquals("it is a symbolic link that leads round in a loop", e.getMessage());
  }

  @Test
  void theTemporaryFilesOfAWriteCutShortAreRemovedByTheNext() throws IOException {
    Path target = dir.resolve("report.html");
    // What a kmslog killed while writing leaves: its temporary file, never renamed.
    Path left = Files.writeString(dir.resolve(".report.html.5f3a9c0e12d4b7a6.tmp"), "half a rep");
    Path other = Files.writeString(dir.resolve(".summary.txt.5f3a9c0e12d4b7a6.tmp"), "half");
    Path mine = Files.writeString(dir.resolve(".report.html.notes.tmp"), "not kmslog's");
    ReportFile.write(target, w -> w.write("report\n"));
    assertEquals(List.of(mine, other, target), list(dir));
    assertEquals(false, Files.exists(left));
  }
}
