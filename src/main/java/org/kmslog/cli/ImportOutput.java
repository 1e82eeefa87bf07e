package org.kmslog.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kmslog.importer.FileOutcome;
import org.kmslog.importer.FileOutcome.Status;
import org.kmslog.importer.ImportListener;
import org.kmslog.importer.ImportProgress;
import org.kmslog.report.SafeText;
import org.kmslog.store.ImportCounts;

/**
 * Tells the user how an import goes: a line per file on stdout (or, when quiet, nothing there),
 * every failure and warning on stderr, and progress on long imports.
 */
final class ImportOutput implements ImportListener {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Console console;
  private final boolean listUnchanged;
  private final ProgressPrinter progress;
  private final StandardInput stdin;

  /**
   * @param listUnchanged whether files skipped as unchanged get a line each (a nightly run over a
   *     drop folder of years of exports would otherwise print thousands)
   */
  ImportOutput(Console console, boolean listUnchanged) {
    this(console, listUnchanged, null);
  }

  /**
   * @param stdin standard input's copy, which messages name "standard input", or null
   */
  ImportOutput(Console console, boolean listUnchanged, StandardInput stdin) {
    this.console = console;
    this.listUnchanged = listUnchanged;
    this.stdin = stdin;
    this.progress = ProgressPrinter.forStderr(console);
  }

  /** The text as it is shown: standard input's copy named as such, safe for a terminal. */
  private String show(Object text) {
    String shown = String.valueOf(text);
    return SafeText.line(stdin == null ? shown : stdin.named(shown));
  }

  @Override
  public void progress(ImportProgress now) {
    progress.show(now);
  }

  @Override
  public void fileDone(FileOutcome outcome) {
    progress.clear();
    switch (outcome.status()) {
      case IMPORTED -> imported(outcome);
      case UNCHANGED -> {
        if (listUnchanged && !console.quiet()) {
          console
              .out()
              .printf(
                  "%s: unchanged since import #%d at %s; skipped%n",
                  show(outcome.file()), outcome.prior().id(), WHEN.format(outcome.prior().at()));
        }
      }
      case FAILED -> {
        if (!console.quiet()) {
          console.out().printf("%s: FAILED, nothing stored from it%n", show(outcome.file()));
        }
        console.error(show(outcome.error()));
      }
      case FAILED_BEFORE -> {
        // Not a new problem: said once per run on stdout, and in the reports (INPUT_REJECTED).
        if (!console.quiet()) {
          console
              .out()
              .printf(
                  "%s: failed on %s and unchanged since; not read again (--retry-failed reads"
                      + " it): %s%n",
                  outcome.file(), WHEN.format(outcome.priorFailure().since()), outcome.error());
        }
      }
    }
  }

  @Override
  public void warning(String message) {
    progress.clear();
    console.warn(show(message));
  }

  private void imported(FileOutcome outcome) {
    ImportCounts c = outcome.counts();
    if (!console.quiet()) {
      console
          .out()
          .printf(
              "%s: %d events, %d stored%s, %d duplicates, %d not KMS, %d rejected"
                  + " [%s, %s, %s, %d ms]%n",
              show(outcome.file()),
              c.eventsRead(),
              c.stored(),
              c.reused() > 0 ? " (" + c.reused() + " with reused record IDs)" : "",
              c.duplicates(),
              c.skipped(),
              c.rejected(),
              outcome.format(),
              outcome.encoding(),
              outcome.notes().layout(),
              outcome.durationMillis());
    }
    if (c.eventsRead() == 0) {
      console.warn(show(outcome.file() + ": holds no events (an empty export?)"));
    }
    if (c.reused() > 0) {
      console.warn(
          show(outcome.file())
              + ": "
              + c.reused()
              + (c.reused() == 1
                  ? " stored event has a record ID"
                  : " stored events have record IDs")
              + " that other events of the same computer's log already had (the log was cleared,"
              + " or the machine rebuilt under its old name); both are kept");
    }
    for (String problem : outcome.problems()) {
      console.warn(show(problem));
    }
    if (c.rejected() > outcome.problems().size()) {
      console.warn(
          show(outcome.file())
              + ": "
              + (c.rejected() - outcome.problems().size())
              + " more rejected events; see the table import_problem");
    }
  }

  /** The total line of an import. */
  static String total(List<FileOutcome> outcomes) {
    ImportCounts total = ImportCounts.NONE;
    int imported = 0;
    int unchanged = 0;
    int failed = 0;
    int failedBefore = 0;
    for (FileOutcome outcome : outcomes) {
      switch (outcome.status()) {
        case IMPORTED -> {
          imported++;
          total = total.plus(outcome.counts());
        }
        case UNCHANGED -> unchanged++;
        case FAILED -> failed++;
        case FAILED_BEFORE -> failedBefore++;
      }
    }
    return String.format(
        "Total: %d files (%d imported, %d unchanged, %d failed%s); %d events read,"
            + " %d stored%s, %d duplicates, %d not KMS, %d rejected",
        outcomes.size(),
        imported,
        unchanged,
        failed,
        failedBefore == 0 ? "" : ", " + failedBefore + " failed before and unchanged",
        total.eventsRead(),
        total.stored(),
        total.reused() > 0 ? " (" + total.reused() + " with reused record IDs)" : "",
        total.duplicates(),
        total.skipped(),
        total.rejected());
  }

  /**
   * True when any file could not be imported now; files that failed before and have not changed are
   * standing problems (INPUT_REJECTED in the reports), not new ones.
   */
  static boolean anyFailed(List<FileOutcome> outcomes) {
    return outcomes.stream().anyMatch(o -> o.status() == Status.FAILED);
  }
}
