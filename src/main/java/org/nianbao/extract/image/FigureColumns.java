package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Column context for OCR confidence: in a column that holds figures, a cell read as anything
 * other than a figure is most likely a misread figure, so it must not look certain.
 */
final class FigureColumns {
  /** Confidence given to non-figure text in a figure column: flagged, never trusted. */
  static final double DOUBTFUL = 0.5;

  private FigureColumns() {}

  static Table flagOddCells(Table t) {
    int[] figures = new int[t.columnCount()];
    int[] others = new int[t.columnCount()];
    int[] rowFigures = new int[t.rowCount()];
    int[] rowOthers = new int[t.rowCount()];
    for (Cell c : t.cells()) {
      if (c.text().isEmpty()) {
        continue;
      }
      boolean fig = figureOrMark(c.text());
      if (c.rowSpan() == 1) {
        (fig ? rowFigures : rowOthers)[c.row()]++;
      }
      if (c.columnSpan() == 1) {
        (fig ? figures : others)[c.column()]++;
      }
    }
    List<Cell> out = new ArrayList<>();
    for (Cell c : t.cells()) {
      boolean figureRow = c.rowSpan() == 1 && c.column() > 0 && c.text().length() <= 3
          && rowFigures[c.row()] >= 3 && rowFigures[c.row()] >= 2 * rowOthers[c.row()];
      boolean figureColumn = (c.columnSpan() == 1 && figures[c.column()] >= 3
          && figures[c.column()] >= 2 * others[c.column()]) || figureRow;
      // header cells sit above the first figure; only doubt cells among the figures, or short
      // ones in a row of figures
      if (figureColumn && !c.text().isEmpty()
          && (figureRow || c.row() > firstFigureRow(t, c.column()))
          && !figureOrMark(c.text())
          && c.confidence() != null && c.confidence() > DOUBTFUL) {
        out.add(c.withText(c.text(), DOUBTFUL));
      } else {
        out.add(c);
      }
    }
    return t.withCells(out);
  }

  /** A figure, or a zero mark printed for 0 (canonical-model.md): at home in a figure column. */
  static boolean figureOrMark(String text) {
    return CellReader.FIGURE.matcher(text).matches() || ZERO_MARK.matcher(text).matches();
  }

  private static final java.util.regex.Pattern ZERO_MARK =
      java.util.regex.Pattern.compile("[-－—/／]|——|无|空");

  private static int firstFigureRow(Table t, int column) {
    return t.cells().stream()
        .filter(c -> c.column() == column && CellReader.FIGURE.matcher(c.text()).matches())
        .mapToInt(Cell::row).min().orElse(Integer.MAX_VALUE);
  }
}
