package org.nianbao.extract.image;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * The ink inside a cell once rules and speckle are ignored: its bounding box, how many text
 * lines it forms and how tall a line is. Null when the cell is blank.
 */
record Ink(Rect box, int lines, int lineHeight) {

  static Ink measure(Mat cellInk, double ppi) {
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 4 * k * k);
    int minTotal = (int) Math.max(10, 12 * k * k);
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = Imgproc.connectedComponentsWithStats(cellInk, labels, stats, centroids, 8);
    int x1 = Integer.MAX_VALUE;
    int y1 = Integer.MAX_VALUE;
    int x2 = -1;
    int y2 = -1;
    int total = 0;
    boolean[] keep = new boolean[n];
    for (int i = 1; i < n; i++) {
      int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0];
      int y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
      int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
      int h = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
      int area = (int) stats.get(i, Imgproc.CC_STAT_AREA)[0];
      boolean ruleRemnant = (w >= 0.8 * cellInk.cols() && h <= 4 * k)
          || (h >= 0.8 * cellInk.rows() && w <= 4 * k);
      if (area < minArea || ruleRemnant) {
        continue;
      }
      keep[i] = true;
      total += area;
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x + w);
      y2 = Math.max(y2, y + h);
    }
    if (total < minTotal) {
      release(labels, stats, centroids);
      return null;
    }
    // rows holding kept ink, to count text lines
    int[] rowInk = new int[y2 - y1];
    int[] lab = new int[cellInk.cols()];
    for (int y = y1; y < y2; y++) {
      labels.get(y, 0, lab);
      for (int x = x1; x < x2; x++) {
        if (lab[x] > 0 && keep[lab[x]]) {
          rowInk[y - y1]++;
        }
      }
    }
    release(labels, stats, centroids);
    int gapMin = (int) Math.max(1, 2 * k);
    // wrapped lines set tight can touch (a descender, a speck, a skew remnant): a row with only a
    // trace of ink still separates two lines
    int peak = java.util.Arrays.stream(rowInk).max().orElse(0);
    int trace = (int) (peak * TRACE);
    java.util.List<int[]> runs = new java.util.ArrayList<>();
    int start = -1;
    int lastInk = -100;
    for (int i = 0; i < rowInk.length; i++) {
      if (rowInk[i] > trace) {
        if (start < 0 || i - lastInk > gapMin) {
          if (start >= 0) {
            runs.add(new int[] {start, lastInk + 1});
          }
          start = i;
        }
        lastInk = i;
      }
    }
    if (start >= 0) {
      runs.add(new int[] {start, lastInk + 1});
    }
    int tallest = runs.stream().mapToInt(r -> r[1] - r[0]).max().orElse(y2 - y1);
    long lines = runs.stream().filter(r -> r[1] - r[0] >= 0.4 * tallest).count();
    return new Ink(new Rect(x1, y1, x2 - x1, y2 - y1), (int) Math.max(1, lines), tallest);
  }

  /** Share of the fullest row's ink below which a row counts as a gap between text lines. */
  static final double TRACE = 0.06;

  /** A copy of an ink crop without the specks smaller than a dot of the text. */
  static Mat despeckle(Mat cellInk, double ppi) {
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 4 * k * k);
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = Imgproc.connectedComponentsWithStats(cellInk, labels, stats, centroids, 8);
    boolean[] keep = new boolean[n];
    for (int i = 1; i < n; i++) {
      keep[i] = stats.get(i, Imgproc.CC_STAT_AREA)[0] >= minArea;
    }
    Mat out = Mat.zeros(cellInk.size(), cellInk.type());
    int[] row = new int[cellInk.cols()];
    byte[] outRow = new byte[cellInk.cols()];
    for (int y = 0; y < cellInk.rows(); y++) {
      labels.get(y, 0, row);
      for (int x = 0; x < row.length; x++) {
        outRow[x] = row[x] > 0 && keep[row[x]] ? (byte) 255 : 0;
      }
      out.put(y, 0, outRow);
    }
    release(labels, stats, centroids);
    return out;
  }

  private static void release(Mat... mats) {
    OpenCv.release(mats);
  }
}
