package org.kmslog.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes realistic, reproducible KMS event-log exports: the bundled samples or a scaled estate. */
public final class EstateGenerator {
  private EstateGenerator() {}

  /**
   * Writes the bundled sample estate and a README describing its files into {@code dir}.
   *
   * <p>The output is byte-for-byte the same on every machine, whatever the default time zone or
   * locale.
   */
  public static GenerationSummary writeSamples(Path dir) throws IOException {
    Estate estate = SampleEstate.build();
    List<WrittenFile> files = new ArrayList<>(generate(estate, dir));
    files.add(SampleReadme.write(dir, estate, files));
    return GenerationSummary.of(files);
  }

  /**
   * Writes a synthetic estate of about {@code spec.targetEvents()} events into {@code dir}.
   *
   * <p>Events are generated, sorted and written one time slice at a time, so memory depends on the
   * number of machines and the slice, not on the number of events.
   */
  public static GenerationSummary writeSynthetic(Path dir, SyntheticSpec spec) throws IOException {
    return GenerationSummary.of(generate(SyntheticEstate.build(spec), dir));
  }

  static List<WrittenFile> generate(Estate estate, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<ExportSink> files = new ArrayList<>();
    try {
      for (ExportSpec spec : estate.exports()) {
        files.add(ExportSink.open(dir, spec));
      }
      Simulator simulator = new Simulator(estate);
      EventPipeline pipeline = new EventPipeline(estate.seed(), files);
      Instant t = estate.start();
      while (t.isBefore(estate.end())) {
        Instant next = t.plus(estate.slice());
        Instant sliceEnd = next.isBefore(estate.end()) ? next : estate.end();
        pipeline.accept(sliceEnd, simulator.advance(sliceEnd));
        t = sliceEnd;
      }
      List<WrittenFile> written = new ArrayList<>();
      for (ExportSink file : files) {
        written.add(file.finish());
      }
      return written;
    } catch (IOException | RuntimeException e) {
      for (ExportSink file : files) {
        try {
          file.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }
}
