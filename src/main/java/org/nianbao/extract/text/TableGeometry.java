package org.nianbao.extract.text;

import java.util.ArrayList;
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

  /** Clustered x positions of the cell edges on that page. */
  static Boundaries columns(Table t, int page) {
    List<Double> xs = new ArrayList<>();
    for (Cell c : onPage(t, page)) {
      xs.add(c.bbox().left());
      xs.add(c.bbox().right());
    }
    return Boundaries.cluster(xs, SpanGridBuilder.TOLERANCE);
  }

  static boolean hasGeometry(Table t) {
    return !t.cells().isEmpty() && t.cells().stream().allMatch(c -> c.bbox() != null);
  }

  private static List<Cell> onPage(Table t, int page) {
    return t.cells().stream().filter(c -> c.page() == page && c.bbox() != null).toList();
  }
}
