package org.nianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.nianbao.Nianbao;
import org.nianbao.cli.Main;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Check;
import org.nianbao.model.PageInfo;
import org.nianbao.model.Provenance;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TextSource;
import org.nianbao.model.ValueSource;
import org.nianbao.truth.ReportSchema;

/**
 * The review page in a real browser (headless Chromium over the DevTools protocol): every figure
 * of the document's truth is on the page, clicking a figure highlights exactly its cell's box on
 * the page image (the cell's bbox from the report, scaled by the PDF page size: an independent
 * measure of the page frame), clicking a cell selects its figure, and a typed correction
 * downloads the corrections file that the CLI then applies. Screenshots go to
 * target/review-screenshots/.
 */
class ReviewPageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WORK = Path.of("target/review-test");
  private static final Path SHOTS = Path.of("target/review-screenshots");
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  /** Pixels the highlight may differ from the scaled cell box (rounding, stroke). */
  private static final double TOLERANCE = 2.0;

  @Test
  void bornDigitalReportWithFailedChecks() throws Exception {
    Path pdf = Path.of("testdata/born-digital/gb2021-04.pdf");
    run(pdf, report -> {
      // a failed row total: the reviewer reads the printed total as the sum of its row
      Check failed = report.checks().stream()
          .filter(c -> !c.passed() && c.rule().equals("applications.rowTotal")).findFirst()
          .orElseThrow(() -> new AssertionError("gb2021-04 has a failed row total"));
      return new Target("applications." + failed.scope() + ".total", failed.expected());
    });
  }

  @Test
  void scannedReportWithASidewaysTablePage() throws Exception {
    Path pdf = Path.of("testdata/scanned/seed-003.pdf");
    JsonNode truth = JSON.readTree(Path.of("testdata/scanned/seed-003.truth.json").toFile());
    assertTrue(truth.path("scan").path("sideways").toString().contains("3"),
        "seed-003's scan has page 3 turned sideways");
    run(pdf, report -> {
      // a low-confidence reading: the reviewer types what the page prints (the truth)
      String path = report.provenance().entrySet().stream()
          .filter(e -> e.getValue().confidence() != null && e.getValue().confidence() < 0.9
              && e.getValue().table() != null)
          .map(Map.Entry::getKey).findFirst()
          .orElseThrow(() -> new AssertionError("the scan has a low-confidence figure"));
      return new Target(path, truthValue(truth, path));
    });
  }

  record Target(String path, Number value) {}

  interface TargetChooser {
    Target choose(Report report);
  }

  private void run(Path pdf, TargetChooser chooser) throws Exception {
    Path chromium = Cdp.findChromium();
    assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium, or"
        + " scripts/setup --test-tools): the review page browser test is skipped");
    String name = pdf.getFileName().toString().replace(".pdf", "");
    String set = pdf.getParent().getFileName().toString();
    JsonNode truth = JSON.readTree(pdf.resolveSibling(name + ".truth.json").toFile());

    Report report = Nianbao.extract(pdf);
    Path dir = WORK.resolve(set + "-" + name).toAbsolutePath();
    Files.createDirectories(dir);
    Path json = dir.resolve(name + ".json");
    AtomicFiles.write(json, out -> ReportJson.write(report, out));
    Path html = dir.resolve(name + ReviewPage.SUFFIX);
    ReviewPage.defaults().write(report, pdf, html);
    System.out.printf("review page %s: %d bytes%n", html, Files.size(html));

    Path downloads = dir.resolve("downloads");
    deleteAll(downloads);
    deleteAll(dir.resolve("profile")); // a fresh browser: no corrections kept from a last run
    try (Cdp cdp = Cdp.start(chromium, dir.resolve("profile"), WIDTH, HEIGHT)) {
      cdp.allowDownloads(downloads);
      cdp.open(html.toUri().toString());
      assertTrue(cdp.eval("!!(window.nianbaoReview && window.nianbaoReview.ready)").asBoolean(),
          "the page's script ran");
      cdp.eval("Promise.all([...document.images].map(i => i.complete ? 1"
          + " : new Promise(r => { i.onload = r; i.onerror = r; })))");
      assertEquals(report.source().pageCount(),
          cdp.eval("[...document.images].filter(i => i.naturalWidth > 0).length").asInt(),
          "every page image decodes");
      cdp.screenshot(SHOTS.resolve(set + "-" + name + "-1-open.png"));

      renderedFiguresMatchTruth(cdp, report, truth, set);
      clickedFiguresHighlightTheirCells(cdp, report, pdf, set + "-" + name);
      Target target = chooser.choose(report);
      Path corrections = correct(cdp, report, target, downloads, set + "-" + name);
      applyWithTheCli(json, corrections, report, target);
    }
  }

  /** Every figure of the truth is on the page, showing the report's value. */
  private void renderedFiguresMatchTruth(Cdp cdp, Report report, JsonNode truth, String set)
      throws Exception {
    JsonNode shown = cdp.eval("Object.fromEntries([...document.querySelectorAll('td.fig')]"
        + ".map(td => [td.dataset.path, td.textContent]))");
    int figures = 0;
    int asTruth = 0;
    for (String group : List.of("activeDisclosure", "applications", "reviewsAndLawsuits")) {
      for (Iterator<Map.Entry<String, JsonNode>> items = truth.path("data").path(group).fields();
          items.hasNext(); ) {
        Map.Entry<String, JsonNode> item = items.next();
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.getValue().fields();
            fields.hasNext(); ) {
          Map.Entry<String, JsonNode> f = fields.next();
          String path = group + "." + item.getKey() + "." + f.getKey();
          figures++;
          assertTrue(shown.has(path), "figure " + path + " is on the page");
          Number value = report.data().get(path);
          String text = shown.get(path).asText();
          if (value == null) {
            // unreadable or not found: "?"; not printed in this report (a NOT_PRINTED row): "—"
            assertTrue(text.equals("?") || text.equals("—") && notPrinted(report, path),
                path + ": " + text);
          } else {
            assertEquals(Corrections.plain(value), text, path);
          }
          boolean same = f.getValue().isNull() ? value == null
              : value != null && new BigDecimal(text).compareTo(f.getValue().decimalValue()) == 0;
          if (same) {
            asTruth++;
          } else if (set.equals("born-digital")) {
            throw new AssertionError(path + ": page shows " + text + ", truth " + f.getValue());
          }
        }
      }
    }
    assertTrue(figures > 100, "truth has the three tables' figures");
    System.out.printf("review page shows all %d truth figures, %d equal to the truth%n", figures,
        asTruth);
  }

  private static boolean notPrinted(Report report, String path) {
    String row = path.substring(0, path.lastIndexOf('.'));
    return report.warnings().stream().noneMatch(w -> path.equals(ReviewPage.pathOf(w)))
        && report.warnings().stream().anyMatch(w -> row.equals(ReviewPage.pathOf(w))
            && w.code().equals("NOT_PRINTED"));
  }

  /** The figures to click: every flagged one, and a spread of the others on every page. */
  private static List<String> figuresToClick(Report report) {
    Set<String> failed = new LinkedHashSet<>();
    ReviewPage.model(report).path("checks").forEach(c -> {
      if (!c.path("passed").asBoolean()) {
        c.path("figures").forEach(f -> failed.add(f.asText()));
      }
    });
    Set<String> out = new LinkedHashSet<>();
    Set<Integer> pagesSeen = new java.util.HashSet<>();
    int i = 0;
    for (Map.Entry<String, Provenance> e : report.provenance().entrySet()) {
      Provenance p = e.getValue();
      if (p.table() == null) {
        continue;
      }
      boolean flagged = failed.contains(e.getKey()) || p.source() == ValueSource.CORRECTED
          || (p.confidence() != null && p.confidence() < 0.9);
      if (flagged || pagesSeen.add(p.page()) || i++ % 9 == 0) {
        out.add(e.getKey());
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), 60));
  }

  private static Cell cellOf(Report report, Provenance p) {
    Table t = report.tables().stream().filter(x -> x.id().equals(p.table())).findFirst()
        .orElseThrow();
    return t.cellAt(p.row(), p.column());
  }

  /** Page width and height in points as the reader saw the page (upright frame). */
  private static double[] pageSize(PDDocument doc, Report report, int page) {
    PDPage p = doc.getPage(page - 1);
    PageInfo info = report.pages().get(page - 1);
    int turn = p.getRotation() + (info.textSource() == TextSource.OCR ? info.rotation() : 0);
    double w = p.getCropBox().getWidth();
    double h = p.getCropBox().getHeight();
    return turn % 180 == 0 ? new double[] {w, h} : new double[] {h, w};
  }

  private void clickedFiguresHighlightTheirCells(Cdp cdp, Report report, Path pdf, String shot)
      throws Exception {
    List<String> paths = figuresToClick(report);
    Set<Integer> pages = new java.util.TreeSet<>();
    double worst = 0;
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      for (String path : paths) {
        Provenance p = report.provenance().get(path);
        Cell cell = cellOf(report, p);
        assertNotNull(cell, path + ": its table has a cell at its row and column");
        JsonNode td = cdp.eval("(() => { const td = document.querySelector('td.fig[data-path=\""
            + path + "\"]'); td.scrollIntoView({block: 'center'});"
            + " const r = td.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()");
        cdp.click(td.get(0).asDouble(), td.get(1).asDouble());
        JsonNode hl = cdp.eval("(() => { const h = document.querySelector('rect.hl');"
            + " if (!h) return null; const pg = h.closest('.page'); const r = h.getBoundingClientRect();"
            + " const i = pg.querySelector('img').getBoundingClientRect();"
            + " return {page: pg.id, path: h.dataset.path, hl: [r.left, r.top, r.right, r.bottom],"
            + " img: [i.left, i.top, i.width, i.height],"
            + " selected: document.querySelector('td.fig.sel').dataset.path}; })()");
        assertFalse(hl.isNull(), path + ": clicking the figure highlights a cell");
        assertEquals(path, hl.path("selected").asText());
        assertEquals("page-" + cell.page(), hl.path("page").asText(), path + ": page");
        double[] size = pageSize(doc, report, cell.page());
        double sx = hl.path("img").get(2).asDouble() / size[0];
        double sy = hl.path("img").get(3).asDouble() / size[1];
        assertEquals(sx, sy, 0.01 * sx, "page image keeps the page's aspect");
        BBox b = cell.bbox();
        double[] expected = {
          hl.path("img").get(0).asDouble() + b.left() * sx,
          hl.path("img").get(1).asDouble() + b.top() * sy,
          hl.path("img").get(0).asDouble() + b.right() * sx,
          hl.path("img").get(1).asDouble() + b.bottom() * sy};
        for (int k = 0; k < 4; k++) {
          // an SVG element's client rect is its geometry, the stroke not included
          double got = hl.path("hl").get(k).asDouble();
          worst = Math.max(worst, Math.abs(got - expected[k]));
          assertEquals(expected[k], got, TOLERANCE, path + ": highlight edge " + k);
        }
        double top = hl.path("hl").get(1).asDouble();
        double bottom = hl.path("hl").get(3).asDouble();
        assertTrue(top >= 0 && bottom <= HEIGHT, path + ": highlighted cell scrolled into view");
        pages.add(cell.page());
      }

      // a cell clicked on the page image selects its figure: the row's neighbour of the last one
      String from = paths.get(paths.size() - 1);
      String neighbour = neighbour(report, from);
      if (neighbour != null) {
        cdp.eval("nianbaoReview.select('" + from + "')");
        Cell cell = cellOf(report, report.provenance().get(neighbour));
        JsonNode img = cdp.eval("(() => { const i = document.querySelector('#page-" + cell.page()
            + " img').getBoundingClientRect(); return [i.left, i.top, i.width]; })()");
        double s = img.get(2).asDouble() / pageSize(doc, report, cell.page())[0];
        cdp.click(img.get(0).asDouble() + cell.bbox().centerX() * s,
            img.get(1).asDouble() + cell.bbox().centerY() * s);
        assertEquals(neighbour, cdp.eval("document.querySelector('td.fig.sel').dataset.path")
            .asText(), "clicking " + neighbour + "'s cell on the page selects it");
        cdp.screenshot(SHOTS.resolve(shot + "-2-cell-clicked.png"));
      }
    }
    System.out.printf("%d figures clicked on pages %s: highlights at most %.2f px from their"
        + " cells%n", paths.size(), pages, worst);
  }

  /** Another figure of the same row whose cell is on the same page, or null. */
  private static String neighbour(Report report, String path) {
    Provenance p = report.provenance().get(path);
    for (Map.Entry<String, Provenance> e : report.provenance().entrySet()) {
      Provenance q = e.getValue();
      if (!e.getKey().equals(path) && q.table() != null && q.table().equals(p.table())
          && q.row().equals(p.row()) && q.page().equals(p.page())) {
        return e.getKey();
      }
    }
    return null;
  }

  private Path correct(Cdp cdp, Report report, Target target, Path downloads, String shot)
      throws Exception {
    cdp.eval("localStorage.clear()");
    clickElement(cdp, "#nb-reviewer");
    cdp.type("王芳");
    JsonNode td = cdp.eval("(() => { const td = document.querySelector('td.fig[data-path=\""
        + target.path() + "\"]'); td.scrollIntoView({block: 'center'});"
        + " const r = td.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()");
    cdp.click(td.get(0).asDouble(), td.get(1).asDouble());
    clickElement(cdp, "#nb-value");
    cdp.type(target.value().toString());
    clickElement(cdp, "#nb-record");
    assertEquals("已记录 recorded", cdp.eval("document.getElementById('nb-status').textContent")
        .asText());
    cdp.screenshot(SHOTS.resolve(shot + "-3-corrected.png"));

    clickElement(cdp, "#nb-download");
    cdp.await("Browser.downloadProgress", e -> e.path("state").asText().equals("completed"));
    String stem = report.source().file().replace(".pdf", "");
    Path file = downloads.resolve(stem + Corrections.SUFFIX);
    assertTrue(Files.exists(file), "download saved as " + file.getFileName());

    JsonNode saved = JSON.readTree(file.toFile());
    assertEquals(JSON.readTree(cdp.eval("nianbaoReview.correctionsJson()").asText()), saved);
    assertEquals(report.source().sha256(), saved.path("sha256").asText());
    assertEquals(1, saved.path("corrections").size());
    JsonNode c = saved.path("corrections").get(0);
    assertEquals(target.path(), c.path("path").asText());
    assertEquals(0, new BigDecimal(target.value().toString())
        .compareTo(c.path("value").decimalValue()));
    Number extracted = report.data().get(target.path());
    assertEquals(extracted == null ? null : Corrections.plain(extracted),
        c.path("raw").isNull() ? null : c.path("raw").asText());
    assertEquals("王芳", c.path("reviewer").asText());
    Instant time = Instant.parse(c.path("time").asText());
    assertTrue(Duration.between(time, Instant.now()).abs().toMinutes() < 10, "time is now");
    return file;
  }

  private static void clickElement(Cdp cdp, String selector) throws Exception {
    JsonNode r = cdp.eval("(() => { const e = document.querySelector('" + selector + "');"
        + " e.scrollIntoView({block: 'nearest'}); const r = e.getBoundingClientRect();"
        + " return [r.x + r.width / 2, r.y + r.height / 2]; })()");
    cdp.click(r.get(0).asDouble(), r.get(1).asDouble());
  }

  private void applyWithTheCli(Path json, Path corrections, Report report, Target target)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "apply", "--corrections",
        corrections.toString(), json.toString());
    assertEquals(0, code, err.toString());
    JsonNode applied = JSON.readTree(json.toFile());
    assertEquals("", ReportSchema.errors(ReportJson.mapper().readTree(json.toFile())));
    JsonNode p = applied.path("provenance").path(target.path());
    assertEquals("reviewed", p.path("source").asText());
    assertEquals("王芳", p.path("reviewer").asText());
    assertTrue(p.hasNonNull("reviewedAt"));
    Number extracted = report.data().get(target.path());
    assertEquals(extracted == null ? null : Corrections.plain(extracted),
        p.path("raw").isNull() ? null : p.path("raw").asText());
    String[] parts = target.path().split("\\.");
    assertEquals(0, new BigDecimal(target.value().toString()).compareTo(
        applied.path("data").path(parts[0]).path(parts[1]).path(parts[2]).decimalValue()));

    // the checks ran again: row totals and table 四 totals recomputed here from the data
    JsonNode apps = applied.path("data").path("applications");
    JsonNode reviews = applied.path("data").path("reviewsAndLawsuits");
    int verified = 0;
    for (JsonNode check : applied.path("checks")) {
      String rule = check.path("rule").asText();
      JsonNode row = rule.equals("applications.rowTotal") ? apps.path(check.path("scope").asText())
          : rule.equals("reviewsAndLawsuits.total") ? reviews.path(check.path("scope").asText())
          : null;
      if (row == null) {
        continue;
      }
      long sum = 0;
      for (Iterator<Map.Entry<String, JsonNode>> f = row.fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> e = f.next();
        if (!e.getKey().equals("total")) {
          sum += e.getValue().asLong();
        }
      }
      assertEquals(sum == row.path("total").asLong(), check.path("passed").asBoolean(),
          rule + " [" + check.path("scope").asText() + "]");
      verified++;
    }
    assertTrue(verified > 20);
    if (parts[0].equals("applications") && parts[2].equals("total")) {
      JsonNode rowCheck = null;
      for (JsonNode check : applied.path("checks")) {
        if (check.path("rule").asText().equals("applications.rowTotal")
            && check.path("scope").asText().equals(parts[1])) {
          rowCheck = check;
        }
      }
      assertNotNull(rowCheck);
      assertEquals(target.value().longValue(), rowCheck.path("actual").asLong(),
          "the row check compares the reviewed total");
    }
  }

  private static Number truthValue(JsonNode truth, String path) {
    String[] p = path.split("\\.");
    JsonNode v = truth.path("data").path(p[0]).path(p[1]).path(p[2]);
    assertTrue(v.isNumber(), "truth has " + path);
    return v.isIntegralNumber() ? (Number) v.longValue() : v.decimalValue();
  }

  private static void deleteAll(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
