package org.kmslog.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.kmslog.analyze.AnalysisRun;

/** The formats a report can be written in. */
public enum ReportFormat {
  /** Aligned tables for a terminal. */
  TEXT,
  /** One row per finding, for spreadsheets. */
  CSV,
  /** The whole report for programs. */
  JSON,
  /** One self-contained page with charts. */
  HTML;

  /** The format with this name, such as "csv", in any case. */
  public static Optional<ReportFormat> named(String name) {
    return Arrays.stream(values())
        .filter(format -> format.displayName().equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The name users give it, such as "csv". */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes the report of this run in this format. */
  public void write(AnalysisRun data, Appendable out) throws IOException {
    switch (this) {
      case TEXT -> TextReport.write(data, out);
      case CSV -> CsvReport.write(data, out);
      case JSON -> JsonReport.write(data, out);
      case HTML -> HtmlReport.write(data, out);
    }
  }
}
