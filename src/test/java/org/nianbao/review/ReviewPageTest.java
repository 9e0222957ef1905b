package org.nianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.TextSource;

/**
 * The page image is turned the way the image reader turned it before measuring cells: a mark
 * drawn on the page as scanned must land where the upright frame puts it.
 */
class ReviewPageTest {
  static final int W = 200;
  static final int H = 300;

  /** A white page with a black square centred at (x, y). */
  static BufferedImage marked(int x, int y) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.BLACK);
    g.fillRect(x - 5, y - 5, 10, 10);
    g.dispose();
    return img;
  }

  static double[] inkCentre(BufferedImage img) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xff) < 128) {
          sx += x;
          sy += y;
          n++;
        }
      }
    }
    assertTrue(n > 50, "mark kept");
    return new double[] {sx / n, sy / n};
  }

  static PageInfo ocr(int rotation, double skew) {
    return new PageInfo(1, PageKind.TABLE, TextSource.OCR, rotation, skew);
  }

  @Test
  void aWarningWithoutPathIsPlacedByThePathItsMessageStartsWith() {
    assertEquals("activeDisclosure.licensing", ReviewPage.pathOf(new org.nianbao.model.Warning(
        "NOT_PRINTED", 2, "activeDisclosure.licensing: the table does not print [change]")));
    assertEquals("applications.granted.total", ReviewPage.pathOf(new org.nianbao.model.Warning(
        "LOW_CONFIDENCE", 2, "applications.granted.total", "'0' read with confidence 0.5")));
    assertEquals(null, ReviewPage.pathOf(new org.nianbao.model.Warning(
        "HEADER_FALLBACK", 2, "applications: applicant headers not all readable")));
  }

  @Test
  void textLayerPagesAndUprightScansAreShownAsRendered() {
    BufferedImage img = marked(40, 60);
    assertSame(img, ReviewPage.upright(img, new PageInfo(1, PageKind.TABLE,
        TextSource.TEXT_LAYER, 90, 0)));
    assertSame(img, ReviewPage.upright(img, ocr(0, 0.05)));
  }

  @Test
  void quarterTurnsAreClockwiseAsTheReaderTurnedThePage() {
    // clockwise by 90: (x, y) -> (H - 1 - y, x) in a H x W image
    BufferedImage r90 = ReviewPage.upright(marked(40, 60), ocr(90, 0));
    assertEquals(H, r90.getWidth());
    assertEquals(W, r90.getHeight());
    double[] c = inkCentre(r90);
    assertEquals(H - 60, c[0], 1.0);
    assertEquals(40, c[1], 1.0);

    double[] c270 = inkCentre(ReviewPage.upright(marked(40, 60), ocr(270, 0)));
    assertEquals(60, c270[0], 1.0);
    assertEquals(W - 40, c270[1], 1.0);

    double[] c180 = inkCentre(ReviewPage.upright(marked(40, 60), ocr(180, 0)));
    assertEquals(W - 40, c180[0], 1.0);
    assertEquals(H - 60, c180[1], 1.0);
  }

  @Test
  void skewIsLevelledCounterClockwiseAboutTheCentre() {
    // content skewed clockwise by 2 degrees is turned back counter-clockwise: a mark right of
    // the centre moves up (y decreases) by r * sin(2 degrees)
    double r = 80;
    BufferedImage out = ReviewPage.upright(marked(W / 2 + 80, H / 2), ocr(0, 2.0));
    double[] c = inkCentre(out);
    assertEquals(W / 2.0 + r * Math.cos(Math.toRadians(2)), c[0], 1.0);
    assertEquals(H / 2.0 - r * Math.sin(Math.toRadians(2)), c[1], 1.0);
  }
}
