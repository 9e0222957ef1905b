package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Toner specks around a figure (photocopies) are no part of its ink; its own dots are. */
class InkSpecksTest {
  private static final double PPI = 150;

  /** A 50 x 200 cell's ink mask with "39" at x 80..~110 and a 3x3 dot where asked. */
  private static Mat cell(int dotX, int dotY) {
    Mat ink = new Mat(50, 200, CvType.CV_8UC1, new Scalar(0));
    Imgproc.putText(ink, "39", new Point(80, 33), Imgproc.FONT_HERSHEY_SIMPLEX, 0.6,
        new Scalar(255), 2);
    if (dotX >= 0) {
      Imgproc.rectangle(ink, new Point(dotX, dotY), new Point(dotX + 2, dotY + 2),
          new Scalar(255), -1);
    }
    return ink;
  }

  @Test
  void speckFarFromTheFigureIsDropped() {
    OpenCv.load();
    Ink plain = Ink.measure(cell(-1, 0), PPI);
    Ink specked = Ink.measure(cell(20, 8), PPI);
    assertEquals(plain.box(), specked.box(), "a speck in the cell's corner moves the text box");
  }

  @Test
  void pointRightAfterTheDigitsStays() {
    OpenCv.load();
    Ink plain = Ink.measure(cell(-1, 0), PPI);
    int right = plain.box().x + plain.box().width;
    Ink pointed = Ink.measure(cell(right + 2, 30), PPI);
    assertTrue(pointed.box().x + pointed.box().width >= right + 4,
        "the point after the digits belongs to the figure: " + pointed.box());
  }
}
