package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way reading or writing fails, as the JDK reports it, told in an admin's words. */
class IoProblemTest {
  @TempDir Path dir;

  @Test
  void aMissingFile() {
    IOException e =
        assertThrows(IOException.class, () -> Files.newInputStream(dir.resolve("gone.xml")));
    assertEquals("no such file or directory", IoProblem.describe(e));
  }

  @Test
  void aFileWhereAFolderWasExpected() throws IOException {
    Path file = Files.writeString(dir.resolve("exports"), "");
    IOException e = assertThrows(IOException.class, () -> Files.newDirectoryStream(file));
    assertEquals("not a folder", IoProblem.describe(e));
  }

  @Test
  void aFolderWhereAFileWasExpected() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              try (InputStream in = Files.newInputStream(dir)) {
                in.read();
              }
            });
    assertEquals("a folder, not a file", IoProblem.describe(e));
  }

  @Test
  void aFullDisk() {
    // Linux's /dev/full fails every write as a full disk does.
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
                out.write(new byte[16]);
              }
            });
    assertEquals("the disk is full", IoProblem.describe(e));
  }

  @Test
  void noPermission() {
    // What the JDK throws for EACCES; the tests run as root, whom permission bits do not stop.
    assertEquals(
        "permission denied",
        IoProblem.describe(new AccessDeniedException(dir.resolve("secret.xml").toString())));
  }

  @Test
  void anErrorWithoutWordsIsNotNamedByItsClass() {
    assertEquals(
        "the operating system reported an input/output error",
        IoProblem.describe(new IOException()));
  }
}
