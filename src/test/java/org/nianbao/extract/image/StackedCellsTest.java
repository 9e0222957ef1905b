package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Ink parted at a row boundary whose rule was not found (200 dpi, rows 45 px tall). */
class StackedCellsTest {
  private static final double PPI = 200;

  private static Mat cell() {
    OpenCv.load();
    return Mat.zeros(100, 90, CvType.CV_8UC1);
  }

  private static void glyph(Mat ink, int x, int y, int w, int h) {
    Imgproc.rectangle(ink, new Point(x, y), new Point(x + w - 1, y + h - 1), new Scalar(255), 2);
  }

  @Test
  void aFigureCentredInEachSlotIsTwoCells() {
    // slots 5..50 and 50..95; a 1 in each, and a piece of the pale rule itself on the boundary
    Mat ink = cell();
    glyph(ink, 40, 16, 8, 22);
    glyph(ink, 40, 61, 8, 22);
    Imgproc.line(ink, new Point(10, 50), new Point(30, 50), new Scalar(255), 2);
    assertEquals(2, StackedCells.parted(ink, 0, 90, 5, 50, 95, 6, PPI));
  }

  @Test
  void textCentredOverBothSlotsIsOneCell() {
    // a label of two lines set a line apart, centred on the boundary: not parted there
    Mat ink = cell();
    glyph(ink, 10, 24, 70, 22);
    glyph(ink, 10, 53, 40, 22);
    assertEquals(0, StackedCells.parted(ink, 0, 90, 5, 50, 95, 6, PPI));
    // one figure centred over both slots
    Mat one = cell();
    glyph(one, 40, 39, 8, 22);
    assertEquals(0, StackedCells.parted(one, 0, 90, 5, 50, 95, 6, PPI));
    // a figure in one slot only
    Mat upper = cell();
    glyph(upper, 40, 16, 8, 22);
    assertEquals(0, StackedCells.parted(upper, 0, 90, 5, 50, 95, 6, PPI));
  }
}
