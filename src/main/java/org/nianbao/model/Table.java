package org.nianbao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table as a grid of cells with spans, whatever it was read from (text layer or image).
 *
 * @param id stable id within the report ("t1", "t2", …) in reading order
 * @param pages 1-based pages the table lies on; several when it continues over a page break
 * @param method how the grid was found: "lattice" (ruling lines), "stream" (text alignment),
 *     "image" (lines detected on a page image, or on a picture drawn on a text-layer page)
 */
public record Table(
    String id, List<Integer> pages, String method, int rowCount, int columnCount,
    List<Cell> cells) {

  public Table {
    pages = List.copyOf(pages);
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    cells = List.copyOf(sorted);
    for (Cell c : cells) {
      if (c.lastRow() >= rowCount || c.lastColumn() >= columnCount) {
        throw new IllegalArgumentException(
            "cell " + c.row() + "," + c.column() + " outside " + rowCount + "x" + columnCount);
      }
    }
  }

  /** The cell whose area covers grid position (row, column), or null for an uncovered slot. */
  public Cell cellAt(int row, int column) {
    for (Cell c : cells) {
      if (c.row() > row) {
        break;
      }
      if (c.covers(row, column)) {
        return c;
      }
    }
    return null;
  }

  /** Text at (row, column), following merged cells; "" where no cell covers it. */
  public String textAt(int row, int column) {
    Cell c = cellAt(row, column);
    return c == null ? "" : c.text();
  }

  /** The union of its cells' boxes, or null when no cell has one. */
  public BBox bounds() {
    BBox b = null;
    for (Cell c : cells) {
      if (c.bbox() != null) {
        b = b == null ? c.bbox() : b.union(c.bbox());
      }
    }
    return b;
  }

  /** Cells whose top-left position is in the given row. */
  public List<Cell> cellsStartingInRow(int row) {
    return cells.stream().filter(c -> c.row() == row).toList();
  }

  public Table withId(String newId) {
    return new Table(newId, pages, method, rowCount, columnCount, cells);
  }

  public Table withCells(List<Cell> newCells) {
    return new Table(id, pages, method, rowCount, columnCount, newCells);
  }
}
