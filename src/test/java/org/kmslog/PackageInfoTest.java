package org.kmslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageInfoTest {
  @Test
  void readsTheSentenceOverWrappedLines() {
    String source =
        """
        /**
         * The command line.
         *
         * <p>May import: org.kmslog.ingest, org.kmslog.kms,
         * org.kmslog.store. It is the top; org.kmslog.bench is not named here.
         */
        package org.kmslog.cli;
        """;
    assertEquals(
        List.of("org.kmslog.ingest", "org.kmslog.kms", "org.kmslog.store"),
        List.copyOf(PackageInfo.mayImport(source)));
  }

  @Test
  void readsNothingFromKmslog() {
    String source = "/**\n * Readers.\n *\n * <p>May import: nothing from kmslog.\n */\n";
    assertEquals(List.of(), List.copyOf(PackageInfo.mayImport(source)));
  }

  @Test
  void refusesAJavadocWithoutTheSentence() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PackageInfo.mayImport("/** Readers. */\npackage org.kmslog.ingest;\n"));
    assertEquals(
        "has no sentence 'May import: org.kmslog.a, org.kmslog.b.' or 'May import: nothing from"
            + " kmslog.' in its Javadoc",
        e.getMessage());
  }

  @Test
  void refusesANameThatIsNotAKmslogPackage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PackageInfo.mayImport("/** Decoder.\n *\n * <p>May import: ingest, kms. */\n"));
    assertEquals(
        "says 'May import: ingest, kms.': 'ingest' is not a kmslog package", e.getMessage());
  }
}
