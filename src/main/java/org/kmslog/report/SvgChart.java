package org.kmslog.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kmslog.analyze.CountDay;

/**
 * An inline SVG line chart of a host's count day by day against its threshold: dated x axis,
 * counted y axis, the threshold as a dashed line, and a title that says what it shows.
 */
final class SvgChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int BOTTOM = 34;
  private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000};
  private static final String COUNT_COLOUR = "#2563eb";
  private static final String THRESHOLD_COLOUR = "#dc2626";

  private SvgChart() {}

  /**
   * The chart of one host.
   *
   * @param host the host's name, for the title
   * @param days its count history, oldest first; may be empty
   * @param id a document-unique id for the chart's title
   */
  static String render(String host, List<CountDay> days, String id) {
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                    + " height=\"%d\" role=\"img\" aria-labelledby=\"%s\""
                    + " font-family=\"system-ui, sans-serif\" font-size=\"12\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, id))
        .append("<title id=\"")
        .append(id)
        .append("\">")
        .append(Html.escape(title(host, days)))
        .append("</title>\n");
    if (days.isEmpty()) {
      svg.append(
          String.format(
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#6b7280\">"
                  + "No count history: this host logged no requests.</text>\n",
              WIDTH / 2, HEIGHT / 2));
    } else {
      int top = top(days);
      yAxis(svg, top);
      xAxis(svg, days);
      lines(svg, days, top);
      legend(svg, days);
    }
    return svg.append("</svg>").toString();
  }

  /** The accessible title: whose count, over which days, against which threshold. */
  static String title(String host, List<CountDay> days) {
    if (days.isEmpty()) {
      return host + ": no count history";
    }
    int low = days.stream().mapToInt(CountDay::threshold).min().orElseThrow();
    int high = days.stream().mapToInt(CountDay::threshold).max().orElseThrow();
    return String.format(
        "%s: count of distinct clients in 30 days, per day from %s to %s, against a threshold"
            + " of %s; %d on the last day",
        host,
        days.get(0).day(),
        days.get(days.size() - 1).day(),
        low == high ? String.valueOf(low) : low + " to " + high,
        days.get(days.size() - 1).count());
  }

  /** The top of the y axis: a multiple of a round step above every count and threshold. */
  private static int top(List<CountDay> days) {
    int max = 1;
    for (CountDay day : days) {
      max = Math.max(max, Math.max(day.count(), day.threshold()));
    }
    int step = step(max);
    return (max + step - 1) / step * step;
  }

  private static int step(int max) {
    for (int step : STEPS) {
      if (max <= step * 5) {
        return step;
      }
    }
    return (max + 4) / 5;
  }

  private static void yAxis(StringBuilder svg, int top) {
    int step = step(top);
    for (int value = 0; value <= top; value += step) {
      double y = y(value, top);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#4b5563\">%d</text>\n",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              value == 0 ? "#9ca3af" : "#e5e7eb",
              LEFT - 6,
              y + 4,
              value));
    }
  }

  private static void xAxis(StringBuilder svg, List<CountDay> days) {
    for (int index : labelIndexes(days.size())) {
      double x = x(index, days.size());
      String anchor =
          days.size() == 1
              ? "middle"
              : index == 0 ? "start" : index == days.size() - 1 ? "end" : "middle";
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#9ca3af\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#4b5563\">%s</text>\n",
              x,
              TOP + PLOT_HEIGHT,
              x,
              TOP + PLOT_HEIGHT + 4,
              x,
              TOP + PLOT_HEIGHT + 18,
              anchor,
              days.get(index).day()));
    }
  }

  /** Up to five evenly spaced days to label, always the first and the last. */
  static List<Integer> labelIndexes(int n) {
    List<Integer> indexes = new ArrayList<>();
    int labels = Math.min(5, n);
    for (int i = 0; i < labels; i++) {
      indexes.add(labels == 1 ? 0 : (int) Math.round(i * (n - 1) / (double) (labels - 1)));
    }
    return indexes;
  }

  private static void lines(StringBuilder svg, List<CountDay> days, int top) {
    StringBuilder threshold = new StringBuilder();
    StringBuilder count = new StringBuilder();
    for (int i = 0; i < days.size(); i++) {
      double x = x(i, days.size());
      if (i > 0 && days.get(i).threshold() != days.get(i - 1).threshold()) {
        point(threshold, x, y(days.get(i - 1).threshold(), top));
      }
      point(threshold, x, y(days.get(i).threshold(), top));
      point(count, x, y(days.get(i).count(), top));
    }
    if (days.size() == 1) {
      // A line needs two points: stretch the single day across the plot.
      threshold.setLength(0);
      point(threshold, LEFT, y(days.get(0).threshold(), top));
      point(threshold, LEFT + PLOT_WIDTH, y(days.get(0).threshold(), top));
    }
    svg.append("<polyline fill=\"none\" stroke=\"")
        .append(THRESHOLD_COLOUR)
        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" points=\"")
        .append(threshold.toString().strip())
        .append("\"/>\n<polyline fill=\"none\" stroke=\"")
        .append(COUNT_COLOUR)
        .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
        .append(count.toString().strip())
        .append("\"/>\n");
    CountDay last = days.get(days.size() - 1);
    svg.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
            x(days.size() - 1, days.size()),
            y(last.count(), top),
            COUNT_COLOUR));
  }

  private static void legend(StringBuilder svg, List<CountDay> days) {
    CountDay last = days.get(days.size() - 1);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"12\" x2=\"%d\" y2=\"12\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<text x=\"%d\" y=\"16\" fill=\"#111827\">count (last day: %d)</text>\n"
                + "<line x1=\"%d\" y1=\"12\" x2=\"%d\" y2=\"12\" stroke=\"%s\" stroke-width=\"1.5\""
                + " stroke-dasharray=\"6 4\"/>"
                + "<text x=\"%d\" y=\"16\" fill=\"#111827\">threshold (last day: %d)</text>\n",
            LEFT,
            LEFT + 20,
            COUNT_COLOUR,
            LEFT + 26,
            last.count(),
            LEFT + 170,
            LEFT + 190,
            THRESHOLD_COLOUR,
            LEFT + 196,
            last.threshold()));
  }

  private static void point(StringBuilder points, double x, double y) {
    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
  }

  private static double x(int index, int n) {
    return n == 1 ? LEFT + PLOT_WIDTH / 2.0 : LEFT + index * PLOT_WIDTH / (double) (n - 1);
  }

  private static double y(int value, int top) {
    return TOP + PLOT_HEIGHT - value * PLOT_HEIGHT / (double) top;
  }
}
