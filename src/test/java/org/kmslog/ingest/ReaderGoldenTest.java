package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under src/test/resources/xml and /csv reads to exactly what its .expected file says
 * (see each folder's README). CSV fixtures are read as exported in Europe/Berlin.
 */
class ReaderGoldenTest {
  private static final ReadSettings XML = new ReadSettings(ZoneId.of("UTC"), null, null);
  private static final ReadSettings CSV = new ReadSettings(ZoneId.of("Europe/Berlin"), null, null);

  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    return Stream.concat(fixtures("xml", XML), fixtures("csv", CSV));
  }

  private static Stream<Arguments> fixtures(String area, ReadSettings settings)
      throws IOException, URISyntaxException {
    Path folder = Path.of(ReaderGoldenTest.class.getResource("/" + area).toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith("." + area)).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no fixtures in " + folder);
    return files.stream().map(f -> Arguments.of(area + "/" + f.getFileName(), f, settings));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsAsExpected(String name, Path fixture, ReadSettings settings) throws IOException {
    Path expected = Path.of(fixture.toString().replaceAll("\\.(xml|csv)$", ".expected"));
    assertEquals(
        Files.readAllLines(expected, StandardCharsets.UTF_8),
        GoldenEvents.render(fixture, settings),
        "events read from " + name);
  }
}
