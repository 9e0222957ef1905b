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
    List<String> disagreeing = List.of();
    if (byHeader.size() < form.figureCount()) {
      Map<String, Integer> byOrder = columnsByOrder(g, form, dataRow, byHeader);
      if (byOrder != null) {
        columns = byOrder;
        disagreeing = disagreeing(byHeader, byOrder);
        out.warn("HEADER_FALLBACK", g.cellAt(dataRow, byOrder.values().iterator().next()).page(),
            byHeader.isEmpty()
                ? "reviewsAndLawsuits: headers not readable; the " + form.figureCount()
                    + " figures taken in printed order"
                : "reviewsAndLawsuits: " + (form.figureCount() - byHeader.size())
                    + " headers not readable; their figures placed by the template's column order"
                    + " between the " + byHeader.size() + " read");
      }
    }
    for (LabelSet group : form.groups()) {
      boolean columnMissing = false;
      for (LabelSet field : form.fields()) {
        Integer c = columns.get(group.key() + "." + field.key());
        if (c == null) {
          columnMissing = true;
          out.put(group.key(), field.key(), null, null);
          out.warn("MISSING_COLUMN", null,
              "reviewsAndLawsuits." + group.key() + "." + field.key(), "reviewsAndLawsuits." + group.key() + "." + field.key() + ": column not found");
        } else {
          CellValueReader.read(jt, dataRow, c, false, group.key(), field.key(), out);
        }
      }
      if (columnMissing) {
        doubtFound(group, form, columns, out);
      }
    }
    for (String key : disagreeing) {
      String[] gf = key.split("\\.");
      out.doubt(gf[0], gf[1], "its header reads as another column's; the figure is taken by the"
          + " template's column order");
    }
    return out;
  }

  /**
   * Keys taken by printed order whose column a read header put elsewhere, and the keys of the
   * columns such a header was read for: which of the two is right only the order says.
   */
  static List<String> disagreeing(Map<String, Integer> byHeader, Map<String, Integer> byOrder) {
    List<String> out = new ArrayList<>();
    byHeader.forEach((key, column) -> {
      if (!column.equals(byOrder.get(key))) {
        out.add(key);
        byOrder.forEach((other, c) -> {
          if (c.equals(column) && !out.contains(other)) {
            out.add(other);
          }
        });
      }
    });
    return out;
  }

  /**
   * A group with a column not found lost a boundary between its columns: a found column's cell
   * may hold its unfound neighbour's figure (a picture of the table, ruled only horizontally,
   * put 1 of 纠错 under 维持), and with its total missing no check can tell. Its figures are doubted.
   */
  private static void doubtFound(LabelSet group, ReviewsForm form, Map<String, Integer> columns,
      Findings out) {
    for (LabelSet field : form.fields()) {
      if (columns.containsKey(group.key() + "." + field.key())) {
        out.doubt(group.key(), field.key(), "a column of reviewsAndLawsuits." + group.key()
            + " was not found: this figure may be its neighbour's");
      }
    }
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

  /**
   * Figures whose header was not read, placed by the template's order (groups left to right,
   * their five fields each) between figures whose header was read: where the figure cells
   * between two read ones equal the unread headers in number. With no header read, the figure
   * row must hold exactly the template's figures. Null unless every figure is located.
   */
  private static Map<String, Integer> columnsByOrder(Table g, ReviewsForm form, int dataRow,
      Map<String, Integer> byHeader) {
    List<Cell> figures = figureCells(g, dataRow);
    List<String> keys = new ArrayList<>();
    for (LabelSet group : form.groups()) {
      for (LabelSet field : form.fields()) {
        keys.add(group.key() + "." + field.key());
      }
    }
    Map<Integer, RowAligner.Span> anchors = new LinkedHashMap<>();
    int last = -1;
    for (int t = 0; t < keys.size(); t++) {
      Integer c = byHeader.get(keys.get(t));
      if (c == null) {
        continue;
      }
      int i = figures.indexOf(g.cellAt(dataRow, c));
      if (i <= last) {
        // not on the figure row, or out of order: nothing to anchor on but the printed order
        return byHeader.isEmpty() ? null : columnsByOrder(g, form, dataRow, Map.of());
      }
      last = i;
      anchors.put(t, new RowAligner.Span(i, 1));
    }
    Map<Integer, RowAligner.Span> placed = RowAligner.placeByOrder(anchors, figures.size(),
        keys.size(), i -> !isWords(figures.get(i).text()), t -> true);
    if (anchors.size() + placed.size() != keys.size()) {
      // a header misread as its neighbour's (结果 over 结果维持 and 结果纠正) leaves a gap
      // placement cannot fill; a row printing exactly the template's figures still has them
      // all in order
      return byHeader.isEmpty() ? null : columnsByOrder(g, form, dataRow, Map.of());
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int t = 0; t < keys.size(); t++) {
      RowAligner.Span s = anchors.containsKey(t) ? anchors.get(t) : placed.get(t);
      out.put(keys.get(t), figures.get(s.start()).column());
    }
    return out;
  }

  private static boolean isWords(String text) {
    return LabelNormalizer.hasIdeograph(text) && !NumberParser.parseCount(text).readable();
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
