package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.emit.ReportJson;
import org.nianbao.extract.image.PictureTables;
import org.nianbao.load.LoadedDocument;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.PdfBoxDocumentLoader;
import org.nianbao.model.BBox;
import org.nianbao.pipeline.DefaultStages;

/**
 * Pictures on text-layer pages that are not read: a seal and a logo are too small, and with OCR
 * off or unavailable a table picture is named in a warning and its figures stay null.
 */
class PicturePagesTest {
  private static final Path OUT = Path.of("target/picture-tables");

  private static JsonNode truthOf(Path pdf) {
    return TruthDocument.load("born-digital").stream().filter(d -> d.pdf().equals(pdf))
        .findFirst().orElseThrow().truth();
  }

  @Test
  void aSealAndALogoAreNotOcred() throws Exception {
    Path source = TruthDocument.TESTDATA.resolve("born-digital/gb2021-11.pdf");
    Path pdf = OUT.resolve("gb2021-11-seal-logo.pdf");
    Files.createDirectories(OUT);
    try (PDDocument doc = PDDocument.load(source.toFile())) {
      PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
      PDPage first = doc.getPage(0);
      float h = first.getMediaBox().getHeight();
      PDImageXObject seal = LosslessFactory.createFromImage(doc, seal(300));
      PDImageXObject logo = LosslessFactory.createFromImage(doc, logo(200));
      try (PDPageContentStream cs = new PDPageContentStream(doc, last,
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.drawImage(seal, 380, 80, 120, 120); // a 4 cm seal over the signature area
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, first,
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.drawImage(logo, 40, h - 90, 60, 60);
      }
      doc.save(pdf.toFile());
    }
    try (LoadedDocument doc = new PdfBoxDocumentLoader().load(pdf)) {
      LoadedPage first = doc.pages().get(0);
      LoadedPage last = doc.pages().get(doc.pageCount() - 1);
      assertEquals(1, first.pictures().size(), "the logo is found");
      assertEquals(1, last.pictures().size(), "the seal is found");
      BBox logoBox = first.pictures().get(0).box();
      assertEquals(40, logoBox.left(), 0.5);
      assertEquals(30, logoBox.top(), 0.5);
      assertEquals(60, logoBox.width(), 0.5);
      assertTrue(PictureTables.candidates(first).isEmpty());
      assertTrue(PictureTables.candidates(last).isEmpty());
    }
    JsonNode actual = ReportJson.toTree(Nianbao.extract(pdf));
    for (JsonNode page : actual.path("pages")) {
      assertEquals("text-layer", page.path("textSource").asText(), "page " + page.path("number"));
    }
    for (JsonNode w : actual.path("warnings")) {
      assertFalse(w.path("code").asText().startsWith("OCR"), w.toString());
    }
    FigureComparison c = FigureComparison.compare(truthOf(source), actual);
    assertEquals(List.of(), c.mismatches);
    assertEquals(List.of(), c.fieldMismatches);
  }

  @Test
  void withOcrOffATablePictureIsNamedAndItsFiguresStayNull() throws Exception {
    Path pdf = pictured("gb2021-02", "activeDisclosure");
    JsonNode actual = ReportJson.toTree(Nianbao.extract(pdf,
        Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build()));
    assertEquals("", ReportSchema.errors(actual));
    assertNamedWarning(actual, "OCR_SKIPPED");
    assertNoFigureOf(actual, "activeDisclosure");
  }

  @Test
  void withoutAnOcrEngineATablePictureIsNamedAndItsFiguresStayNull() throws Exception {
    Path pdf = pictured("gb2021-02", "activeDisclosure");
    JsonNode actual;
    try (Nianbao noEngine =
        Nianbao.with(DefaultStages.create().withImageReader(null), Options.defaults())) {
      actual = ReportJson.toTree(noEngine.extractFile(pdf));
    }
    assertEquals("", ReportSchema.errors(actual));
    assertNamedWarning(actual, "OCR_UNAVAILABLE");
    assertNoFigureOf(actual, "activeDisclosure");
  }

  private static Path pictured(String doc, String role) throws Exception {
    Path source = TruthDocument.TESTDATA.resolve("born-digital/" + doc + ".pdf");
    Map<Integer, BBox> regions =
        PictureTableTruthTest.tableRegions(Nianbao.extract(source), role);
    Path pdf = OUT.resolve(doc + "-" + role + "-unread.pdf");
    Files.createDirectories(OUT);
    PictureTablePdf.write(source, regions, 150, pdf);
    return pdf;
  }

  private static void assertNamedWarning(JsonNode actual, String code) {
    boolean named = false;
    for (JsonNode w : actual.path("warnings")) {
      named |= w.path("code").asText().equals(code) && w.path("message").asText().contains("image ");
    }
    assertTrue(named, "a " + code + " warning naming the picture: " + actual.path("warnings"));
    for (JsonNode page : actual.path("pages")) {
      assertEquals("text-layer", page.path("textSource").asText());
    }
  }

  /** Not read is null, never a guess. */
  private static void assertNoFigureOf(JsonNode actual, String group) {
    for (Iterator<JsonNode> items = actual.path("data").path(group).elements(); items.hasNext(); ) {
      for (Iterator<JsonNode> f = items.next().elements(); f.hasNext(); ) {
        JsonNode v = f.next();
        assertTrue(v.isNull(), group + " figure " + v + " read from nowhere");
      }
    }
  }

  private static BufferedImage seal(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.setColor(new Color(220, 30, 30));
    g.setStroke(new BasicStroke(size / 25f));
    g.drawOval(size / 20, size / 20, size * 9 / 10, size * 9 / 10);
    g.fillPolygon(new int[] {size / 2, size * 6 / 10, size * 4 / 10},
        new int[] {size * 3 / 10, size * 6 / 10, size * 6 / 10}, 3);
    g.dispose();
    return img;
  }

  private static BufferedImage logo(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(20, 60, 160));
    g.fillRect(0, 0, size, size);
    g.setColor(Color.YELLOW);
    g.fillOval(size / 4, size / 4, size / 2, size / 2);
    g.dispose();
    return img;
  }
}
