package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/** Rule detection on small drawn images. */
class RuleMasksTest {
  private static final double PPI = 200;

  /**
   * A pale 1-px row rule (gray 215 on white) right under a line of dense dark glyph-like
   * strokes, between two dark column rules, as label cells of scanned tables print it: the
   * local threshold loses it next to the text, the rule must still be found.
   */
  private static BufferedImage paleRuleUnderText() {
    BufferedImage img = new BufferedImage(900, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 300);
    g.setColor(Color.BLACK);
    g.fillRect(50, 40, 2, 220); // column rules
    g.fillRect(850, 40, 2, 220);
    g.fillRect(50, 40, 802, 2); // top rule
    g.fillRect(50, 258, 802, 2); // bottom rule
    // glyph-like strokes in 26-px cells (seeded, irregular as real characters), ending 3 px
    // above the pale rule
    java.util.Random rnd = new java.util.Random(11);
    for (int x = 70; x + 26 < 830; x += 29) {
      for (int k = 0; k < 3; k++) {
        int w = 10 + rnd.nextInt(14);
        g.fillRect(x + rnd.nextInt(26 - w + 1), 122 + rnd.nextInt(24), w, 3);
      }
      for (int k = 0; k < 2; k++) {
        g.fillRect(x + 2 + rnd.nextInt(20), 122 + rnd.nextInt(6), 3, 20);
      }
    }
    g.setColor(new Color(215, 215, 215));
    g.fillRect(52, 151, 798, 1);
    g.dispose();
    return TestImages.noise(img, 4, 7);
  }

  @Test
  void paleRuleDirectlyUnderTextIsFound() {
    OpenCv.load();
    Mat gray = OpenCv.toMat(paleRuleUnderText());
    Mat ink = Binarizer.ink(gray, PPI);
    RuleMasks m = RuleMasks.of(gray, ink, PPI);
    double cov = SpanResolver.coverage(m.horizontal, 151, 52, 850, 8, true);
    assertTrue(cov >= 0.9, "pale rule coverage " + cov);
    // the glyph strokes are no rule
    for (int y = 118; y <= 146; y++) {
      double strokes = SpanResolver.coverage(m.horizontal, y, 52, 850, 0, true);
      assertTrue(strokes < 0.5, "glyph strokes at y=" + y + " taken as a rule: " + strokes);
    }
  }
}
