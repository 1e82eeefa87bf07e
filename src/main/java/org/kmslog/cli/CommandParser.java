package org.kmslog.cli;

import java.util.regex.Pattern;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;

/**
 * Parses a command's options, taking negative numbers as arguments rather than unknown options, so
 * that {@code kmslog explain -1073418124} reads a code as PowerShell prints it.
 */
final class CommandParser extends DefaultParser {
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+");

  @Override
  protected void handleUnknownToken(String token) throws ParseException {
    if (NEGATIVE_NUMBER.matcher(token).matches()) {
      addArg(token);
    } else {
      super.handleUnknownToken(token);
    }
  }
}
