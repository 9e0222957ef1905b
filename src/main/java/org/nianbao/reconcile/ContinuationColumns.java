package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * The piece of a template table continued on the next page, put into the columns of its first
 * piece when the two were split into different column counts (a table ruled only horizontally,
 * its columns taken from the text of each page: a wrapped label shows a gap on one page and
 * not on the other). The template fixes the number of figure columns, the rightmost ones in
 * both pieces; they line up one to one. The label columns left of them are lined up from the
 * right (the row's own label is the rightmost, its groups to the left), and label cells that
 * then fall on one slot of a row are joined. A piece whose figure area is not clean (a figure
 * as the last label of a row, words in the figure area, a cell with text across the
 * label/figure boundary) is left as it is: its columns cannot be told.
 */
final class ContinuationColumns {
  private ContinuationColumns() {}

  /**
   * {@code next} in the columns of {@code first}, of which the last {@code figureColumns} hold
   * the figures: by count when {@code next} shows as many figure columns, else by the position
   * of its figure columns on the page ({@link #byPosition}); null when neither lines it up.
   */
  static Table realign(Table next, Table first, int figureColumns) {
    Table byCount = realign(next, first.columnCount(), figureColumns);
    return byCount != null ? byCount : byPosition(next, first, figureColumns);
  }

  /**
   * {@code next} in {@code columns} columns of which the last {@code figureColumns} hold the
   * figures, or null when its columns cannot be lined up so.
   */
  static Table realign(Table next, int columns, int figureColumns) {
    int labels = columns - figureColumns;
    int nextLabels = next.columnCount() - figureColumns;
    if (labels < 1 || nextLabels < 1) {
      return null;
    }
    if (next.columnCount() == columns) {
      return next;
    }
    List<Cell> placed = new ArrayList<>();
    for (int r = 0; r < next.rowCount(); r++) {
      Cell lastLabel = null;
      for (Cell c : next.cellsStartingInRow(r)) {
        boolean blank = c.text().isBlank();
        if (c.column() < nextLabels && c.lastColumn() >= nextLabels) {
          if (!blank) {
            return null; // text across the boundary: the figure area is not where it seems
          }
          continue;
        }
        if (c.column() < nextLabels && !blank) {
          lastLabel = c;
        }
        if (c.column() >= nextLabels && !blank
            && !NumberParser.parseCount(c.text()).readable()) {
          return null; // a label in the figure area: a figure column is missing here
        }
      }
      if (lastLabel != null && ApplicationsReader.isFigure(lastLabel.text())) {
        return null; // a figure left of the figure area: a figure column may be missing
      }
    }
    int shift = nextLabels - labels;
    for (Cell c : next.cells()) {
      if (c.column() < nextLabels && c.lastColumn() >= nextLabels) {
        continue; // blank across the boundary (checked above)
      }
      Cell moved = c.column() >= nextLabels
          ? moved(c, c.column() - nextLabels + labels, c.lastColumn() - nextLabels + labels)
          : moved(c, Math.max(0, c.column() - shift), Math.max(0, c.lastColumn() - shift));
      if (!place(placed, moved)) {
        return null;
      }
    }
    return new Table(next.id(), next.pages(), next.method(), next.rowCount(), columns, placed);
  }

  /**
   * {@code next} showing fewer figure columns than the template (a column blank all down this
   * page left no trace in the text the page's columns were taken from, and the page repeats no
   * header): each of its figure columns goes to the figure column of {@code first} it overlaps
   * most on the page, the labels are lined up from the right. Null when a figure column's place
   * is not clear (no position, an overlap not well ahead of the next best, two on one column or
   * out of order), or the figure area is not clean as for {@link #realign(Table, int, int)}.
   */
  static Table byPosition(Table next, Table first, int figureColumns) {
    int columns = first.columnCount();
    int labels = columns - figureColumns;
    int nextLabels = 0;
    for (Cell c : next.cells()) {
      if (!c.text().isBlank() && !NumberParser.parseCount(c.text()).readable()) {
        nextLabels = Math.max(nextLabels, c.lastColumn() + 1);
      }
    }
    int nextFigures = next.columnCount() - nextLabels;
    if (labels < 1 || nextLabels < 1 || nextFigures < 1 || nextFigures >= figureColumns) {
      return null;
    }
    double[][] slots = new double[figureColumns][];
    for (int k = 0; k < figureColumns; k++) {
      slots[k] = extent(first, labels + k, first.pages().get(0));
      if (slots[k] == null) {
        return null;
      }
    }
    int[] target = new int[nextFigures];
    for (int k = 0; k < nextFigures; k++) {
      double[] x = extent(next, nextLabels + k, next.pages().get(0));
      if (x == null) {
        return null;
      }
      int best = -1;
      double bestOverlap = 0;
      double second = 0;
      for (int s = 0; s < figureColumns; s++) {
        double o = Math.min(x[1], slots[s][1]) - Math.max(x[0], slots[s][0]);
        if (o > bestOverlap) {
          second = bestOverlap;
          bestOverlap = o;
          best = s;
        } else if (o > second) {
          second = o;
        }
      }
      // a column that took a blank neighbour's room overlaps it by half a column at most
      if (best < 0 || bestOverlap < 1.5 * second || k > 0 && best <= target[k - 1]) {
        return null;
      }
      target[k] = best;
    }
    List<Cell> placed = new ArrayList<>();
    int shift = nextLabels - labels;
    for (Cell c : next.cells()) {
      Cell moved;
      if (c.column() >= nextLabels) {
        if (c.columnSpan() > 1) {
          if (!c.text().isBlank()) {
            return null; // a figure over two columns: which one is not known
          }
          continue;
        }
        int to = labels + target[c.column() - nextLabels];
        moved = moved(c, to, to);
      } else if (c.lastColumn() >= nextLabels) {
        continue; // blank across the boundary (labels end before nextLabels)
      } else {
        moved = moved(c, Math.max(0, c.column() - shift), Math.max(0, c.lastColumn() - shift));
      }
      if (!place(placed, moved)) {
        return null;
      }
    }
    return new Table(next.id(), next.pages(), next.method(), next.rowCount(), columns, placed);
  }

  /** Left and right edge on {@code page} of the table's column, from its one-column cells. */
  private static double[] extent(Table t, int column, int page) {
    for (Cell c : t.cells()) {
      if (c.column() == column && c.columnSpan() == 1 && c.page() == page && c.bbox() != null) {
        return new double[] {c.bbox().left(), c.bbox().right()};
      }
    }
    return null;
  }

  private static Cell moved(Cell c, int first, int last) {
    return new Cell(c.row(), first, c.rowSpan(), last - first + 1, c.text(), c.page(), c.bbox(),
        c.confidence());
  }

  /**
   * Adds {@code c} unless it overlaps a placed cell: a blank one gives way, a label cell
   * starting in the same row is joined with it (text in column order); false for any other
   * overlap.
   */
  private static boolean place(List<Cell> placed, Cell c) {
    for (int i = 0; i < placed.size(); i++) {
      Cell p = placed.get(i);
      if (!overlap(p, c)) {
        continue;
      }
      if (c.text().isBlank()) {
        return true;
      }
      if (p.text().isBlank()) {
        placed.remove(i);
        return place(placed, c);
      }
      if (p.row() != c.row() || p.rowSpan() != c.rowSpan()) {
        return false;
      }
      Cell left = p.column() <= c.column() ? p : c;
      Cell right = left == p ? c : p;
      int first = Math.min(p.column(), c.column());
      int last = Math.max(p.lastColumn(), c.lastColumn());
      Double confidence = p.confidence() == null ? c.confidence() : p.confidence();
      if (p.confidence() != null && c.confidence() != null) {
        confidence = Math.min(p.confidence(), c.confidence());
      }
      placed.remove(i);
      return place(placed, new Cell(p.row(), first, p.rowSpan(), last - first + 1,
          left.text() + right.text(), p.page(), left.bbox(), confidence));
    }
    placed.add(c);
    return true;
  }

  private static boolean overlap(Cell a, Cell b) {
    return a.row() <= b.lastRow() && b.row() <= a.lastRow()
        && a.column() <= b.lastColumn() && b.column() <= a.lastColumn();
  }
}
