package org.kmslog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references to kmslog packages in one Java source file: imports, static imports and
 * fully-qualified names in code, but nothing in comments or in string, character or text-block
 * literals, which the compiler does not resolve either.
 */
final class SourceReferences {
  // Not preceded by a name character or a dot, so com.example.org.kmslog is not a reference.
  private static final Pattern QUALIFIED =
      Pattern.compile("(?<![\\w$.])org\\.kmslog(?:\\s*\\.\\s*[\\w$]+)+");

  /**
   * One reference to a kmslog package.
   *
   * @param line the line it is on, from 1
   * @param packageName the package it names, such as org.kmslog.store
   * @param target the type it names, such as org.kmslog.store.Database, or the package for a
   *     wildcard import
   */
  record Reference(int line, String packageName, String target) {}

  private SourceReferences() {}

  /** The kmslog references of a source file, in the order they appear. */
  static List<Reference> in(String source) {
    String code = codeOnly(source);
    List<Reference> references = new ArrayList<>();
    Matcher matcher = QUALIFIED.matcher(code);
    while (matcher.find()) {
      String[] names = matcher.group().replaceAll("\\s", "").split("\\.");
      // Package names are lower case, type names upper case: the first capital ends the package.
      int type = 2;
      while (type < names.length && !Character.isUpperCase(names[type].charAt(0))) {
        type++;
      }
      String packageName = String.join(".", List.of(names).subList(0, type));
      String target = type < names.length ? packageName + "." + names[type] : packageName;
      references.add(new Reference(lineOf(code, matcher.start()), packageName, target));
    }
    return references;
  }

  /** The source with every comment and literal blanked out, each line where it was. */
  static String codeOnly(String source) {
    StringBuilder code = new StringBuilder(source);
    int i = 0;
    while (i < source.length()) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        end = closing(source, "*/", i + 2, false);
      } else if (source.startsWith("\"\"\"", i)) {
        end = closing(source, "\"\"\"", i + 3, true);
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = closing(source, String.valueOf(source.charAt(i)), i + 1, true);
      } else {
        i++;
        continue;
      }
      blank(code, i, end);
      i = end;
    }
    return code.toString();
  }

  /** Where a comment or literal ends: after its closing delimiter, or at the end of the file. */
  private static int closing(String source, String delimiter, int from, boolean escapes) {
    int i = from;
    while (i < source.length()) {
      if (source.startsWith(delimiter, i)) {
        return i + delimiter.length();
      }
      i += escapes && source.charAt(i) == '\\' ? 2 : 1;
    }
    return source.length();
  }

  private static void blank(StringBuilder code, int start, int end) {
    for (int i = start; i < end; i++) {
      if (code.charAt(i) != '\n' && code.charAt(i) != '\r') {
        code.setCharAt(i, ' ');
      }
    }
  }

  private static int lineOf(String code, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
