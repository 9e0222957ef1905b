package org.nianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Size and open time of review pages in headless Chromium (scripts/bench-review; a measurement,
 * not a test). Open time: navigation start until the load event (the page's script has built
 * the tables and overlays by then) and until every page image is decoded; median of 5 loads.
 */
public final class ReviewBench {
  private static final int RUNS = 5;

  public static void main(String[] args) throws Exception {
    Path chromium = Cdp.findChromium();
    if (chromium == null) {
      System.err.println("bench-review: chromium not found (scripts/setup --test-tools)");
      System.exit(2);
    }
    Path profile = Files.createTempDirectory("bench-review-profile");
    try (Cdp cdp = Cdp.start(chromium, profile, 1600, 1000)) {
      System.out.printf("%-36s %6s %9s %9s %12s %s%n", "review page of", "pages", "MB",
          "load ms", "images ms", "targets < 3 MB, < 2000 ms (median of " + RUNS + " loads)");
      for (String a : args) {
        Path html = Path.of(a).toAbsolutePath();
        List<Double> loads = new ArrayList<>();
        List<Double> decoded = new ArrayList<>();
        int pages = 0;
        for (int i = -1; i < RUNS; i++) { // one load untimed: chromium's own first-use costs
          cdp.open("about:blank");
          cdp.open(html.toUri().toString());
          JsonNode t = cdp.eval("Promise.all([...document.images].map(i => i.decode()))"
              + ".then(() => ({load: performance.getEntriesByType('navigation')[0].loadEventEnd,"
              + " decoded: performance.now(), pages: document.images.length,"
              + " ready: !!(window.nianbaoReview && window.nianbaoReview.ready)}))");
          if (!t.path("ready").asBoolean()) {
            throw new IllegalStateException(html + ": the page's script did not run");
          }
          if (i < 0) {
            continue;
          }
          loads.add(t.path("load").asDouble());
          decoded.add(t.path("decoded").asDouble());
          pages = t.path("pages").asInt();
        }
        JsonNode kind = cdp.eval("(() => { const m = JSON.parse(document.getElementById('model')"
            + ".textContent); return {file: m.file, ocr: m.pages.filter(p => p.textSource === 'ocr')"
            + ".length}; })()");
        double mb = Files.size(html) / 1e6;
        double load = median(loads);
        double images = median(decoded);
        String name = kind.path("file").asText() + (kind.path("ocr").asInt() > 0
            ? " (scan, " + kind.path("ocr").asInt() + " OCR pages)" : " (text layer)");
        System.out.printf("%-36s %6d %9.2f %9.0f %12.0f %s%n", name, pages, mb, load, images,
            mb < 3 && images < 2000 ? "ok" : "OVER");
      }
    }
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
