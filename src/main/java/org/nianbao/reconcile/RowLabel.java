package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * The label of one or more consecutive grid rows, read from the label area (columns left of the
 * first value column): the rightmost cell is the row's own label (leaf), the merged cells to its
 * left are its parents (e.g. `(三) 不予公开` over its eight sub-rows), found by following spans.
 */
record RowLabel(String leaf, List<String> parents) {

  static RowLabel of(Table t, int firstRow, int rowCount, int labelColumns) {
    List<Cell> leaves = new ArrayList<>();
    List<Cell> parents = new ArrayList<>();
    for (int r = firstRow; r < firstRow + rowCount; r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < labelColumns; c++) {
        Cell cell = t.cellAt(r, c);
        if (cell != null && !cell.text().isBlank() && !cells.contains(cell)) {
          cells.add(cell);
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      Cell leaf = cells.get(cells.size() - 1);
      if (!leaves.contains(leaf)) {
        leaves.add(leaf);
      }
      for (Cell p : cells.subList(0, cells.size() - 1)) {
        if (!parents.contains(p)) {
          parents.add(p);
        }
      }
    }
    parents.removeAll(leaves);
    StringBuilder leafText = new StringBuilder();
    leaves.forEach(c -> leafText.append(c.text()));
    return new RowLabel(leafText.toString(), parents.stream().map(Cell::text).toList());
  }

  boolean isEmpty() {
    return leaf.isBlank();
  }

  /**
   * How well this label fits a template entry: mostly the leaf, the parent group only as a
   * tie-breaker (it may be lost in extraction, so its absence costs little).
   */
  double score(LabelSet entry) {
    double leafScore = entry.score(leaf);
    if (entry.parent() == null) {
      return leafScore;
    }
    double parentScore = 0;
    for (String p : parents) {
      parentScore = Math.max(parentScore, LabelMatcher.similarity(p, entry.parent()));
    }
    return 0.85 * leafScore + 0.15 * parentScore;
  }
}
