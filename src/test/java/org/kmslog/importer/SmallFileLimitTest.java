package org.kmslog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.ClientRequestExport;
import org.kmslog.testing.HostRequestCsvExport;
import org.kmslog.testing.StoreRows;
import org.kmslog.testing.StoreUnderTest;

/**
 * A file just under {@link Importer#SMALL_FILE_BYTES}, read once into memory and sniffed, hashed
 * and parsed from there, imports exactly as the same events in a file just over it, which is
 * streamed from the disk with its hash worked out beside the import.
 */
class SmallFileLimitTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"KMS09_hosts.csv", "clients.xml"})
  void aFileJustUnderTheLimitImportsAsOneJustOverIt(String name) throws Exception {
    FileOutcome under = importInto("under", export(dir.resolve("under"), name, -1));
    FileOutcome over = importInto("over", export(dir.resolve("over"), name, +1));
    assertEquals(Status.IMPORTED, under.status(), String.valueOf(under.error()));
    assertEquals(Importer.SMALL_FILE_BYTES - 1, Files.size(under.file()));
    assertEquals(Importer.SMALL_FILE_BYTES + 1, Files.size(over.file()));
    assertEquals(under.counts(), over.counts());
    assertEquals(
        List.of(under.format(), under.encoding(), under.notes()),
        List.of(over.format(), over.encoding(), over.notes()));
    assertEquals(rows("under"), rows("over"));
  }

  /**
   * An export of as many events as fit in the limit, padded with line breaks (which neither XML
   * between events nor CSV between records counts) to the limit plus the offset.
   */
  private static Path export(Path folder, String name, int offset) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    if (name.endsWith(".csv")) {
      HostRequestCsvExport.write(file, 1, 3500, 2);
    } else {
      ClientRequestExport.write(file, 1, 1800);
    }
    long padding = Importer.SMALL_FILE_BYTES + offset - Files.size(file);
    if (padding < 2) {
      throw new IllegalStateException(file + " is too large to pad: " + Files.size(file));
    }
    String lineBreaks =
        name.endsWith(".csv")
            ? "\r\n".repeat((int) padding / 2) + "\n".repeat((int) padding % 2)
            : "\n".repeat((int) padding);
    Files.writeString(file, lineBreaks, StandardOpenOption.APPEND);
    return file;
  }

  private FileOutcome importInto(String store, Path file) throws Exception {
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve(store)), true)) {
      return new Importer(database, new ReadSettings(ZoneOffset.UTC, null, null)).importFile(file);
    }
  }

  /** What the store holds, but for what tells the two files apart: their paths, hashes, sizes. */
  private List<String> rows(String store) throws Exception {
    try (Database database = Database.open(StoreUnderTest.location(dir.resolve(store)), false)) {
      return StoreRows.all(database.connection(), Set.of("path", "sha256", "size_bytes"));
    }
  }
}
