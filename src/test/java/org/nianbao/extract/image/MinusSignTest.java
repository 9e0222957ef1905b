package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** The minus sign seen in a cell's ink: digits drawn with and without a dash before them. */
class MinusSignTest {
  private static final double PPI = 150;

  /**
   * An ink mask (255 = ink) of a figure cell: "8" (or "84") in Hershey digits about 21 px tall,
   * with a stroke before it from x0 to x1 at height y (none when x1 <= x0).
   */
  private static Mat cell(String digits, int x0, int x1, int y, int thickness) {
    Mat ink = new Mat(40, 120, CvType.CV_8UC1, new Scalar(0));
    Imgproc.putText(ink, digits, new Point(50, 31), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8,
        new Scalar(255), 2);
    if (x1 > x0) {
      Imgproc.line(ink, new Point(x0, y), new Point(x1, y), new Scalar(255), thickness);
    }
    return ink;
  }

  @Test
  void dashBeforeDigitsAtTheirMiddleIsAClearMinus() {
    OpenCv.load();
    // digits span y 10..31; their middle is ~21; a 9 px dash 3 px before the 8
    assertEquals(MinusSign.Seen.CLEAR, MinusSign.find(cell("8", 37, 45, 21, 2), PPI));
    assertEquals(MinusSign.Seen.CLEAR, MinusSign.find(cell("84", 36, 45, 20, 2), PPI));
  }

  @Test
  void plainDigitsHaveNoSign() {
    OpenCv.load();
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("8", 0, 0, 0, 1), PPI));
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("804", 0, 0, 0, 1), PPI));
  }

  @Test
  void strokeAtTheBaselineOrFarAwayIsNoMinus() {
    OpenCv.load();
    // an underscore-like stroke at the digits' foot, a speck far left of the figure
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("8", 37, 45, 33, 2), PPI));
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("8", 2, 10, 21, 2), PPI));
  }

  @Test
  void aShortThickMarkBeforeTheDigitsIsDoubtful() {
    OpenCv.load();
    // too thick for a minus (a blot, or a minus smeared by the scan): not added, but doubtful
    assertEquals(MinusSign.Seen.DOUBTFUL, MinusSign.find(cell("8", 39, 44, 22, 6), PPI));
  }

  @Test
  void dashTouchingTheFirstDigitMakesTheFigureDoubtful() {
    OpenCv.load();
    // the scan joined the dash to the 9: one component, which a 4 without its diagonal can
    // look like too, so the figure is flagged rather than signed
    assertEquals(MinusSign.Seen.DOUBTFUL, MinusSign.find(cell("9", 41, 53, 21, 2), PPI));
  }

  @Test
  void dashWhoseBoxReachesUnderTheFirstDigitIsAClearMinus() {
    OpenCv.load();
    // a 7-like digit whose top bar starts further left than its stem, and a dash apart from it
    // whose box reaches a column into the digit's (as the scanned set's -9 at 200 dpi)
    Mat ink = new Mat(40, 120, CvType.CV_8UC1, new Scalar(0));
    Imgproc.rectangle(ink, new Point(50, 10), new Point(62, 12), new Scalar(255), -1);
    Imgproc.rectangle(ink, new Point(58, 10), new Point(60, 31), new Scalar(255), -1);
    Imgproc.rectangle(ink, new Point(41, 20), new Point(51, 21), new Scalar(255), -1);
    assertEquals(MinusSign.Seen.CLEAR, MinusSign.find(ink, PPI));
  }

  @Test
  void aFourIsNoMinus() {
    OpenCv.load();
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("4", 0, 0, 0, 1), PPI));
    assertEquals(MinusSign.Seen.NONE, MinusSign.find(cell("47", 0, 0, 0, 1), PPI));
  }
}
