package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.emit.ReportJson;
import org.nianbao.ocr.OcrEngine;

/**
 * A PDF whose fonts lost their ToUnicode maps (what many portal PDFs look like: the text layer
 * extracts as "!\"#$%" noise) must be read by OCR, page by page, and every figure that OCR gets
 * wrong must be flagged. Made here from a born-digital test report with known truth.
 */
class GarbageTextLayerTest {
  @TempDir Path tmp;

  @Test
  void garbageTextLayerIsOcred() throws Exception {
    Assumptions.assumeTrue(
        OcrEngine.tesseractUnavailableReason("chi_sim", java.util.Optional.empty()).isEmpty(),
        "Tesseract with chi_sim is not installed");
    TruthDocument source = TruthDocument.load("born-digital").stream()
        .filter(d -> d.pdf().getFileName().toString().equals("gb2021-02.pdf"))
        .findFirst().orElseThrow();
    Path garbled = tmp.resolve("garbled.pdf");
    try (PDDocument d = PDDocument.load(source.pdf().toFile())) {
      for (PDPage p : d.getPages()) {
        PDResources r = p.getResources();
        for (COSName n : r.getFontNames()) {
          r.getFont(n).getCOSObject().removeItem(COSName.TO_UNICODE);
        }
      }
      d.save(garbled.toFile());
    }
    JsonNode out = ReportJson.toTree(Nianbao.extract(garbled, Options.defaults()));
    for (JsonNode page : out.path("pages")) {
      assertEquals("ocr", page.path("textSource").asText(), "page " + page.path("number"));
    }
    FigureComparison c = FigureComparison.compare(source.truth(), out);
    System.out.printf("garbage text layer, OCRed: figures %d/%d%n", c.correct(), c.figures);
    List<FigureComparison.Mismatch> unflagged =
        c.mismatches.stream().filter(m -> !m.flagged()).toList();
    assertEquals(List.of(), unflagged, "wrong figures must be flagged");
    assertTrue(c.correct() > c.figures / 2, "OCR read most figures: " + c.correct());
  }
}
