package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OcrEngineTest {
  @Test
  void missingLanguageDataIsReportedNotThrown() {
    Optional<Path> nowhere = Optional.of(Path.of("/nonexistent/tessdata"));
    assertTrue(OcrEngine.tesseract("xx_none", nowhere).isEmpty());
    String reason = OcrEngine.tesseractUnavailableReason("xx_none", nowhere).orElseThrow();
    assertTrue(reason.contains("xx_none"), reason);
  }

  @Test
  void numericLineReadsDigits() {
    Optional<OcrEngine> e = OcrEngine.tesseract("chi_sim", Optional.empty());
    Assumptions.assumeTrue(e.isPresent(), "Tesseract unavailable, skipping");
    try (OcrEngine ocr = e.get()) {
      BufferedImage img = new BufferedImage(300, 80, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 300, 80);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
      g.drawString("20417", 40, 55);
      g.dispose();
      OcrReading r = ocr.read(img, OcrMode.NUMERIC_LINE);
      assertEquals("20417", r.text());
      assertTrue(r.confidence() > 0.8, "confidence " + r.confidence());
      assertEquals(1, r.words().size());
    }
  }

  /**
   * A view the digit model found empty is read by the full model without a second digit-model
   * pass: the same reading as an engine that never saw the view.
   */
  @Test
  void fullModelReadAfterEmptyDigitReadIsAsFresh() {
    Optional<OcrEngine> e = OcrEngine.tesseract("chi_sim", Optional.empty());
    Optional<OcrEngine> f = OcrEngine.tesseract("chi_sim", Optional.empty());
    Assumptions.assumeTrue(e.isPresent() && f.isPresent(), "Tesseract unavailable, skipping");
    try (OcrEngine ocr = e.get(); OcrEngine fresh = f.get()) {
      for (String text : new String[] {"自然人", "7"}) {
        BufferedImage img = rendered(text);
        ocr.readDigits(img, OcrMode.NUMERIC_LINE);
        OcrReading again = ocr.read(img, OcrMode.NUMERIC_LINE);
        OcrReading once = fresh.read(rendered(text), OcrMode.NUMERIC_LINE);
        assertEquals(once.text(), again.text(), text);
        assertEquals(once.confidence(), again.confidence(), 1e-9, text);
      }
    }
  }

  private static BufferedImage rendered(String text) {
    BufferedImage img = new BufferedImage(200, 80, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 80);
    g.setColor(Color.BLACK);
    g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 36));
    g.drawString(text, 30, 55);
    g.dispose();
    return img;
  }
}
