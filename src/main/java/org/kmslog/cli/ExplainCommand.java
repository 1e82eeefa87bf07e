package org.kmslog.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.kmslog.kms.Hresult;
import org.kmslog.store.ActivationCode;
import org.kmslog.store.ActivationCodes;
import org.kmslog.store.StoreException;

/** {@code kmslog explain}: what activation error codes mean and how to fix them, offline. */
final class ExplainCommand extends Command {
  private static final Option LIST =
      Option.builder().longOpt("list").desc("list every code kmslog knows, with its meaning").get();

  @Override
  String name() {
    return "explain";
  }

  @Override
  String summary() {
    return "explain activation error codes such as 0xC004F074: what they mean, how to fix them";
  }

  @Override
  String arguments() {
    return "CODE...";
  }

  @Override
  boolean usesDatabase() {
    return false;
  }

  @Override
  void addOptions(Options options) {
    options.addOption(LIST);
  }

  @Override
  int run(CommandLine line, Console console) throws CliException, StoreException {
    List<String> arguments = line.getArgList();
    if (line.hasOption(LIST)) {
      if (!arguments.isEmpty()) {
        throw CliException.usage("explain: give either codes or --list, not both");
      }
      try (ActivationCodes codes = ActivationCodes.load()) {
        for (ActivationCode code : codes.all()) {
          console.out().println(code.code() + "  " + code.meaning());
        }
      }
      return ExitStatus.OK;
    }
    if (arguments.isEmpty()) {
      throw CliException.usage("explain: name at least one error code, such as 0xC004F074");
    }
    try (ActivationCodes codes = ActivationCodes.load()) {
      return explainAll(arguments, codes, console);
    }
  }

  private static int explainAll(List<String> arguments, ActivationCodes codes, Console console)
      throws StoreException {
    int status = ExitStatus.OK;
    PrintStream out = console.out();
    boolean first = true;
    for (String argument : arguments) {
      Optional<Hresult> parsed = ErrorCodeArgument.parse(argument);
      if (parsed.isEmpty()) {
        console.error("explain: '" + argument + "' is not an error code (write it as 0xC004F074)");
        status = ExitStatus.BAD_INPUT;
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      Hresult code = parsed.get();
      Optional<ActivationCode> known = codes.find(code);
      if (known.isPresent()) {
        print(known.get(), out);
      } else if (code.equals(Hresult.OK)) {
        out.println(code + ": success, not an error; nothing to fix");
      } else {
        out.println(
            code
                + ": not an activation code kmslog knows; on Windows, 'slui.exe 0x2a "
                + code
                + "' shows its text");
        status = ExitStatus.BAD_INPUT;
      }
    }
    return status;
  }

  private static void print(ActivationCode code, PrintStream out) {
    out.println(code.code() + ": " + code.meaning());
    if (code.contactFailure()) {
      out.println(
          "  Contact failure: the client could not reach any KMS host, so none answered it.");
    }
    out.println("  Likely causes: " + code.causes());
    out.println("  Fix: " + code.fix());
  }
}
