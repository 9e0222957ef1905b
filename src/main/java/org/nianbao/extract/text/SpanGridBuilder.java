package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.BBox;

/**
 * Rebuilds a table grid with spans from cell rectangles (as the lattice algorithm finds them,
 * merged cells being larger rectangles): the distinct x and y edges, clustered, are the grid
 * lines, and each rectangle spans as many grid slots as grid lines it crosses.
 */
final class SpanGridBuilder {
  static final double TOLERANCE = 2.5;

  /** The grid: its lines and the placed cells. Overlapping rectangles keep the smaller one. */
  record Grid(Boundaries xs, Boundaries ys, List<GridCell> cells) {
    int rowCount() {
      return Math.max(0, ys.size() - 1);
    }

    int columnCount() {
      return Math.max(0, xs.size() - 1);
    }
  }

  Grid build(List<BBox> rects) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (BBox r : rects) {
      x.add(r.left());
      x.add(r.right());
      y.add(r.top());
      y.add(r.bottom());
    }
    Boundaries xs = Boundaries.cluster(x, TOLERANCE);
    Boundaries ys = Boundaries.cluster(y, TOLERANCE);
    List<BBox> bySize = new ArrayList<>(rects);
    bySize.sort(Comparator.comparingDouble(r -> r.width() * r.height()));
    int rows = Math.max(0, ys.size() - 1);
    int cols = Math.max(0, xs.size() - 1);
    boolean[][] taken = new boolean[rows][cols];
    List<GridCell> cells = new ArrayList<>();
    for (BBox r : bySize) {
      int c0 = xs.nearest(r.left());
      int c1 = xs.nearest(r.right());
      int r0 = ys.nearest(r.top());
      int r1 = ys.nearest(r.bottom());
      if (c1 <= c0 || r1 <= r0 || isTaken(taken, r0, r1, c0, c1)) {
        continue;
      }
      for (int i = r0; i < r1; i++) {
        for (int j = c0; j < c1; j++) {
          taken[i][j] = true;
        }
      }
      cells.add(new GridCell(r0, c0, r1 - r0, c1 - c0, r));
    }
    cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
    return new Grid(xs, ys, cells);
  }

  private static boolean isTaken(boolean[][] taken, int r0, int r1, int c0, int c1) {
    for (int i = r0; i < r1; i++) {
      for (int j = c0; j < c1; j++) {
        if (taken[i][j]) {
          return true;
        }
      }
    }
    return false;
  }
}
