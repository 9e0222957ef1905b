package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Row boundaries whose rule was too pale to be found in some slots: the grid has the boundary
 * (the rule was found elsewhere along it) but {@link SpanResolver} would join the two slots
 * above and below it wherever it is missing, and a figure over a figure is then read as one
 * (1 over 1 as 11, 9 over 2 as 92). Two figures each centred in its own slot, clear of the
 * boundary, are two cells; where two or more slots of a boundary show that, every slot of it
 * whose ink is parted the same way (the labels beside them) gets the rule drawn into the
 * horizontal mask. A cell that truly spans the two rows centres its text over both slots (or
 * across the boundary), and no row of figures stacks two figures in one cell.
 */
final class StackedCells {
  private StackedCells() {}

  /** Farthest a piece's centre is from its slot's middle, in slot heights. */
  static final double CENTRED = 0.25;
  /** Tallest a figure's ink is, in inches (one line of 10.5 pt digits is about 0.11 in). */
  static final double FIGURE_HEIGHT_INCHES = 0.2;
  /** Widest a figure's ink is, in inches (seven digits of 10.5 pt). */
  static final double FIGURE_WIDTH_INCHES = 0.6;

  /** Draws the missing stretches of such boundaries into {@code horizontal}. */
  static void restore(Grid g, Mat textInk, Mat horizontal, double ppi, int tol) {
    int[] xs = g.xs();
    int[] ys = g.ys();
    int pad = Math.max(2, (int) Math.round(ppi * 0.02));
    int clear = Math.max(2, (int) Math.round(ppi * 0.03));
    int thick = Math.max(1, (int) Math.round(ppi * 0.01));
    for (int r = 1; r < g.rows(); r++) {
      List<Integer> parted = new ArrayList<>();
      int figures = 0;
      for (int c = 0; c < g.columns(); c++) {
        if (SpanResolver.coverage(horizontal, ys[r], xs[c], xs[c + 1], tol, true)
            >= SpanResolver.PRESENT) {
          continue;
        }
        int kind = parted(textInk, xs[c] + pad, xs[c + 1] - pad, ys[r - 1] + pad, ys[r],
            ys[r + 1] - pad, clear, ppi);
        if (kind > 0) {
          parted.add(c);
          figures += kind == FIGURES ? 1 : 0;
        }
      }
      if (figures >= 2) {
        for (int c : parted) {
          Imgproc.line(horizontal, new Point(xs[c], ys[r]), new Point(xs[c + 1], ys[r]),
              new Scalar(255), thick);
        }
      }
    }
  }

  private static final int TEXT = 1;
  private static final int FIGURES = 2;

  /**
   * Whether the ink between {@code left} and {@code right} is parted at {@code at}: ink above
   * and below, none within {@code clear} of it, each part centred in its slot ({@code top} to
   * {@code at}, {@code at} to {@code bottom}). {@link #FIGURES} when both parts are one short
   * line each, {@link #TEXT} for other parted ink, 0 when not parted.
   */
  static int parted(Mat textInk, int left, int right, int top, int at, int bottom, int clear,
      double ppi) {
    if (right - left < 3 || at - top < 3 || bottom - at < 3) {
      return 0;
    }
    Mat strip = textInk.submat(new Rect(left, top, right - left, bottom - top));
    Mat ink = Ink.despeckle(strip, ppi);
    OpenCv.release(strip);
    int mid = at - top;
    dropRuleRemnants(ink, mid, clear, ppi);
    Mat rows = new Mat();
    Core.reduce(ink, rows, 1, Core.REDUCE_MAX);
    byte[] p = new byte[bottom - top];
    rows.get(0, 0, p);
    int[] upper = extent(p, 0, mid);
    int[] lower = extent(p, mid, p.length);
    int kind = 0;
    if (upper != null && lower != null && upper[1] < mid - clear && lower[0] > mid + clear
        && centred(upper, 0, mid) && centred(lower, mid, p.length)) {
      kind = TEXT;
      double tall = FIGURE_HEIGHT_INCHES * ppi;
      if (upper[1] - upper[0] < tall && lower[1] - lower[0] < tall
          && width(ink, 0, mid) <= FIGURE_WIDTH_INCHES * ppi
          && width(ink, mid, p.length) <= FIGURE_WIDTH_INCHES * ppi) {
        kind = FIGURES;
      }
    }
    OpenCv.release(ink, rows);
    return kind;
  }

  /**
   * Erases the pieces of the pale rule itself that the ink mask kept: flat strokes (no thicker
   * than a rule, {@link ZeroMarks#MAX_DASH_INCHES}, and wider than thick) within {@code clear}
   * of row {@code at}.
   */
  private static void dropRuleRemnants(Mat ink, int at, int clear, double ppi) {
    double thin = Math.max(2, ZeroMarks.MAX_DASH_INCHES * ppi);
    int[] st = OpenCv.componentStats(ink, 8);
    for (int i = 1; i < st.length / 5; i++) {
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT];
      int y = st[i * 5 + Imgproc.CC_STAT_TOP];
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      if (h <= thin && w >= 2 * h && y >= at - clear && y + h <= at + clear + 1) {
        Imgproc.rectangle(ink, new Point(x, y), new Point(x + w - 1, y + h - 1), new Scalar(0),
            -1);
      }
    }
  }

  /** First and last row from {@code from} (inclusive) to {@code to} holding ink, or null. */
  private static int[] extent(byte[] p, int from, int to) {
    int first = -1;
    int last = -1;
    for (int y = from; y < to; y++) {
      if (p[y] != 0) {
        first = first < 0 ? y : first;
        last = y;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  private static boolean centred(int[] e, int from, int to) {
    double centre = (e[0] + e[1]) / 2.0;
    return Math.abs(centre - (from + to) / 2.0) <= CENTRED * (to - from);
  }

  /** Width of the ink in rows {@code from} to {@code to}. */
  private static int width(Mat ink, int from, int to) {
    Mat band = ink.rowRange(from, to);
    Mat profile = new Mat();
    Core.reduce(band, profile, 0, Core.REDUCE_MAX);
    byte[] p = new byte[ink.cols()];
    profile.get(0, 0, p);
    OpenCv.release(band, profile);
    int[] e = extent(p, 0, p.length);
    return e == null ? 0 : e[1] - e[0] + 1;
  }
}
