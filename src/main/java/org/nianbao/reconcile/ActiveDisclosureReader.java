package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Reads table 二 (active disclosure). The table is a stack of blocks, each with its own header
 * row (信息内容 | field headers) that fixes the column of each field for the item rows below it,
 * until the next header row.
 */
final class ActiveDisclosureReader {
  static final String GROUP = "activeDisclosure";
  private static final double HEADER_ROW_MIN_SCORE = 0.7;
  private static final double ITEM_MIN_SCORE = 0.6;
  private static final double FIELD_MIN_SCORE = 0.5;

  private ActiveDisclosureReader() {}

  static Findings read(JoinedTable jt, ActiveDisclosureForm form) {
    Table g = jt.grid();
    Findings out = new Findings(GROUP);
    List<Integer> headerRows = headerRows(g, form);
    int labelColumns = labelColumns(g, headerRows);
    List<Integer> itemRows = new ArrayList<>();
    for (int r = 0; r < g.rowCount(); r++) {
      if (!headerRows.contains(r)) {
        itemRows.add(r);
      }
    }
    Map<Integer, RowAligner.Span> matched = alignItems(g, form, itemRows, labelColumns);
    Map<Integer, RowAligner.Span> placed = RowAligner.placeByOrder(matched, itemRows.size(),
        form.items().size(), i -> mayBeItem(g, itemRows.get(i), labelColumns)
            || blankItem(g, itemRows.get(i), labelColumns)
            // a block's title is followed by its header row, an item never is
            && !headerRows.contains(itemRows.get(i) + 1), t -> true);
    for (int t = 0; t < form.items().size(); t++) {
      ActiveDisclosureForm.Item item = form.items().get(t);
      RowAligner.Span span = matched.containsKey(t) ? matched.get(t) : placed.get(t);
      if (span != null && placed.containsKey(t)) {
        int r = itemRows.get(span.start());
        Cell label = g.cellAt(r, 0);
        out.placedByOrder(item.key(), "grid row " + r + " of table " + jt.tableIdAt(r) + " ('"
            + (label == null ? "" : label.text().replace('\n', ' ')) + "')");
      }
      if (span == null) {
        item.fields().forEach(f -> out.put(item.key(), f, null, null));
        out.warn("MISSING_ROW", null, "activeDisclosure." + item.key(),
            "activeDisclosure." + item.key() + ": row '"
            + item.label().labels().get(0) + "' not found");
        continue;
      }
      int row = itemRows.get(span.start());
      FieldColumns fc = fieldColumns(g, form, item, row, headerRows, labelColumns);
      Map<String, Integer> columns = fc.columns();
      List<String> notPrinted = new ArrayList<>();
      for (String field : item.fields()) {
        Integer c = columns.get(field);
        if (c == null) {
          notPrinted.add(field);
          out.put(item.key(), field, null, null);
        } else {
          CellValueReader.read(jt, row, c, form.moneyFields().contains(field), item.key(), field, out);
          if (placed.containsKey(t) && blankItem(g, row, labelColumns)) {
            out.doubt(item.key(), field, "an unreadable label over blank figures, taken for the"
                + " item by the template's row order alone");
          }
          if (fc.several().contains(field)) {
            out.doubt(item.key(), field, "its header spans grid columns that print several"
                + " cells in this row (a figure split, or a decimal point lost): the first taken");
          }
          if (fc.byPositionGuess()) {
            out.doubt(item.key(), field, "no header names its column and the row prints another"
                + " number of cells than the item has fields: taken by position, which may be off");
          }
        }
      }
      if (!notPrinted.isEmpty()) {
        Cell label = g.cellAt(row, 0);
        out.warn("NOT_PRINTED", label == null ? null : label.page(),
            "activeDisclosure." + item.key(), "activeDisclosure."
            + item.key() + ": the table does not print " + notPrinted + "; left null");
      }
    }
    return out;
  }

  /** How many of the form's items the table's rows match: a tie-breaker between forms. */
  static int matchedItems(JoinedTable jt, ActiveDisclosureForm form) {
    Table g = jt.grid();
    List<Integer> headerRows = headerRows(g, form);
    List<Integer> itemRows = new ArrayList<>();
    for (int r = 0; r < g.rowCount(); r++) {
      if (!headerRows.contains(r)) {
        itemRows.add(r);
      }
    }
    return alignItems(g, form, itemRows, labelColumns(g, headerRows)).size();
  }

  private static Map<Integer, RowAligner.Span> alignItems(Table g, ActiveDisclosureForm form,
      List<Integer> itemRows, int labelColumns) {
    Map<Long, Double> cache = new HashMap<>();
    // a span's label is the same against every item: read once per span
    Map<Long, String> leaves = new HashMap<>();
    return RowAligner.align(itemRows.size(), form.items().size(), 2, ITEM_MIN_SCORE,
        (start, len, t) -> cache.computeIfAbsent(((long) start * 8 + len) * 1000 + t, k -> {
          int first = itemRows.get(start);
          if (itemRows.get(start + len - 1) != first + len - 1) {
            return 0.0; // only rows adjacent in the grid can be one broken label
          }
          return form.items().get(t).label().score(leaves.computeIfAbsent((long) start * 8 + len,
              s -> RowLabel.of(g, first, len, labelColumns).leaf()));
        }));
  }

  /**
   * A row with a label in words and every figure slot blank: an item with nothing to report in
   * a table that prints zeros as nothing. Taken by order only between matched rows (as many
   * such rows as items left), and its blanks are doubted: nothing but the order says it is the
   * item.
   */
  static boolean blankItem(Table g, int r, int labelColumns) {
    boolean label = false;
    for (Cell c : g.cellsStartingInRow(r)) {
      if (c.text().isBlank()) {
        continue;
      }
      if (c.lastColumn() >= labelColumns) {
        return false;
      }
      label |= LabelNormalizer.hasIdeograph(c.text());
    }
    return label && labelColumns > 0 && labelColumns < g.columnCount();
  }

  /**
   * Whether an unmatched row may be an item whose label was misread: a figure or a printed zero
   * mark (a dash, 无) right of the label and no words there (the 第二十条 block titles and notes
   * have none or words). An item with nothing to report prints only zero marks.
   */
  static boolean mayBeItem(Table g, int r, int labelColumns) {
    boolean figure = false;
    for (Cell c : g.cellsStartingInRow(r)) {
      if (c.lastColumn() < labelColumns || c.text().isBlank()) {
        continue;
      }
      if (c.column() < labelColumns) {
        return false; // one cell across label and figures: a title or a note
      }
      ParsedNumber n = NumberParser.parseMoneyWanYuan(c.text());
      if (!n.readable() && LabelNormalizer.hasIdeograph(c.text())) {
        return false;
      }
      figure |= n.readable();
    }
    return figure;
  }

  private static List<Integer> headerRows(Table g, ActiveDisclosureForm form) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < g.rowCount(); r++) {
      Cell c = headerLabelCell(g, r);
      if (c != null && LabelMatcher.best(c.text(), form.headerLabels()) >= HEADER_ROW_MIN_SCORE) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The row's first cell with text, when it starts in this row and only blank cells lie left of
   * it: a header's 信息内容 cell. Columns a page join added inside the label zone (a piece whose
   * centred 信息内容 made a column of its own) may leave a blank cell before it.
   */
  private static Cell headerLabelCell(Table g, int r) {
    for (int col = 0; col < g.columnCount(); col++) {
      Cell c = g.cellAt(r, col);
      if (c == null || c.column() != col) {
        continue;
      }
      if (!c.text().isBlank()) {
        return c.row() == r ? c : null;
      }
      if (c.row() != r) {
        return null; // a label spanning rows from above: an item's, not a header's
      }
    }
    return null;
  }

  private static int labelColumns(Table g, List<Integer> headerRows) {
    if (headerRows.isEmpty()) {
      return 1;
    }
    return Math.min(g.columnCount() - 1, headerLabelCell(g, headerRows.get(0)).lastColumn() + 1);
  }

  /**
   * Field → grid column for an item row, from the nearest header row above it (aligned in order,
   * so two truncated `本年新` headers still map to 本年新制作数量 and 本年新公开数量); by position when
   * there is no header to read.
   */
  /**
   * Field columns of an item row; {@code byPositionGuess} when they were taken by position from a
   * row with fewer or more cells than fields (a blank cell merged away, or a column split: which
   * field each figure is for is a guess). A row of more cells whose printed cells are one per
   * field takes those, and is doubted too: its grid did not match the table.
   */
  private record FieldColumns(Map<String, Integer> columns, boolean byPositionGuess,
      Set<String> several) {
    FieldColumns(Map<String, Integer> columns, boolean byPositionGuess) {
      this(columns, byPositionGuess, Set.of());
    }
  }

  private static FieldColumns fieldColumns(Table g, ActiveDisclosureForm form,
      ActiveDisclosureForm.Item item, int row, List<Integer> headerRows, int labelColumns) {
    Integer header = null;
    for (int h : headerRows) {
      if (h < row) {
        header = h;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    if (header != null) {
      List<Cell> cells = distinctCells(g, header, labelColumns, true);
      Map<Integer, RowAligner.Span> m = RowAligner.align(cells.size(), item.fields().size(), 1,
          FIELD_MIN_SCORE,
          (start, len, t) -> form.fields().get(item.fields().get(t)).score(cells.get(start).text()));
      Set<String> several = new HashSet<>();
      m.forEach((t, span) -> {
        String field = item.fields().get(t);
        Cell head = cells.get(span.start());
        List<Integer> printed = printedUnder(g, row, head, labelColumns);
        out.put(field, printed.size() == 1 ? printed.get(0) : head.column());
        if (printed.size() > 1) {
          several.add(field);
        }
      });
      // a readable header that names other fields means this item's fields are not printed;
      // only an unreadable header falls back to position
      boolean readable = cells.stream().anyMatch(cell -> form.fields().values().stream()
          .anyMatch(f -> f.score(cell.text()) >= FIELD_MIN_SCORE));
      if (!out.isEmpty() || readable) {
        return new FieldColumns(out, false, several);
      }
    }
    List<Cell> cells = distinctCells(g, row, labelColumns, false);
    List<Cell> values = cells;
    int fields = item.fields().size();
    if (cells.size() > fields) {
      // more cells than fields: the grid split a column, so a blank there need not be the
      // field's zero; the printed cells in order when they are exactly one per field
      List<Cell> printed = distinctCells(g, row, labelColumns, true);
      if (printed.size() == fields) {
        values = printed;
      }
    }
    for (int i = 0; i < values.size() && i < fields; i++) {
      out.put(item.fields().get(i), values.get(i).column());
    }
    return new FieldColumns(out, cells.size() != fields);
  }

  /**
   * The grid columns under a header cell where the row prints a cell of its own. A header
   * spanning several grid columns (a stray rule or a wide figure splits its column) takes the one
   * printed cell under it; with none or several, its first column.
   */
  private static List<Integer> printedUnder(Table g, int row, Cell header, int labelColumns) {
    List<Integer> out = new ArrayList<>();
    for (int c = Math.max(header.column(), labelColumns); c <= header.lastColumn(); c++) {
      Cell cell = g.cellAt(row, c);
      if (cell != null && !cell.text().isBlank() && cell.column() == c
          && cell.lastColumn() <= header.lastColumn()) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Cell> distinctCells(Table g, int row, int fromColumn, boolean nonBlank) {
    List<Cell> out = new ArrayList<>();
    for (int c = fromColumn; c < g.columnCount(); c++) {
      Cell cell = g.cellAt(row, c);
      // a cell that starts among the label columns is the row's label reaching over, no value
      if (cell != null && cell.column() >= fromColumn && !out.contains(cell)
          && !(nonBlank && cell.text().isBlank())) {
        out.add(cell);
      }
    }
    return out;
  }
}
