package org.nianbao.extract.text;

import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Where a table's cells lie on one of its pages. */
final class TableGeometry {
  private TableGeometry() {}

  static double top(Table t, int page) {
    return onPage(t, page).stream().mapToDouble(c -> c.bbox().top()).min().orElse(0);
  }

  static double bottom(Table t, int page) {
    return onPage(t, page).stream().mapToDouble(c -> c.bbox().bottom()).max().orElse(0);
  }

  /**
   * x position of each of the table's column boundaries (0..columnCount), read from the cell
   * edges on {@code page} where that page has the boundary, else from any page; NaN where no
   * cell edge lies on it.
   */
  static double[] columnEdges(Table t, int page) {
    double[] onPage = edgeMeans(onPage(t, page), t.columnCount());
    double[] anywhere = edgeMeans(t.cells().stream().filter(c -> c.bbox() != null).toList(),
        t.columnCount());
    for (int k = 0; k < onPage.length; k++) {
      if (Double.isNaN(onPage[k])) {
        onPage[k] = anywhere[k];
      }
    }
    return onPage;
  }

  private static double[] edgeMeans(List<Cell> cells, int columns) {
    double[] sum = new double[columns + 1];
    int[] n = new int[columns + 1];
    for (Cell c : cells) {
      sum[c.column()] += c.bbox().left();
      n[c.column()]++;
      sum[c.lastColumn() + 1] += c.bbox().right();
      n[c.lastColumn() + 1]++;
    }
    double[] out = new double[columns + 1];
    for (int k = 0; k <= columns; k++) {
      out[k] = n[k] == 0 ? Double.NaN : sum[k] / n[k];
    }
    return out;
  }

  static boolean hasGeometry(Table t) {
    return !t.cells().isEmpty() && t.cells().stream().allMatch(c -> c.bbox() != null);
  }

  private static List<Cell> onPage(Table t, int page) {
    return t.cells().stream().filter(c -> c.page() == page && c.bbox() != null).toList();
  }
}
