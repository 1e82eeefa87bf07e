package org.kmslog.cli;

import java.util.Optional;
import java.util.regex.Pattern;
import org.kmslog.kms.Hresult;

/**
 * Reads an error code as admins write it: 0xC004F074, C004F074 (any case), or in decimal as
 * PowerShell and .NET print it, signed (-1073418124) or unsigned (3221549172).
 */
final class ErrorCodeArgument {
  private static final Pattern PREFIXED_HEX = Pattern.compile("0[xX]\\p{XDigit}{1,8}");
  // Eight digits without a prefix are hex: failure codes in decimal have ten digits or a sign.
  private static final Pattern BARE_HEX = Pattern.compile("\\p{XDigit}{8}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,10}");

  private ErrorCodeArgument() {}

  /** The code the text stands for, or empty when it is not a 32-bit code in one of those forms. */
  static Optional<Hresult> parse(String text) {
    String code = text.strip();
    try {
      if (PREFIXED_HEX.matcher(code).matches()) {
        return Optional.of(new Hresult(Integer.parseUnsignedInt(code.substring(2), 16)));
      }
      if (BARE_HEX.matcher(code).matches()) {
        return Optional.of(new Hresult(Integer.parseUnsignedInt(code, 16)));
      }
      if (DECIMAL.matcher(code).matches()) {
        return Optional.of(
            new Hresult(
                code.startsWith("-") ? Integer.parseInt(code) : Integer.parseUnsignedInt(code)));
      }
    } catch (NumberFormatException e) {
      // Out of 32-bit range: not a code.
    }
    return Optional.empty();
  }
}
