package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** The skew of a sheet fed sideways, measured on drawn ink. */
class UprightPageTest {
  /**
   * A landscape table (rules across, a column rule every 150 px) skewed 0.7° clockwise, then fed
   * sideways: its rules run down the scan. The skew comes back from the sideways ink.
   */
  @Test
  void sidewaysSheetSkewIsMeasuredAcrossTheTurnedPage() {
    OpenCv.load();
    double tan = Math.tan(Math.toRadians(0.7));
    Mat upright = Mat.zeros(1654, 2339, CvType.CV_8UC1);
    for (int y = 300; y <= 700; y += 50) {
      Imgproc.line(upright, new Point(150, y), new Point(2200, y + 2050 * tan), new Scalar(255), 3);
    }
    for (int x = 150; x <= 2200; x += 150) {
      double dy = (x - 150) * tan;
      Imgproc.line(upright, new Point(x, 300 + dy), new Point(x, 700 + dy), new Scalar(255), 3);
    }
    Mat sideways = new Mat();
    Core.rotate(upright, sideways, Core.ROTATE_90_COUNTERCLOCKWISE);
    assertEquals(0.7, UprightPage.sidewaysSkew(sideways), 0.1);
    Mat otherWay = new Mat();
    Core.rotate(upright, otherWay, Core.ROTATE_90_CLOCKWISE);
    assertEquals(0.7, UprightPage.sidewaysSkew(otherWay), 0.1);
  }
}
