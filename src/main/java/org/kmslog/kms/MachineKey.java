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
    if (IPV4.matcher(lower).matches() || lower.indexOf(':') >= 0) {
      return lower;
    }
    int dot = lower.indexOf('.');
    return dot > 0 ? lower.substring(0, dot) : lower;
  }
}
