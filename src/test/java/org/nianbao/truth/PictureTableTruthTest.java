package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.emit.ReportJson;
import org.nianbao.extract.image.PictureTables;
import org.nianbao.load.LoadedDocument;
import org.nianbao.load.PdfBoxDocumentLoader;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Report;
import org.nianbao.model.Table;

/**
 * Born-digital reports in which a table (二, 三 or 四) is pasted as a picture: the page keeps its
 * text layer elsewhere, the table is only pixels. The test PDFs are built here from
 * testdata/born-digital: the table's pages are rendered, the table region cropped, the text and
 * rules inside it taken out of the content stream and the crop drawn in their place
 * ({@link PictureTablePdf}). Every figure must equal the generator's truth or be flagged; the
 * template must be detected; only the pictured pages are OCRed, and only inside the picture.
 */
class PictureTableTruthTest {
  private static final AccuracyLedger LEDGER = new AccuracyLedger("picture-tables");
  private static final List<String> TABLE_LINES = new ArrayList<>();
  private static int tableFigures;
  private static int tableCorrect;
  /** Margin of the picture around the table's outer rules. */
  static final double PAD = 4;

  /**
   * A document, the table pasted as a picture, the picture's resolution, and whether its pixels
   * are stored turned (drawn upright by a rotating placement: read from the rendered page).
   */
  record Case(String doc, String role, int dpi, boolean turned) {
    Case(String doc, String role, int dpi) {
      this(doc, role, dpi, false);
    }
  }

  static final List<Case> CASES = List.of(
      new Case("gb2019-02", "activeDisclosure", 150),
      new Case("gb2021-02", "activeDisclosure", 96),
      new Case("gb2021-08", "applications", 200),
      new Case("gb2021-16", "applications", 110),
      new Case("gb2019-04", "reviewsAndLawsuits", 200, true),
      new Case("gb2021-05", "applications", 150));

  @TestFactory
  Stream<DynamicTest> picturedTablesMatchTruth() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.doc() + " " + c.role(), () -> check(c)));
  }

  /** A copy whose pages carry /Rotate 90 reads its pictured table as the upright one does. */
  @org.junit.jupiter.api.Test
  void aTurnedCopyReadsItsPictureAlike() throws Exception {
    Case c = CASES.get(2);
    Path source = TruthDocument.TESTDATA.resolve("born-digital/" + c.doc() + ".pdf");
    JsonNode truth = TruthDocument.load("born-digital").stream()
        .filter(d -> d.pdf().equals(source)).findFirst().orElseThrow().truth();
    Map<Integer, BBox> regions = tableRegions(Nianbao.extract(source), c.role());
    Path pdf = Path.of("target/picture-tables", c.doc() + "-" + c.role() + "-upright.pdf");
    Files.createDirectories(pdf.getParent());
    PictureTablePdf.write(source, regions, c.dpi(), c.turned(), pdf);
    Path turned = Path.of(pdf.toString().replace("-upright.pdf", "-rotate90.pdf"));
    FreshReportsTest.rotateEveryPage(pdf, turned, 90);
    JsonNode actual = ReportJson.toTree(Nianbao.extract(turned, Options.defaults()));
    FigureComparison cmp = FigureComparison.compare(truth, actual);
    assertEquals(List.of(), cmp.mismatches.stream().filter(m -> m.path().startsWith(c.role()))
        .map(Object::toString).toList(), "figures of the pictured table on the turned copy");
  }

  private static void check(Case c) throws Exception {
    Path source = TruthDocument.TESTDATA.resolve("born-digital/" + c.doc() + ".pdf");
    JsonNode truth = TruthDocument.load("born-digital").stream()
        .filter(d -> d.pdf().equals(source)).findFirst().orElseThrow().truth();
    Map<Integer, BBox> regions = tableRegions(Nianbao.extract(source), c.role());
    assertFalse(regions.isEmpty(), "table " + c.role() + " not found in the source");
    Path pdf = Path.of("target/picture-tables", c.doc() + "-" + c.role() + ".pdf");
    Files.createDirectories(pdf.getParent());
    PictureTablePdf.write(source, regions, c.dpi(), c.turned(), pdf);
    try (LoadedDocument d = new PdfBoxDocumentLoader().load(pdf)) {
      for (int page : regions.keySet()) {
        List<PictureTables.Candidate> found = PictureTables.candidates(d.pages().get(page - 1));
        assertEquals(1, found.size(), "pictures to read on page " + page);
        assertEquals(!c.turned(), found.get(0).picture().upright(), "placement of the picture");
      }
    }

    JsonNode actual = ReportJson.toTree(Nianbao.extract(pdf, Options.defaults()));
    Files.writeString(Path.of(pdf.toString().replace(".pdf", ".json")), actual.toPrettyString());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    for (JsonNode page : actual.path("pages")) {
      int n = page.path("number").asInt();
      assertEquals(regions.containsKey(n) ? "text-layer+ocr" : "text-layer",
          page.path("textSource").asText(), "text source of page " + n);
    }
    // the pictured table was read from the picture, on its pages
    int fromPicture = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = actual.path("provenance").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith(c.role() + ".") && e.getValue().path("page").isInt()) {
        assertTrue(regions.containsKey(e.getValue().path("page").asInt()), e.getKey());
        assertTrue(List.of("ocr", "blank-as-zero", "corrected").contains(
            e.getValue().path("source").asText()), e.getKey() + " " + e.getValue());
        fromPicture++;
      }
    }
    assertTrue(fromPicture > 0, "no figure of " + c.role() + " read from the picture");
    // its cells lie where the table was printed: boxes mapped back from the picture
    for (JsonNode t : actual.path("tables")) {
      if (!c.role().equals(t.path("role").asText())) {
        continue;
      }
      assertEquals("image", t.path("method").asText());
      Map<Integer, double[]> extent = new TreeMap<>();
      for (JsonNode cell : t.path("cells")) {
        JsonNode b = cell.path("bbox");
        extent.merge(cell.path("page").asInt(), new double[] {b.path(0).asDouble(),
            b.path(1).asDouble(), b.path(2).asDouble(), b.path(3).asDouble()},
            (x, y) -> new double[] {Math.min(x[0], y[0]), Math.min(x[1], y[1]),
                Math.max(x[2], y[2]), Math.max(x[3], y[3])});
      }
      assertEquals(regions.keySet(), extent.keySet(), "pages of the pictured table");
      extent.forEach((page, e) -> {
        BBox printed = regions.get(page);
        double[] want = {printed.left() + PAD, printed.top() + PAD, printed.right() - PAD,
            printed.bottom() - PAD};
        for (int i = 0; i < 4; i++) {
          assertEquals(want[i], e[i], 3.0, "table extent on page " + page + ": "
              + java.util.Arrays.toString(e) + " printed at " + java.util.Arrays.toString(want));
        }
      });
    }

    FigureComparison cmp = FigureComparison.compare(truth, actual);
    LEDGER.add(c.doc() + "-" + c.role(), cmp);
    int inTable = 0;
    for (Iterator<JsonNode> it = truth.path("data").path(c.role()).elements(); it.hasNext(); ) {
      inTable += it.next().size();
    }
    long wrongInTable = cmp.mismatches.stream().filter(m -> m.path().startsWith(c.role() + "."))
        .count();
    synchronized (TABLE_LINES) {
      tableFigures += inTable;
      tableCorrect += inTable - (int) wrongInTable;
      TABLE_LINES.add(String.format(Locale.ROOT, "  %-12s %-20s %3d dpi%s: %d/%d figures of the picture",
          c.doc(), c.role(), c.dpi(), c.turned() ? ", turned" : "", inTable - wrongInTable, inTable));
    }
    assertEquals(truth.path("report").path("template").asText(),
        actual.path("report").path("template").asText(), "template");
    assertEquals(List.of(), cmp.fieldMismatches, "report fields");
    assertEquals(0, cmp.mismatches.stream().filter(m -> !m.flagged()).count(),
        () -> "wrong figures must be flagged (null, confidence < 0.9 or a failed check): "
            + cmp.mismatches.stream().filter(m -> !m.flagged()).limit(8).toList());
    // figures outside the picture stay as exact as the text layer makes them
    assertEquals(List.of(), cmp.mismatches.stream()
        .filter(m -> !m.path().startsWith(c.role() + ".")).toList(), "figures outside the picture");
  }

  /** Per page, the area of the table read with the given role (union of its cells, padded). */
  static Map<Integer, BBox> tableRegions(Report source, String role) {
    Map<Integer, BBox> out = new TreeMap<>();
    for (Table t : source.tables()) {
      if (!role.equals(source.tableRoles().get(t.id()))) {
        continue;
      }
      for (Cell cell : t.cells()) {
        if (cell.bbox() != null) {
          out.merge(cell.page(), cell.bbox(), BBox::union);
        }
      }
    }
    out.replaceAll((p, b) -> new BBox(b.left() - PAD, b.top() - PAD, b.right() + PAD,
        b.bottom() + PAD));
    return out;
  }

  @AfterAll
  static void report() throws Exception {
    System.out.println(LEDGER.summary());
    LEDGER.lines.forEach(System.out::println);
    System.out.println(String.format(Locale.ROOT,
        "accuracy[picture-tables, figures of the pictured tables]: %d/%d = %.4f",
        tableCorrect, tableFigures, tableFigures == 0 ? 1.0 : tableCorrect / (double) tableFigures));
    TABLE_LINES.forEach(System.out::println);
    LEDGER.write();
  }
}
