package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Line counting on drawn ink masks (150 dpi: a 10.5pt line is ~20 px tall). */
class InkTest {
  private static final double PPI = 150;

  /** A text-line-like block: columns of vertical strokes with a few cross strokes. */
  private static void line(Mat m, int top, int height, int left, int right) {
    for (int x = left; x < right; x += 7) {
      Imgproc.rectangle(m, new Point(x, top), new Point(x + 2, top + height - 1), new Scalar(255), -1);
    }
    for (int y = top + 2; y < top + height; y += 6) {
      Imgproc.rectangle(m, new Point(left, y), new Point(right, y + 1), new Scalar(255), -1);
    }
  }

  @Test
  void wrappedLinesThatTouchAreStillTwoLines() {
    OpenCv.load();
    Mat m = Mat.zeros(60, 400, CvType.CV_8UC1);
    line(m, 5, 19, 10, 380);
    line(m, 27, 19, 10, 200);
    // a descender and a speck bridge the 3-px gap between the lines
    Imgproc.rectangle(m, new Point(50, 20), new Point(52, 30), new Scalar(255), -1);
    Imgproc.rectangle(m, new Point(120, 22), new Point(123, 28), new Scalar(255), -1);
    Ink ink = Ink.measure(m, PPI);
    assertEquals(2, ink.lines());
    assertEquals(19, ink.lineHeight(), 2);
  }

  @Test
  void oneLineIsOneLine() {
    OpenCv.load();
    Mat m = Mat.zeros(40, 400, CvType.CV_8UC1);
    line(m, 10, 19, 10, 380);
    Ink ink = Ink.measure(m, PPI);
    assertEquals(1, ink.lines());
    assertEquals(19, ink.lineHeight(), 1);
  }

  /**
   * A shaded header row's edge beside a rule binarises as a band of dashes a stroke thick along
   * the cell's top, as on the 150-dpi scans: it is no text line and no part of the text's box.
   */
  @Test
  void aDashedBandAlongTheTopEdgeIsNotText() {
    OpenCv.load();
    Mat m = Mat.zeros(40, 400, CvType.CV_8UC1);
    for (int x = 2; x < 396; x += 9) {
      Imgproc.rectangle(m, new Point(x, 0), new Point(x + 4, 1), new Scalar(255), -1);
    }
    line(m, 12, 19, 150, 250);
    Ink ink = Ink.measure(m, PPI);
    assertEquals(1, ink.lines());
    assertEquals(150, ink.box().x, 1);
    assertEquals(12, ink.box().y, 1);
    assertEquals(100, ink.box().width, 3);
  }

  /** A lone thin line (a dash in a figure cell) is the cell's text, edge or not. */
  @Test
  void aLoneThinLineIsKept() {
    OpenCv.load();
    Mat m = Mat.zeros(40, 400, CvType.CV_8UC1);
    Imgproc.rectangle(m, new Point(190, 1), new Point(205, 2), new Scalar(255), -1);
    Ink ink = Ink.measure(m, PPI);
    assertEquals(1, ink.lines());
    assertEquals(190, ink.box().x, 1);
  }

  /**
   * Inked pixels per row of the 第二十条第(六)项 cell on gb2019-01 page 3 (150 dpi): the shaded
   * header's edge under the rule (rows 0-4, denser than the text) and the text line (rows 6-25),
   * parted by one near-empty row. The text starts after the band.
   */
  @Test
  void theEdgeBandOfAShadedHeaderIsCutOff() {
    int[] rows = {215, 176, 116, 51, 23, 8, 28, 61, 88, 96, 96, 102, 95, 103, 92, 100, 90, 89, 93,
        87, 86, 86, 86, 85, 53, 23, 0, 0, 0, 0, 0, 0, 0};
    assertEquals(5, Ink.withoutEdgeBands(rows, 6)[0]);
    assertEquals(33, Ink.withoutEdgeBands(rows, 6)[1]);
    // the same band away from the edge is a line of its own (a dash, a short stroke): kept
    int[] inside = new int[45];
    System.arraycopy(rows, 0, inside, 12, rows.length);
    assertEquals(0, Ink.withoutEdgeBands(inside, 6)[0]);
  }
}
