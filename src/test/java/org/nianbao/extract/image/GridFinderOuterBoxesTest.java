package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * {@link GridFinder#outerBoxes} stands in for findContours (RETR_EXTERNAL) + boundingRect: it
 * must give the same boxes, including for shapes inside holes, shapes touching only at a corner
 * and ink on the image edge.
 */
class GridFinderOuterBoxesTest {

  private static List<String> viaFindContours(Mat mask) {
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_EXTERNAL,
        Imgproc.CHAIN_APPROX_SIMPLE);
    List<String> out = new ArrayList<>();
    for (MatOfPoint c : contours) {
      out.add(Imgproc.boundingRect(c).toString());
      OpenCv.release(c);
    }
    OpenCv.release(hierarchy);
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static List<String> viaOuterBoxes(Mat mask) {
    List<String> out = new ArrayList<>();
    for (Rect r : GridFinder.outerBoxes(mask)) {
      out.add(r.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void drawnShapes() {
    OpenCv.load();
    Mat m = Mat.zeros(120, 160, CvType.CV_8UC1);
    Scalar ink = new Scalar(255);
    // a frame with a hole holding a second frame, itself holding a dot: one outer box
    Imgproc.rectangle(m, new Point(10, 10), new Point(80, 70), ink, 2);
    Imgproc.rectangle(m, new Point(25, 25), new Point(60, 55), ink, 1);
    Imgproc.rectangle(m, new Point(40, 38), new Point(42, 40), ink, -1);
    // two blocks meeting only at a corner: 8-connected, one outer contour
    Imgproc.rectangle(m, new Point(100, 10), new Point(109, 19), ink, -1);
    Imgproc.rectangle(m, new Point(110, 20), new Point(119, 29), ink, -1);
    // a frame open on one side (no hole) with a block in its bay: two boxes
    Imgproc.line(m, new Point(95, 50), new Point(150, 50), ink, 1);
    Imgproc.line(m, new Point(95, 50), new Point(95, 90), ink, 1);
    Imgproc.line(m, new Point(95, 90), new Point(150, 90), ink, 1);
    Imgproc.rectangle(m, new Point(110, 65), new Point(120, 75), ink, -1);
    // ink on the image edges
    Imgproc.line(m, new Point(0, 100), new Point(159, 100), ink, 1);
    Imgproc.rectangle(m, new Point(150, 110), new Point(159, 119), ink, -1);
    List<String> expected = viaFindContours(m);
    assertEquals(6, expected.size(), expected.toString());
    assertEquals(expected, viaOuterBoxes(m));
    OpenCv.release(m);
  }

  @Test
  void randomNoise() {
    OpenCv.load();
    Random rnd = new Random(7);
    for (int t = 0; t < 100; t++) {
      Mat m = new Mat(30 + rnd.nextInt(50), 30 + rnd.nextInt(50), CvType.CV_8UC1);
      byte[] px = new byte[m.rows() * m.cols()];
      double p = 0.2 + 0.5 * rnd.nextDouble();
      for (int i = 0; i < px.length; i++) {
        px[i] = rnd.nextDouble() < p ? (byte) 255 : 0;
      }
      m.put(0, 0, px);
      assertEquals(viaFindContours(m), viaOuterBoxes(m), "noise image " + t);
      OpenCv.release(m);
    }
  }
}
