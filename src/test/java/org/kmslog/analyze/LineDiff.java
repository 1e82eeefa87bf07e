package org.kmslog.analyze;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line diff of two texts, for failure messages: what to remove and what to add. */
final class LineDiff {
  /** Unchanged lines shown around each change. */
  private static final int CONTEXT = 2;

  private LineDiff() {}

  /**
   * The lines that differ, "-" for expected lines missing from the actual text and "+" for actual
   * lines not expected, each hunk headed by the line number it starts at in the expected text's
   * file, whose first line is firstLine.
   */
  static String of(String expected, String actual, int firstLine) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    // common[i][j]: the longest common subsequence of a[i..] and b[j..]
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    List<Integer> expectedLine = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + a[i]);
        expectedLine.add(++i);
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("- " + a[i]);
        expectedLine.add(++i);
      } else {
        lines.add("+ " + b[j++]);
        expectedLine.add(i + 1);
      }
    }
    return hunks(lines, expectedLine, firstLine - 1);
  }

  private static String hunks(List<String> lines, List<Integer> expectedLine, int offset) {
    StringBuilder text = new StringBuilder();
    int shownUpTo = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).startsWith("  ")) {
        continue;
      }
      int from = Math.max(shownUpTo + 1, k - CONTEXT);
      if (from > shownUpTo + 1 || shownUpTo < 0) {
        text.append("@@ line ").append(offset + expectedLine.get(from)).append('\n');
      }
      int to = k;
      while (to + 1 < lines.size()
          && (!lines.get(to + 1).startsWith("  ") || near(lines, to + 1))) {
        to++;
      }
      to = Math.min(lines.size() - 1, to + CONTEXT);
      for (int m = from; m <= to; m++) {
        text.append(lines.get(m)).append('\n');
      }
      shownUpTo = to;
      k = to;
    }
    return text.toString();
  }

  /** True when a change follows within the context of this unchanged line. */
  private static boolean near(List<String> lines, int k) {
    for (int m = k; m < Math.min(lines.size(), k + 2 * CONTEXT + 1); m++) {
      if (!lines.get(m).startsWith("  ")) {
        return true;
      }
    }
    return false;
  }
}
