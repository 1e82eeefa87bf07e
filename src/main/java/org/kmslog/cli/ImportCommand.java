package org.kmslog.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.kmslog.importer.FileOutcome;
import org.kmslog.store.Database;
import org.kmslog.store.StoreException;

/** {@code kmslog import}: reads export files into the database, each file at most once. */
final class ImportCommand extends Command {
  /** Below this size a bloated database costs nothing worth a compaction. */
  static final long COMPACT_FROM_BYTES = 32L << 20;

  @Override
  String name() {
    return "import";
  }

  @Override
  String summary() {
    return "import exported event logs (XML or CSV) into the database; folders are read"
        + " recursively";
  }

  @Override
  String arguments() {
    return "PATH...";
  }

  @Override
  void addOptions(Options options) {
    ImportOptions.addTo(options);
    options.addOption(QUIET);
    options.addOption(RunLog.OPTION);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    List<Path> named = ImportOptions.paths(line, name());
    ImportOptions.settings(line, name()); // refuses bad options before the database is opened
    List<FileOutcome> outcomes;
    // Standard input is read to its end before the database is locked.
    try (StandardInput stdin =
            StandardInput.namedIn(named) ? StandardInput.copy(System.in, name()) : null;
        Database database = openDatabase(line, true, console)) {
      List<Path> paths = stdin == null ? named : stdin.in(named);
      outcomes =
          ImportOptions.importer(database, line, name(), console)
              .importAll(paths, new ImportOutput(console, true, stdin));
      database.closeCompacting(COMPACT_FROM_BYTES);
    }
    if (!console.quiet()) {
      console.out().println(ImportOutput.total(outcomes));
    }
    return ImportOutput.anyFailed(outcomes) ? ExitStatus.BAD_INPUT : ExitStatus.OK;
  }
}
