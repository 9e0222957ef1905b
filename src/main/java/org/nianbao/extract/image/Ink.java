package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * The ink inside a cell once rules and speckle are ignored: its bounding box, how many text
 * lines it forms, how tall a line is, and the rows [textFrom, textTo) that may hold text (an edge
 * band of noise left out). Null when the cell is blank.
 */
record Ink(Rect box, int lines, int lineHeight, int textFrom, int textTo) {
  /** Ink whose every row may hold text. */
  Ink(Rect box, int lines, int lineHeight) {
    this(box, lines, lineHeight, 0, Integer.MAX_VALUE);
  }

  /**
   * The rows [from, to) of the cell that may hold text: all of them, less a stroke-thin band of
   * edge noise at the top or bottom, parted from the text by a clear row.
   */
  static int[] withoutEdgeBands(int[] rowInk, int edge) {
    List<int[]> parts = runs(rowInk, 1);
    int from = 0;
    int to = rowInk.length;
    if (parts.size() < 2) {
      return new int[] {from, to};
    }
    int tallest = parts.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
    int thin = (int) Math.max(2, tallest * EDGE_BAND_SHARE);
    int[] first = parts.get(0);
    if (first[0] <= edge && first[1] - first[0] <= thin) {
      from = first[1];
      parts.remove(0);
    }
    int[] last = parts.get(parts.size() - 1);
    if (parts.size() >= 2 && last[1] >= rowInk.length - edge && last[1] - last[0] <= thin) {
      to = last[0];
    }
    return new int[] {from, to};
  }

  /** Tallest an edge band may be, as a share of the tallest run of inked rows (the text line). */
  static final double EDGE_BAND_SHARE = 0.35;

  static Ink measure(Mat cellInk, double ppi) {
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 4 * k * k);
    int minTotal = (int) Math.max(10, 12 * k * k);
    OpenCv.Labels components = OpenCv.label(cellInk, 8);
    Mat labels = components.image();
    int[] st = components.stats();
    int n = st.length / 5;
    boolean[] keep = new boolean[n];
    int total = 0;
    for (int i = 1; i < n; i++) {
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      int area = st[i * 5 + Imgproc.CC_STAT_AREA];
      boolean ruleRemnant = (w >= 0.8 * cellInk.cols() && h <= 4 * k)
          || (h >= 0.8 * cellInk.rows() && w <= 4 * k);
      if (area >= minArea && !ruleRemnant) {
        keep[i] = true;
        total += area;
      }
    }
    total -= dropStraySpecks(st, n, keep, minArea);
    if (total < minTotal) {
      components.close();
      return null;
    }
    // rows holding kept ink, to count text lines
    int[] rowInk = new int[cellInk.rows()];
    int[] lab = new int[cellInk.cols()];
    for (int y = 0; y < rowInk.length; y++) {
      labels.get(y, 0, lab);
      for (int v : lab) {
        if (v > 0 && keep[v]) {
          rowInk[y]++;
        }
      }
    }
    components.close();
    // A shaded header row's edge beside a rule binarises as a band of dashes along the cell's
    // top or bottom (150 dpi scans): taken as ink it stretches the crop across the whole cell
    // and is read as glyphs (人和 for 第二十条第(六)项). A band at the edge, a few rows thick
    // against the text's line, parted from it by a clear row, is no text line.
    int[] text = withoutEdgeBands(rowInk, (int) Math.max(3, 6 * k));
    int from = text[0];
    int to = text[1];
    for (int y = 0; y < rowInk.length; y++) {
      if (y < from || y >= to) {
        rowInk[y] = 0;
      }
    }
    List<int[]> runs = runs(rowInk, (int) Math.max(1, 2 * k));
    if (runs.isEmpty()) {
      return null;
    }
    int top = runs.get(0)[0];
    int bottom = runs.get(runs.size() - 1)[1];
    int x1 = Integer.MAX_VALUE;
    int y1 = Integer.MAX_VALUE;
    int x2 = -1;
    int y2 = -1;
    for (int i = 1; i < n; i++) {
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT];
      int y = st[i * 5 + Imgproc.CC_STAT_TOP];
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      if (keep[i] && y < bottom && y + h > top) {
        x1 = Math.min(x1, x);
        y1 = Math.min(y1, y);
        x2 = Math.max(x2, x + w);
        y2 = Math.max(y2, y + h);
      }
    }
    y1 = Math.max(y1, top);
    y2 = Math.min(y2, bottom);
    int tallest = runs.stream().mapToInt(r -> r[1] - r[0]).max().orElse(y2 - y1);
    long lines = runs.stream().filter(r -> r[1] - r[0] >= 0.4 * tallest).count();
    return new Ink(new Rect(x1, y1, x2 - x1, y2 - y1), (int) Math.max(1, lines), tallest,
        from, to);
  }

  /**
   * Drops the dots that lie away from the cell's glyphs (a photocopy's toner specks, read as
   * 。 or “ around a figure); a dot beside them (a decimal point, a minus sign, a comma) stays.
   * Returns the ink area dropped.
   */
  static int dropStraySpecks(int[] st, int n, boolean[] keep, int minArea) {
    int bigArea = minArea * SPECK_TO_GLYPH;
    int x1 = Integer.MAX_VALUE;
    int y1 = Integer.MAX_VALUE;
    int x2 = -1;
    int y2 = -1;
    int tallest = 0;
    for (int i = 1; i < n; i++) {
      if (keep[i] && st[i * 5 + Imgproc.CC_STAT_AREA] >= bigArea) {
        int x = st[i * 5 + Imgproc.CC_STAT_LEFT];
        int y = st[i * 5 + Imgproc.CC_STAT_TOP];
        x1 = Math.min(x1, x);
        y1 = Math.min(y1, y);
        x2 = Math.max(x2, x + st[i * 5 + Imgproc.CC_STAT_WIDTH]);
        y2 = Math.max(y2, y + st[i * 5 + Imgproc.CC_STAT_HEIGHT]);
        tallest = Math.max(tallest, st[i * 5 + Imgproc.CC_STAT_HEIGHT]);
      }
    }
    if (x2 < 0) {
      return 0; // no glyph: a lone dash or dot is what the cell holds
    }
    double mx = 0.6 * tallest;
    double my = 0.3 * tallest;
    int dropped = 0;
    for (int i = 1; i < n; i++) {
      int area = st[i * 5 + Imgproc.CC_STAT_AREA];
      if (!keep[i] || area >= bigArea) {
        continue;
      }
      double cx = st[i * 5 + Imgproc.CC_STAT_LEFT] + st[i * 5 + Imgproc.CC_STAT_WIDTH] / 2.0;
      double cy = st[i * 5 + Imgproc.CC_STAT_TOP] + st[i * 5 + Imgproc.CC_STAT_HEIGHT] / 2.0;
      if (cx < x1 - mx || cx > x2 + mx || cy < y1 - my || cy > y2 + my) {
        keep[i] = false;
        dropped += area;
      }
    }
    return dropped;
  }

  /** How many times a speck's largest area the smallest glyph component is. */
  static final int SPECK_TO_GLYPH = 6;

  /**
   * Runs of inked rows, [start, end): text lines. Wrapped lines set tight can touch (a
   * descender, a speck, a skew remnant): a row with only a trace of ink still separates two.
   */
  static List<int[]> runs(int[] rowInk, int gapMin) {
    int peak = Arrays.stream(rowInk).max().orElse(0);
    int trace = (int) (peak * TRACE);
    List<int[]> runs = new ArrayList<>();
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
    return runs;
  }

  /** Share of the fullest row's ink below which a row counts as a gap between text lines. */
  static final double TRACE = 0.06;

  /** A copy of an ink crop without the specks smaller than a dot of the text. */
  static Mat despeckle(Mat cellInk, double ppi) {
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 4 * k * k);
    OpenCv.Labels components = OpenCv.label(cellInk, 8);
    Mat labels = components.image();
    int[] st = components.stats();
    int n = st.length / 5;
    boolean[] keep = new boolean[n];
    for (int i = 1; i < n; i++) {
      keep[i] = st[i * 5 + Imgproc.CC_STAT_AREA] >= minArea;
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
    components.close();
    return out;
  }

  private static void release(Mat... mats) {
    OpenCv.release(mats);
  }
}
