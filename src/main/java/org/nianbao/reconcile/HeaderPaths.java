package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * The header path of a grid column: the distinct non-empty header cells covering it, top to
 * bottom (e.g. 申请人情况 &gt; 法人或其他组织 &gt; 商业企业). Spanning header cells cover every column
 * under them, so a column's key comes from the cells on its path.
 */
final class HeaderPaths {
  private HeaderPaths() {}

  static List<Cell> path(Table t, int column, int firstHeaderRow, int endHeaderRow) {
    List<Cell> out = new ArrayList<>();
    for (int r = firstHeaderRow; r < endHeaderRow; r++) {
      Cell c = t.cellAt(r, column);
      if (c != null && !c.text().isBlank() && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The key of the deepest path cell that matches one of the entries with at least minScore,
   * or null.
   */
  static String deepestMatch(List<Cell> path, List<LabelSet> entries, double minScore) {
    for (int i = path.size() - 1; i >= 0; i--) {
      LabelSet best = null;
      double bestScore = minScore;
      for (LabelSet e : entries) {
        double s = e.score(path.get(i).text());
        if (s >= bestScore) {
          best = e;
          bestScore = s;
        }
      }
      if (best != null) {
        return best.key();
      }
    }
    return null;
  }
}
