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
}
