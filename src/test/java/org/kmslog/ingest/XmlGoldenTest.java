package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every XML fixture reads to exactly what its .expected file says (see the folder's README). */
class XmlGoldenTest {

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(XmlGoldenTest.class.getResource("/xml").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no fixtures in " + folder);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsAsExpected(Path fixture) throws IOException {
    Path expected = Path.of(fixture.toString().replaceAll("\\.xml$", ".expected"));
    assertEquals(
        Files.readAllLines(expected, StandardCharsets.UTF_8),
        GoldenEvents.render(fixture),
        "events read from " + fixture.getFileName());
  }
}
