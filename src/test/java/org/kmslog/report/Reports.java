package org.kmslog.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.kmslog.analyze.AnalysisReader;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.analyze.Analyzer;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.Importer;
import org.kmslog.ingest.ReadSettings;
import org.kmslog.store.Database;
import org.kmslog.testing.StoreUnderTest;

/** Test helpers: a database of the bundled samples, and the reports of a database. */
final class Reports {
  private Reports() {}

  /**
   * Imports the bundled samples into a new database in this folder, as the README's first command
   * does, analyzes them with the sanctioned hosts KMS01, KMS02 and KMS03, and returns its location.
   */
  static String samplesDatabase(Path dir) {
    String location = StoreUnderTest.location(dir);
    try (Database database = Database.open(location, true)) {
      List<FileOutcome> outcomes =
          new Importer(database, new ReadSettings(ZoneId.of("Europe/Berlin"), null, null))
              .importAll(List.of(Path.of("samples")), o -> {});
      if (outcomes.stream().anyMatch(o -> o.status() != FileOutcome.Status.IMPORTED)) {
        throw new IllegalStateException("the samples did not import: " + outcomes);
      }
      new Analyzer(database).run(null, List.of("KMS01", "KMS02", "KMS03"));
      return location;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report data of the newest analysis in a database. */
  static AnalysisRun load(String location) {
    try (Database database = Database.open(location, false)) {
      return new AnalysisReader(database).latest().orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A report as text. */
  static String render(ReportFormat format, AnalysisRun data) {
    StringBuilder out = new StringBuilder();
    try {
      format.write(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
