package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslog.analyze.CountDay;

class SvgChartTest {
  private static List<CountDay> days(int n, int threshold) {
    List<CountDay> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(new CountDay(LocalDate.of(2026, 10, 1).plusDays(i), i, threshold));
    }
    return days;
  }

  @Test
  void titleSaysWhoseCountAgainstWhichThreshold() {
    assertEquals(
        "KMS01: count of distinct clients in 30 days, per day from 2026-10-01 to 2026-10-03,"
            + " against a threshold of 25; 2 on the last day",
        SvgChart.title("KMS01", days(3, 25)));
    List<CountDay> changing = new ArrayList<>(days(2, 5));
    changing.add(new CountDay(LocalDate.of(2026, 10, 3), 9, 25));
    assertTrue(SvgChart.title("KMS01", changing).contains("a threshold of 5 to 25;"));
  }

  @Test
  void labelsFirstLastAndEvenlyBetween() {
    assertEquals(List.of(0, 45, 90, 134, 179), SvgChart.labelIndexes(180));
    assertEquals(List.of(0, 1, 2), SvgChart.labelIndexes(3));
    assertEquals(List.of(0), SvgChart.labelIndexes(1));
  }

  @Test
  void drawsTheCountAndTheThresholdWithAxisLabels() {
    String svg = SvgChart.render("<KMS>", days(30, 25), "chart-1");
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" "), svg);
    assertTrue(svg.contains(" role=\"img\" aria-labelledby=\"chart-1\""), svg);
    assertTrue(svg.contains("<title id=\"chart-1\">&lt;KMS&gt;: count of distinct"), svg);
    assertEquals(2, svg.split("<polyline ", -1).length - 1);
    assertTrue(svg.contains(">2026-10-01</text>") && svg.contains(">2026-10-30</text>"), svg);
    assertTrue(svg.contains(">30</text>") && svg.contains(">0</text>"), svg);
    assertTrue(svg.endsWith("</svg>"));
  }

  @Test
  void aSingleDayStillDrawsTheThresholdAcrossThePlot() {
    String svg = SvgChart.render("KMS01", days(1, 5), "c");
    assertTrue(svg.contains("points=\"40.0,"), svg);
    assertTrue(svg.contains("<circle "), svg);
  }

  @Test
  void noHistorySaysSo() {
    String svg = SvgChart.render("KMS01", List.of(), "c");
    assertTrue(svg.contains("No count history: this host logged no requests."), svg);
    assertFalse(svg.contains("<polyline"), svg);
  }
}
