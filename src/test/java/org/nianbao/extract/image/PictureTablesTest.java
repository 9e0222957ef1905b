package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.Glyph;
import org.nianbao.model.BBox;

/** Which pictures of a text-layer page are read, and how their readings map back to the page. */
class PictureTablesTest {
  private static final double A4_W = 595, A4_H = 842;

  private static List<Glyph> glyphsIn(BBox b, int n) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = b.left() + 2 + (i * 11) % Math.max(11, b.width() - 14);
      double y = b.top() + 2 + 14 * ((i * 11) / Math.max(11, (int) b.width() - 14));
      out.add(new Glyph("字", x, Math.min(y, b.bottom() - 12), 10, 10, "SimSun", 10, false));
    }
    return out;
  }

  @Test
  void sealsAndLogosAreNotRead() {
    assertFalse(PictureTables.worthReading(new BBox(400, 600, 513, 713), A4_W, A4_H, List.of()),
        "a 4 cm seal");
    assertFalse(PictureTables.worthReading(new BBox(72, 40, 132, 100), A4_W, A4_H, List.of()),
        "a logo");
    assertFalse(PictureTables.worthReading(new BBox(72, 40, 300, 110), A4_W, A4_H, List.of()),
        "a banner under 5% of the page");
  }

  @Test
  void tablePicturesWithoutTextAreRead() {
    assertTrue(PictureTables.worthReading(new BBox(60, 200, 540, 700), A4_W, A4_H, List.of()),
        "table 三 as a picture");
    assertTrue(PictureTables.worthReading(new BBox(60, 300, 540, 400), A4_W, A4_H, List.of()),
        "table 四: short but spanning the text width");
    BBox t = new BBox(60, 200, 540, 700);
    assertTrue(PictureTables.worthReading(t, A4_W, A4_H, glyphsIn(t, 3)),
        "a few stray glyphs (a page number) over the picture");
  }

  @Test
  void picturesUnderATextLayerAreNotRead() {
    BBox page = new BBox(0, 0, A4_W, A4_H);
    assertFalse(PictureTables.worthReading(page, A4_W, A4_H, glyphsIn(page, 400)),
        "a scan with its OCR text layer, or a background image under text");
    BBox t = new BBox(60, 200, 540, 700);
    assertFalse(PictureTables.worthReading(t, A4_W, A4_H, glyphsIn(t, 40)));
  }

  @Test
  void boxesOfAnUprightPictureAreShiftedOntoThePage() {
    BBox at = new BBox(50, 60, 250, 160);
    assertEquals(new BBox(60, 70, 80, 90), PictureTables.toPage(new BBox(10, 10, 30, 30), 0, 200,
        100, at));
  }

  @Test
  void boxesOfATurnedPictureAreTurnedBack() {
    BBox at = new BBox(50, 60, 250, 160); // 200 x 100 on the page
    // turned 90° clockwise to read: the reading's frame is 100 wide, 200 high; its top-left
    // corner was the picture's bottom-left
    assertEquals(new BBox(50, 150, 70, 160), PictureTables.toPage(new BBox(0, 0, 10, 20), 90, 200,
        100, at));
    assertEquals(new BBox(230, 60, 250, 70), PictureTables.toPage(new BBox(90, 180, 100, 200), 90,
        200, 100, at));
    assertEquals(new BBox(240, 150, 250, 160), PictureTables.toPage(new BBox(0, 0, 10, 10), 180,
        200, 100, at));
    // turned 270°: the reading's top-left was the picture's top-right
    assertEquals(new BBox(230, 60, 250, 70), PictureTables.toPage(new BBox(0, 0, 10, 20), 270,
        200, 100, at));
  }

  @Test
  void boxesAreScaledWhenTheImageWasScaledToRead() {
    // an image read at twice the size of its place on the page
    BBox at = new BBox(100, 100, 200, 150);
    assertEquals(new BBox(105, 105, 110, 110), PictureTables.toPage(new BBox(10, 10, 20, 20), 0,
        200, 100, at));
  }
}
