package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Labelling into this thread's reused buffer gives what a fresh labelling gives. */
class OpenCvLabelsTest {
  /** A mask of random blobs and lines. */
  private static Mat mask(int rows, int cols, long seed) {
    OpenCv.load();
    Mat m = Mat.zeros(rows, cols, CvType.CV_8UC1);
    Random r = new Random(seed);
    for (int i = 0; i < 60; i++) {
      Point a = new Point(r.nextInt(cols), r.nextInt(rows));
      Point b = new Point(a.x + r.nextInt(40), a.y + r.nextInt(8));
      Imgproc.rectangle(m, a, b, new Scalar(255), -1);
    }
    return m;
  }

  /** Stats rows of OpenCV's own labelling into a fresh label image, sorted. */
  private static List<String> freshStats(Mat mask) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    int[] st = new int[n * 5];
    stats.get(0, 0, st);
    OpenCv.release(labels, stats, centroids);
    return sortedRows(st);
  }

  private static List<String> sortedRows(int[] st) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i < st.length / 5; i++) {
      rows.add(st[i * 5] + "," + st[i * 5 + 1] + "," + st[i * 5 + 2] + "," + st[i * 5 + 3] + ","
          + st[i * 5 + 4]);
    }
    rows.sort(null);
    return rows;
  }

  @Test
  void aReusedBufferOfAnySizeLabelsAsAFreshOne() {
    for (int[] size : new int[][] {{300, 400}, {600, 500}, {120, 700}, {50, 60}}) {
      Mat m = mask(size[0], size[1], size[0] * 31L + size[1]);
      try (OpenCv.Labels l = OpenCv.label(m, 8)) {
        assertEquals(freshStats(m), sortedRows(l.stats()), size[0] + "x" + size[1]);
        assertEquals(m.rows(), l.image().rows());
        assertEquals(m.cols(), l.image().cols());
        // every labelled pixel is ink and every ink pixel labelled
        Mat labelled = new Mat();
        org.opencv.core.Core.compare(l.image(), new Scalar(0), labelled,
            org.opencv.core.Core.CMP_GT);
        Mat differ = new Mat();
        org.opencv.core.Core.compare(labelled, m, differ, org.opencv.core.Core.CMP_NE);
        assertEquals(0, org.opencv.core.Core.countNonZero(differ));
        OpenCv.release(labelled, differ);
      }
      OpenCv.release(m);
    }
  }

  @Test
  void aLabellingWithinAnotherDoesNotOverwriteIt() {
    Mat outer = mask(200, 200, 1);
    Mat inner = mask(200, 200, 2);
    try (OpenCv.Labels a = OpenCv.label(outer, 8)) {
      Mat before = a.image().clone();
      try (OpenCv.Labels b = OpenCv.label(inner, 8)) {
        assertEquals(freshStats(inner), sortedRows(b.stats()));
      }
      Mat differ = new Mat();
      org.opencv.core.Core.compare(before, a.image(), differ, org.opencv.core.Core.CMP_NE);
      assertEquals(0, org.opencv.core.Core.countNonZero(differ));
      OpenCv.release(before, differ);
    }
    OpenCv.release(outer, inner);
  }
}
