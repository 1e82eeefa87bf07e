package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.testing.HangGuard;

/**
 * The HTML report in a real headless Chromium: it renders offline, with a chart per host, and
 * hostile names stay text. Skipped where Chromium is missing, unless KMSLOG_REQUIRE_BROWSER=1 (as
 * on CI), where that is a failure.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @BeforeEach
  void needsChromium() {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    if ("1".equals(System.getenv("KMSLOG_REQUIRE_BROWSER"))) {
      fail(CHROMIUM + " is missing and KMSLOG_REQUIRE_BROWSER=1: install chromium");
    }
    Assumptions.abort(CHROMIUM + " is missing; set KMSLOG_REQUIRE_BROWSER=1 to fail instead");
  }

  @Test
  void theRenderedPageShowsEveryHostsChartAndHostileNamesAsText() throws Exception {
    AnalysisRun data = Reports.load(HostileValuesTest.hostileDatabase(dir.resolve("estate")));
    Path page = writeReport(data);
    String dom = chromium("--dump-dom", page.toUri().toString());
    assertTrue(
        dom.contains("<title>KMS activation report as of 2026-10-30 00:00 UTC</title>"), dom);
    List<String> charts = matches(dom, "(?s)<svg .*?</svg>");
    assertEquals(data.hosts().size(), charts.size(), dom);
    for (String chart : charts) {
      assertTrue(chart.contains("<polyline "), chart);
      assertTrue(chart.contains("<title id=\"chart-"), chart);
    }
    assertTrue(dom.contains("<figcaption>&lt;b&gt;x&lt;/b&gt;&amp;\"'</figcaption>"), dom);
    assertTrue(dom.contains("<figcaption>=cmd|' /C calc'!A0</figcaption>"), dom);
    assertFalse(dom.contains("<b>"), "the host name made no <b> element");
    assertFalse(dom.toLowerCase().contains("<script"), dom);
  }

  @Test
  void theSamplesReportRendersToAScreenshot() throws Exception {
    AnalysisRun data = Reports.load(Reports.samplesDatabase(dir));
    Path page = writeReport(data);
    Path png = dir.resolve("report.png");
    chromium("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000, "a screenshot of " + bytes.length + " bytes");
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(2000, image.getHeight());
    assertTrue(colours(image) > 16, "the page is not blank");
  }

  /**
   * The samples' page as a desk (1400 px) and a phone (400 px) show it: the first screen (900 px
   * high) shows the first error problem, nothing is wider than the screen, and the host table's
   * problem cells are red. Measured in the page by a script in a probe page around it (the report
   * itself runs none), whose result --dump-dom prints.
   */
  @Test
  void theFirstScreenShowsTheErrorsAtDeskAndPhoneWidth() throws Exception {
    AnalysisRun data = Reports.load(Reports.samplesDatabase(dir));
    Path page = writeReport(data);
    Path probe = page.resolveSibling("probe.html");
    Files.writeString(probe, PROBE, StandardCharsets.UTF_8);
    String dom =
        chromium(
            "--allow-file-access-from-files",
            "--virtual-time-budget=10000",
            "--window-size=1900,1000",
            "--dump-dom",
            probe.toUri().toString());
    Matcher result = Pattern.compile("(?s)<pre id=\"result\">(.*?)</pre>").matcher(dom);
    assertTrue(result.find(), dom);
    List<String> results = result.group(1).lines().toList();
    assertEquals(
        List.of(
            "desk fits: true",
            "desk first error on the first screen: true",
            "desk first error: error BELOW_THRESHOLD KMS02.corp.example #7",
            "desk problem cells: rgb(185, 28, 28)",
            "phone fits: true",
            "phone first error on the first screen: true",
            "phone first error: error BELOW_THRESHOLD KMS02.corp.example #7",
            "phone problem cells: rgb(185, 28, 28)"),
        results,
        dom);
  }

  /** Frames the report at both widths and writes what it measured into its own page. */
  private static final String PROBE =
      """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8"></head><body>
      <iframe id="desk" src="report.html" style="width:1400px;height:900px;border:0"></iframe>
      <iframe id="phone" src="report.html" style="width:400px;height:900px;border:0"></iframe>
      <pre id="result"></pre>
      <script>
      function measure(frame) {
        const doc = frame.contentDocument;
        const first = doc.querySelector("article.problem.error");
        const cell = doc.querySelector("td.bad, td.low");
        return [
          frame.id + " fits: " + (doc.documentElement.scrollWidth <= frame.clientWidth),
          frame.id + " first error on the first screen: "
              + (first.getBoundingClientRect().top < frame.clientHeight - 100),
          frame.id + " first error: " + first.querySelector(".title").textContent,
          frame.id + " problem cells: " + getComputedStyle(cell).color
        ].join(String.fromCharCode(10));
      }
      window.addEventListener("load", function () {
        document.getElementById("result").textContent =
            measure(document.getElementById("desk")) + String.fromCharCode(10)
            + measure(document.getElementById("phone"));
      });
      </script></body></html>
      """;

  private Path writeReport(AnalysisRun data) throws IOException {
    Path page = dir.resolve("out/report.html");
    ReportFile.write(page, writer -> HtmlReport.write(data, writer));
    return page;
  }

  /** Runs headless Chromium with these arguments and returns what it printed on stdout. */
  private String chromium(String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(arguments));
    Path out = dir.resolve("chromium.out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    try {
      assertEquals(
          0,
          HangGuard.waitFor(process, () -> "chromium"),
          () -> "chromium failed: " + read(dir.resolve("chromium.err")));
      return read(out);
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** How many distinct colours the image has, counting up to 17. */
  private static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight() && seen.size() <= 16; y += 7) {
      for (int x = 0; x < image.getWidth() && seen.size() <= 16; x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
