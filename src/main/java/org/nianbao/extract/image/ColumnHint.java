package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * The column boundaries of a table's piece on the page before, for cutting its continuation on
 * the next page: a piece ruled only horizontally takes its columns from its own text, and a
 * continuation without the header (rows whose figures leave a column blank, a label reaching
 * into the figure area) may show other gaps than the first piece did. The boundaries are kept as
 * fractions of the table's width, from its left edge to its right, with that width in points: a
 * page scanned at another offset or scale still maps them onto its table, and a table of another
 * width (a landscape page) is not taken for the same one.
 *
 * @param width the table's width in PDF points
 * @param fractions every column boundary, 0 and 1 included, ascending
 */
public record ColumnHint(double width, double[] fractions) {

  /** Width difference (relative) within which a table on the next page may be the same table. */
  static final double SAME_WIDTH = 0.04;

  /** The boundaries of {@code t} from its cells' boxes; null without boxes or columns. */
  public static ColumnHint of(Table t) {
    org.nianbao.model.BBox bounds = t.bounds();
    if (t.columnCount() < 2 || bounds == null || bounds.width() < 1) {
      return null;
    }
    double left = bounds.left();
    double right = bounds.right();
    // the left edge of the cells starting in each column (a column's every cell starts there)
    double[] starts = new double[t.columnCount() + 1];
    boolean[] seen = new boolean[t.columnCount() + 1];
    for (Cell c : t.cells()) {
      if (c.bbox() != null && !seen[c.column()]) {
        starts[c.column()] = c.bbox().left();
        seen[c.column()] = true;
      }
    }
    starts[t.columnCount()] = right;
    seen[t.columnCount()] = true;
    List<Double> xs = new ArrayList<>();
    for (int k = 0; k <= t.columnCount(); k++) {
      if (!seen[k]) {
        return null; // a column no cell starts in: its boundary is not known
      }
      xs.add((starts[k] - left) / (right - left));
    }
    for (int k = 1; k < xs.size(); k++) {
      if (xs.get(k) <= xs.get(k - 1)) {
        return null;
      }
    }
    return new ColumnHint(right - left, xs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The boundaries in pixels on a table from {@code left}, {@code width} pixels wide. */
  int[] on(int left, int width) {
    int[] xs = new int[fractions.length];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = left + (int) Math.round(fractions[k] * width);
    }
    return xs;
  }

  /** Whether a table {@code widthPoints} wide may be the one these boundaries come from. */
  public boolean fits(double widthPoints) {
    return Math.abs(widthPoints - width) <= SAME_WIDTH * width;
  }
}
