package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Decides merged cells: two neighbouring grid slots belong to one cell when the rule between
 * them is missing, i.e. when rule ink covers less than half of their common edge.
 */
final class SpanResolver {
  /** A cell's extent in grid slots. */
  record Span(int row, int column, int rowSpan, int columnSpan) {}

  static final double PRESENT = 0.5;

  private SpanResolver() {}

  static List<Span> resolve(Grid g, RuleMasks masks, double tol) {
    int rows = g.rows();
    int cols = g.columns();
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int t = (int) Math.ceil(tol);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && coverage(masks.vertical, g.xs()[c + 1], g.ys()[r], g.ys()[r + 1], t,
            false) < PRESENT) {
          union(parent, r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && coverage(masks.horizontal, g.ys()[r + 1], g.xs()[c], g.xs()[c + 1], t,
            true) < PRESENT) {
          union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    return spans(parent, rows, cols);
  }

  /**
   * Share of the edge at {@code at} from {@code from} to {@code to} (ends trimmed, so the
   * crossing rules do not count) that has rule ink within ±tol across it.
   */
  static double coverage(Mat mask, int at, int from, int to, int tol, boolean horizontal) {
    int a = from + tol;
    int b = to - tol;
    if (b - a < 2) {
      a = from;
      b = to;
    }
    if (b <= a) {
      return 1;
    }
    int lo = Math.max(0, at - tol);
    int hi = Math.min(horizontal ? mask.rows() : mask.cols(), at + tol + 1);
    Rect band = horizontal ? new Rect(a, lo, b - a, hi - lo) : new Rect(lo, a, hi - lo, b - a);
    band = clip(band, mask);
    if (band.width <= 0 || band.height <= 0) {
      return 0;
    }
    Mat profile = new Mat();
    Mat edge = mask.submat(band);
    Core.reduce(edge, profile, horizontal ? 0 : 1, Core.REDUCE_MAX);
    double cov = Core.countNonZero(profile) / (double) (horizontal ? band.width : band.height);
    OpenCv.release(edge, profile);
    return cov;
  }

  private static Rect clip(Rect r, Mat m) {
    int x = Math.max(0, r.x);
    int y = Math.max(0, r.y);
    int x2 = Math.min(m.cols(), r.x + r.width);
    int y2 = Math.min(m.rows(), r.y + r.height);
    return new Rect(x, y, x2 - x, y2 - y);
  }

  private static List<Span> spans(int[] parent, int rows, int cols) {
    int n = rows * cols;
    int[] minR = new int[n];
    int[] maxR = new int[n];
    int[] minC = new int[n];
    int[] maxC = new int[n];
    int[] size = new int[n];
    java.util.Arrays.fill(minR, Integer.MAX_VALUE);
    java.util.Arrays.fill(minC, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      int r = i / cols;
      int c = i % cols;
      minR[root] = Math.min(minR[root], r);
      maxR[root] = Math.max(maxR[root], r);
      minC[root] = Math.min(minC[root], c);
      maxC[root] = Math.max(maxC[root], c);
      size[root]++;
    }
    List<Span> out = new ArrayList<>();
    boolean[] used = new boolean[n];
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (used[i]) {
        continue;
      }
      int area = (maxR[root] - minR[root] + 1) * (maxC[root] - minC[root] + 1);
      if (area == size[root]) {
        // a rectangle: one merged cell
        out.add(new Span(minR[root], minC[root], maxR[root] - minR[root] + 1,
            maxC[root] - minC[root] + 1));
        for (int j = 0; j < n; j++) {
          if (find(parent, j) == root) {
            used[j] = true;
          }
        }
      } else {
        // an L-shaped region (a rule broken by a stamp or a fold): keep the slot on its own
        // rather than invent a merge that overlaps other cells
        out.add(new Span(i / cols, i % cols, 1, 1));
        used[i] = true;
      }
    }
    return out;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }
}
