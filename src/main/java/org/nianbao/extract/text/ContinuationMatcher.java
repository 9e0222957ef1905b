package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Decides whether one table continues another on the next page, and if so appends it. */
final class ContinuationMatcher {
  private static final double COLUMN_TOLERANCE = 4.0;
  private static final double SAME_COUNT_TOLERANCE = 8.0;
  private static final int MAX_HEADER_ROWS = 6;

  /** The joined table, or null when {@code next} is not a continuation of {@code first}. */
  Table tryJoin(Table first, Table next, Map<Integer, LoadedPage> pages) {
    int pageA = first.pages().get(first.pages().size() - 1);
    int pageB = next.pages().get(0);
    if (pageB != pageA + 1 || !TableGeometry.hasGeometry(first) || !TableGeometry.hasGeometry(next)) {
      return null;
    }
    LoadedPage a = pages.get(pageA);
    LoadedPage b = pages.get(pageB);
    if (a == null || b == null
        || !PageMargins.nothingBelow(a, TableGeometry.bottom(first, pageA))
        || !PageMargins.nothingAbove(b, TableGeometry.top(next, pageB))) {
      return null;
    }
    Boundaries cols = TableGeometry.columns(first, pageA);
    if (cols.size() != first.columnCount() + 1) {
      cols = TableGeometry.columns(first, first.pages().get(0));
    }
    List<Cell> remapped = remapColumns(next, cols);
    if (remapped == null) {
      return null;
    }
    return append(first, next, remapped);
  }

  /**
   * Next's cells in first's column numbering, or null when its boundaries do not fit: either the
   * same number of boundaries, pairwise within {@link #SAME_COUNT_TOLERANCE} (writers re-balance
   * column widths per page), or a subset of first's boundaries within {@link
   * #COLUMN_TOLERANCE} (merged label cells in the continuation).
   */
  private static List<Cell> remapColumns(Table next, Boundaries cols) {
    Boundaries own = TableGeometry.columns(next, next.pages().get(0));
    if (own.size() < 2) {
      return null;
    }
    int[] index = new int[own.size()];
    boolean sameCount = own.size() == cols.size();
    for (int i = 0; i < own.size(); i++) {
      index[i] =
          sameCount && Math.abs(own.at(i) - cols.at(i)) <= SAME_COUNT_TOLERANCE
              ? i
              : cols.indexOf(own.at(i), COLUMN_TOLERANCE);
      if (index[i] < 0 || (i > 0 && index[i] <= index[i - 1])) {
        return null;
      }
    }
    if (index[0] != 0 || index[own.size() - 1] != cols.size() - 1) {
      return null;
    }
    List<Cell> out = new ArrayList<>();
    for (Cell c : next.cells()) {
      int c0 = index[own.nearest(c.bbox().left())];
      int c1 = index[own.nearest(c.bbox().right())];
      if (c1 <= c0) {
        return null;
      }
      out.add(
          new Cell(c.row(), c0, c.rowSpan(), c1 - c0, c.text(), c.page(), c.bbox(), c.confidence()));
    }
    return out;
  }

  private static Table append(Table first, Table next, List<Cell> nextCells) {
    int drop = repeatedHeaderRows(first, nextCells, next.rowCount());
    List<Cell> body = new ArrayList<>();
    for (Cell c : nextCells) {
      if (c.row() >= drop) {
        body.add(c.withRow(c.row() - drop));
      }
    }
    int bodyRows = next.rowCount() - drop;
    List<Cell> cells = new ArrayList<>(first.cells());
    int offset = first.rowCount();
    if (isSplitRow(first, body)) {
      offset--;
      mergeSplitRow(cells, body, offset);
    }
    for (Cell c : body) {
      cells.add(c.withRow(c.row() + offset));
    }
    List<Integer> pages = new ArrayList<>(first.pages());
    for (int p : next.pages()) {
      if (!pages.contains(p)) {
        pages.add(p);
      }
    }
    int rows = Math.max(first.rowCount(), offset + bodyRows);
    return new Table(first.id(), pages, first.method(), rows, first.columnCount(), cells);
  }

  /** How many leading rows of the continuation repeat first's leading rows exactly. */
  private static int repeatedHeaderRows(Table first, List<Cell> next, int nextRows) {
    int k = 0;
    while (k < MAX_HEADER_ROWS && k < nextRows - 1 && k < first.rowCount()) {
      if (!signature(first.cells(), k).equals(signature(next, k))
          || signature(next, k).isEmpty()) {
        break;
      }
      k++;
    }
    // never cut through a cell spanning across the header boundary
    while (k > 0 && crosses(next, k)) {
      k--;
    }
    return k;
  }

  private static boolean crosses(List<Cell> cells, int boundary) {
    return cells.stream().anyMatch(c -> c.row() < boundary && c.lastRow() >= boundary);
  }

  private static List<String> signature(List<Cell> cells, int row) {
    List<String> sig = new ArrayList<>();
    for (Cell c : cells) {
      if (c.row() == row) {
        sig.add(c.column() + "/" + c.columnSpan() + "/" + c.rowSpan() + "/" + c.text());
      }
    }
    return sig;
  }

  /**
   * The continuation's first row carries on first's last row: same column layout, single-row
   * cells, and no column has text on both sides, with the label column empty in the
   * continuation.
   */
  private static boolean isSplitRow(Table first, List<Cell> body) {
    int last = first.rowCount() - 1;
    List<Cell> a = first.cells().stream().filter(c -> c.row() == last).toList();
    List<Cell> b =
        body.stream()
            .filter(c -> c.row() == 0)
            .sorted(Comparator.comparingInt(Cell::column))
            .toList();
    if (a.isEmpty() || a.size() != b.size()) {
      return false;
    }
    boolean anyA = false;
    boolean anyB = false;
    for (int i = 0; i < a.size(); i++) {
      Cell x = a.get(i);
      Cell y = b.get(i);
      if (x.column() != y.column() || x.columnSpan() != y.columnSpan()
          || x.rowSpan() != 1 || y.rowSpan() != 1) {
        return false;
      }
      if (!x.text().isBlank() && !y.text().isBlank()) {
        return false;
      }
      anyA |= !x.text().isBlank();
      anyB |= !y.text().isBlank();
    }
    return anyA && anyB && b.get(0).text().isBlank();
  }

  private static void mergeSplitRow(List<Cell> cells, List<Cell> body, int row) {
    List<Cell> firstRow = body.stream().filter(c -> c.row() == 0).toList();
    for (Cell y : firstRow) {
      if (y.text().isBlank()) {
        continue;
      }
      cells.removeIf(x -> x.row() == row && x.column() == y.column());
      cells.add(y.withRow(row));
    }
    body.removeIf(c -> c.row() == 0);
  }
}
