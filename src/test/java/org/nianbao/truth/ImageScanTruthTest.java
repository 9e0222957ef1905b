package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.emit.ReportJson;

/**
 * Scans delivered as image files: the pages of a scanned test report saved as one multi-page
 * TIFF, and one page as a PNG, are read like the scanned PDF, against the same truth.
 */
class ImageScanTruthTest {
  private static final String DOC = "gb2021-02";

  private static List<BufferedImage> pageImages(Path pdf) throws Exception {
    List<BufferedImage> out = new ArrayList<>();
    try (PDDocument d = PDDocument.load(pdf.toFile())) {
      for (var page : d.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
            out.add(img.getImage());
          }
        }
      }
    }
    return out;
  }

  @Test
  void aMultiPageTiffReadsLikeTheScannedPdf(@TempDir Path tmp) throws Exception {
    TruthDocument doc = TruthDocument.load("scanned").stream()
        .filter(d -> d.pdf().getFileName().toString().equals(DOC + ".pdf")).findFirst()
        .orElseThrow();
    List<BufferedImage> pages = pageImages(doc.pdf());
    Path tiff = tmp.resolve(DOC + ".tiff");
    ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
      w.setOutput(out);
      w.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        w.writeToSequence(new IIOImage(p, null, null), null);
      }
      w.endWriteSequence();
    } finally {
      w.dispose();
    }
    JsonNode actual = ReportJson.toTree(Nianbao.extract(tiff));
    assertEquals("", ReportSchema.errors(actual));
    assertEquals(pages.size(), actual.path("source").path("pageCount").asInt());
    for (JsonNode p : actual.path("pages")) {
      assertEquals("ocr", p.path("textSource").asText(), "page " + p.path("number"));
    }
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    assertEquals(List.of(), c.fieldMismatches, "report fields");
    assertEquals(0, c.mismatches.stream().filter(m -> !m.flagged()).count(),
        () -> "wrong figures must be flagged: " + c.mismatches);
    assertTrue(c.correct() >= 0.99 * c.figures, c.correct() + "/" + c.figures);
  }

  @Test
  void aPngPageIsAOnePageDocument(@TempDir Path tmp) throws Exception {
    Path pdf = TruthDocument.TESTDATA.resolve("scanned/" + DOC + ".pdf");
    BufferedImage first = pageImages(pdf).get(0);
    Path png = tmp.resolve("page1.png");
    ImageIO.write(first, "png", png.toFile());
    JsonNode actual = ReportJson.toTree(Nianbao.extract(png));
    assertEquals(1, actual.path("source").path("pageCount").asInt());
    assertEquals("page1.png", actual.path("source").path("file").asText());
    JsonNode truth = TruthDocument.load("scanned").stream()
        .filter(d -> d.pdf().equals(pdf)).findFirst().orElseThrow().truth();
    // the first page carries the title: the organisation is read from the image
    assertEquals(truth.path("report").path("organization").asText(),
        actual.path("report").path("organization").asText());
  }
}
