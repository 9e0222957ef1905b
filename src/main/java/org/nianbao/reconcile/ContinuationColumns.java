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
