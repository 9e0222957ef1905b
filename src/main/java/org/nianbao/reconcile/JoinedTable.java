package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.model.ValueSource;

/**
 * One template table as a single grid, even when the extractor delivered it in several pieces
 * (a page join that failed). Remembers which piece each grid row came from, so provenance
 * still names the original table id and row.
 */
final class JoinedTable {
  private record Piece(Table table, int firstRow) {}

  private final Table grid;
  private final List<Piece> pieces;

  private JoinedTable(Table grid, List<Piece> pieces) {
    this.grid = grid;
    this.pieces = List.copyOf(pieces);
  }

  static JoinedTable of(Table t) {
    return new JoinedTable(t, List.of(new Piece(t, 0)));
  }

  /**
   * This grid with {@code next}'s rows appended below, as wide as the wider of the two. Columns
   * line up only when the counts agree; otherwise the rows keep their own columns (table 二's
   * blocks, each read under its own header row).
   */
  JoinedTable append(Table next) {
    int offset = grid.rowCount();
    List<Cell> cells = new ArrayList<>(grid.cells());
    next.cells().forEach(c -> cells.add(c.withRow(c.row() + offset)));
    Set<Integer> pages = new LinkedHashSet<>(grid.pages());
    pages.addAll(next.pages());
    Table joined = new Table(grid.id(), List.copyOf(pages), grid.method(),
        offset + next.rowCount(), Math.max(grid.columnCount(), next.columnCount()), cells);
    List<Piece> ps = new ArrayList<>(pieces);
    ps.add(new Piece(next, offset));
    return new JoinedTable(joined, ps);
  }

  Table grid() {
    return grid;
  }

  List<String> tableIds() {
    return pieces.stream().map(p -> p.table().id()).toList();
  }

  String tableIdAt(int row) {
    return piece(row).table().id();
  }

  int originalRow(int row) {
    return row - piece(row).firstRow();
  }

  /** Cells of an image-detected table were read by OCR; everything else comes from the text layer. */
  ValueSource sourceAt(int row) {
    return "image".equalsIgnoreCase(piece(row).table().method()) ? ValueSource.OCR : ValueSource.TEXT_LAYER;
  }

  private Piece piece(int row) {
    Piece found = pieces.get(0);
    for (Piece p : pieces) {
      if (p.firstRow() <= row) {
        found = p;
      }
    }
    return found;
  }
}
