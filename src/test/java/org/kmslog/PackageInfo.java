package org.kmslog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a package-info.java says its package may import, from the sentence "May import:
 * org.kmslog.ingest, org.kmslog.kms." or "May import: nothing from kmslog." in its Javadoc.
 */
final class PackageInfo {
  static final String NOTHING = "nothing from kmslog";
  private static final Pattern SENTENCE = Pattern.compile("May import: (.*?)\\.(?:\\s|$)");
  private static final Pattern PACKAGE = Pattern.compile("org\\.kmslog\\.[a-z]+");

  private PackageInfo() {}

  /**
   * The packages the Javadoc of a package-info.java allows, in the order it names them.
   *
   * @throws IllegalArgumentException when it has no such sentence, or one that names anything but
   *     kmslog packages
   */
  static Set<String> mayImport(String source) {
    int start = source.indexOf("/**");
    int end = source.indexOf("*/", start + 1);
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException("has no Javadoc comment");
    }
    // The formatter wraps Javadoc, so the sentence may run over lines with a "*" at each start.
    String text = source.substring(start + 3, end).replaceAll("\\s*\\n\\s*\\*", " ");
    Matcher sentence = SENTENCE.matcher(text.replaceAll("\\s+", " "));
    if (!sentence.find()) {
      throw new IllegalArgumentException(
          "has no sentence 'May import: org.kmslog.a, org.kmslog.b.' or 'May import: "
              + NOTHING
              + ".' in its Javadoc");
    }
    Set<String> packages = new LinkedHashSet<>();
    if (sentence.group(1).equals(NOTHING)) {
      return packages;
    }
    for (String name : sentence.group(1).split(", ")) {
      if (!PACKAGE.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "says 'May import: "
                + sentence.group(1)
                + ".': '"
                + name
                + "' is not a kmslog package");
      }
      packages.add(name);
    }
    return packages;
  }
}
