package org.nianbao.model;

/**
 * One cell of a table grid. A merged cell is stored once, at its top-left grid position, with
 * its spans; the grid positions it covers hold no other cell.
 *
 * @param text the cell text, lines joined without separators for CJK (may be empty, never null)
 * @param page 1-based page the cell was read on
 * @param bbox position on that page, or null when unknown
 * @param confidence 0..1 reading confidence (1 for a text layer), or null when unknown
 */
public record Cell(
    int row,
    int column,
    int rowSpan,
    int columnSpan,
    String text,
    int page,
    BBox bbox,
    Double confidence) {

  public Cell {
    if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
      throw new IllegalArgumentException(
          "bad cell geometry r=" + row + " c=" + column + " rs=" + rowSpan + " cs=" + columnSpan);
    }
    if (text == null) {
      text = "";
    }
  }

  /** A 1x1 text-layer cell without position, handy for building grids in code and tests. */
  public static Cell of(int row, int column, String text) {
    return new Cell(row, column, 1, 1, text, 1, null, null);
  }

  public static Cell spanning(int row, int column, int rowSpan, int columnSpan, String text) {
    return new Cell(row, column, rowSpan, columnSpan, text, 1, null, null);
  }

  public boolean covers(int r, int c) {
    return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
  }

  public int lastRow() {
    return row + rowSpan - 1;
  }

  public int lastColumn() {
    return column + columnSpan - 1;
  }

  public Cell withRow(int newRow) {
    return new Cell(newRow, column, rowSpan, columnSpan, text, page, bbox, confidence);
  }

  public Cell withText(String newText, Double newConfidence) {
    return new Cell(row, column, rowSpan, columnSpan, newText, page, bbox, newConfidence);
  }
}
