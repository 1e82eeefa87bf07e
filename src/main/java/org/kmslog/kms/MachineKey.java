package org.kmslog.kms;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How kmslog recognises one machine under its different names: case does not matter and the short
 * name equals the FQDN (PC1, pc1.corp.example and PC1.CORP.EXAMPLE. are one machine). IP addresses
 * are kept whole.
 */
public final class MachineKey {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private MachineKey() {}

  /** The key of a machine name, or null for null or blank names. */
  public static String of(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.indexOf(':') >= 0 || isIpv4(lower)) {
      return lower;
    }
    int dot = lower.indexOf('.');
    return dot > 0 ? lower.substring(0, dot) : lower;
  }

  /** Four groups of 1 to 3 digits separated by dots (what the pattern says, without a regex). */
  private static boolean isIpv4(String text) {
    char first = text.isEmpty() ? 'x' : text.charAt(0);
    if (first < '0' || first > '9') {
      return false; // the usual case, a host name, is decided here
    }
    return IPV4.matcher(text).matches();
  }
}
