package org.kmslog.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDeterminismTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void twoRunsWriteIdenticalBytes() throws IOException {
    EstateGenerator.writeSamples(first);
    EstateGenerator.writeSamples(second);

    assertSameFiles(first, second);
  }

  @Test
  void defaultZoneAndLocaleDoNotChangeTheBytes() throws IOException {
    EstateGenerator.writeSamples(first);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      // Thai digits and a Buddhist calendar would leak into any locale-sensitive formatting.
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai-ca-buddhist"));
      EstateGenerator.writeSamples(second);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }

    assertSameFiles(first, second);
  }

  @Test
  void summaryMatchesTheDirectory() throws IOException {
    GenerationSummary summary = EstateGenerator.writeSamples(first);

    assertEquals(names(first), summary.files().stream().map(WrittenFile::name).sorted().toList());
    long bytes = 0;
    for (String name : names(first)) {
      bytes += Files.size(first.resolve(name));
    }
    assertEquals(bytes, summary.totalBytes());
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<String> names = names(a);
    assertEquals(names, names(b));
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
