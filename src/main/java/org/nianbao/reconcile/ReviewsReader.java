package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Reads table 四 (reviews and lawsuits) into {@code reviewsAndLawsuits.<group>.<field>}. */
final class ReviewsReader {
  static final String GROUP = "reviewsAndLawsuits";
  private static final double GROUP_MIN_SCORE = 0.6;
  private static final double FIELD_MIN_SCORE = 0.5;

  private ReviewsReader() {}

  static Findings read(JoinedTable jt, ReviewsForm form) {
    Table g = jt.grid();
    Findings out = new Findings(GROUP);
    int dataRow = dataRow(g);
    Map<String, Integer> byHeader = headerColumns(g, form, dataRow);
    Map<String, Integer> columns = byHeader;
    if (byHeader.size() < form.figureCount()) {
      List<Cell> figures = figureCells(g, dataRow);
      if (figures.size() == form.figureCount()) {
        columns = new LinkedHashMap<>();
        int i = 0;
        for (LabelSet group : form.groups()) {
          for (LabelSet field : form.fields()) {
            columns.put(group.key() + "." + field.key(), figures.get(i++).column());
          }
        }
        out.warn("HEADER_FALLBACK", figures.get(0).page(),
            "reviewsAndLawsuits: headers not readable; the " + form.figureCount()
                + " figures taken in printed order");
      }
    }
    for (LabelSet group : form.groups()) {
      for (LabelSet field : form.fields()) {
        Integer c = columns.get(group.key() + "." + field.key());
        if (c == null) {
          out.put(group.key(), field.key(), null, null);
          out.warn("MISSING_COLUMN", null,
              "reviewsAndLawsuits." + group.key() + "." + field.key() + ": column not found");
        } else {
          CellValueReader.read(jt, dataRow, c, false, group.key(), field.key(), out);
        }
      }
    }
    return out;
  }

  /**
   * The figure row: among rows without words, the one with the most printed figures (an OCR
   * slip in one figure must not make the row look like a header); the rows above are the header.
   */
  static int dataRow(Table g) {
    int best = g.rowCount() - 1;
    long bestFigures = 0;
    for (int r = 0; r < g.rowCount(); r++) {
      List<Cell> cells = g.cellsStartingInRow(r);
      boolean anyLabel = cells.stream().anyMatch(c -> LabelNormalizer.hasIdeograph(c.text())
          && !NumberParser.parseCount(c.text()).readable());
      long figures = cells.stream().filter(c -> ApplicationsReader.isFigure(c.text())).count();
      if (!anyLabel && figures > bestFigures) {
        best = r;
        bestFigures = figures;
      }
    }
    return best;
  }

  private static Map<String, Integer> headerColumns(Table g, ReviewsForm form, int dataRow) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int c = 0; c < g.columnCount(); c++) {
      List<Cell> path = HeaderPaths.path(g, c, 0, dataRow);
      int groupAt = -1;
      String group = null;
      for (int i = path.size() - 1; i >= 0 && group == null; i--) {
        group = HeaderPaths.deepestMatch(List.of(path.get(i)), form.groups(), GROUP_MIN_SCORE);
        groupAt = i;
      }
      if (group == null) {
        continue;
      }
      // field headers may be split into single characters over several rows (vertical text)
      StringBuilder below = new StringBuilder();
      for (Cell cell : path.subList(groupAt + 1, path.size())) {
        below.append(cell.text());
      }
      String field = HeaderPaths.deepestMatch(
          List.of(new Cell(0, 0, 1, 1, below.toString(), 1, null, null)), form.fields(),
          FIELD_MIN_SCORE);
      if (field != null) {
        out.putIfAbsent(group + "." + field, c);
      }
    }
    return out;
  }

  /** The distinct cells of the figure row, left to right, blanks included. */
  private static List<Cell> figureCells(Table g, int row) {
    List<Cell> out = new ArrayList<>();
    for (int c = 0; c < g.columnCount(); c++) {
      Cell cell = g.cellAt(row, c);
      if (cell != null && !out.contains(cell)) {
        out.add(cell);
      }
    }
    return out;
  }
}
