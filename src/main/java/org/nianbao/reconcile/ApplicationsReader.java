package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.Provenance;
import org.nianbao.model.Table;
import org.nianbao.model.ValueSource;

/** Reads table 三 (applications) from its grid into {@code applications.<row>.<column>}. */
final class ApplicationsReader {
  static final String GROUP = "applications";
  private static final double ROW_MIN_SCORE = 0.5;
  private static final double COLUMN_MIN_SCORE = 0.7;
  private static final int VALUE_COLUMNS = 7;
  private static final int MIN_FIGURES_IN_DATA_ROW = 3;

  /** @param otherSubRowsPrinted whether (六) was printed as three sub-rows (the GB2021 form) */
  record Result(Findings findings, boolean otherSubRowsPrinted) {}

  private ApplicationsReader() {}

  static Result read(JoinedTable jt, ApplicationsForm form) {
    Table g = jt.grid();
    Findings out = new Findings(GROUP);
    int labelColumns = firstValueColumn(g, form);
    int dataStart = firstDataRow(g, form, labelColumns);
    Map<String, Integer> columns = columns(g, form, labelColumns, dataStart, out);

    int n = g.rowCount() - dataStart;
    List<ApplicationsForm.Row> rows = form.rows();
    Map<Long, Double> cache = new HashMap<>();
    // a span's label is the same against every template row: read once per span
    Map<Long, RowLabel> labels = new HashMap<>();
    Map<Integer, RowAligner.Span> matched = RowAligner.align(n, rows.size(), 2, ROW_MIN_SCORE,
        (start, len, t) -> cache.computeIfAbsent(((long) start * 8 + len) * 1000 + t,
            k -> labels.computeIfAbsent((long) start * 8 + len,
                s -> RowLabel.of(g, dataStart + start, len, labelColumns))
                .score(rows.get(t).label())));

    boolean subRowsPrinted = false;
    for (int t = 0; t < rows.size(); t++) {
      if (rows.get(t).optional() && matched.containsKey(t)) {
        subRowsPrinted = true;
      }
    }
    // rows printed in the form found: the sub-rows of (六) or its one row, never both
    final boolean subRows = subRowsPrinted;
    Map<Integer, RowAligner.Span> placed = RowAligner.placeByOrder(matched, n, rows.size(),
        r -> mayBeRow(g, dataStart + r, labelColumns),
        t -> subRows ? rows.get(t).derivedFrom().isEmpty() : !rows.get(t).optional());
    for (int t = 0; t < rows.size(); t++) {
      ApplicationsForm.Row row = rows.get(t);
      RowAligner.Span span = matched.containsKey(t) ? matched.get(t) : placed.get(t);
      if (span != null && placed.containsKey(t)) {
        int r = dataStart + span.start();
        out.placedByOrder(row.key(), "grid row " + r + " of table " + jt.tableIdAt(r) + " ('"
            + RowLabel.of(g, r, 1, labelColumns).leaf().replace('\n', ' ') + "')");
      }
      if (span != null) {
        // every row carries all seven columns: a column not located in the grid stays null
        for (String key : form.columnKeys()) {
          Integer col = columns.get(key);
          if (col == null) {
            out.put(row.key(), key, null, null);
            continue;
          }
          int r = rowWithText(g, dataStart + span.start(), span.length(), col);
          CellValueReader.read(jt, r, col, false, row.key(), key, out);
        }
      } else if (row.optional()) {
        if (subRowsPrinted) {
          missing(row, form, out);
        }
      } else if (subRowsPrinted && !row.derivedFrom().isEmpty()) {
        derive(row, form, out);
      } else {
        missing(row, form, out);
      }
    }
    return new Result(out, subRowsPrinted);
  }

  /** Labels are the columns left of 自然人; without that header, left of the first row's values. */
  static int firstValueColumn(Table g, ApplicationsForm form) {
    LabelSet naturalPerson = form.columns().get(0);
    for (int r = 0; r < Math.min(g.rowCount(), 8); r++) {
      for (Cell c : g.cellsStartingInRow(r)) {
        if (c.column() > 0 && naturalPerson.score(c.text()) >= 0.8) {
          return c.column();
        }
      }
    }
    // in rows that hold figures, every cell with words belongs to the label area (a header row
    // with one misread word is no figure row: it takes several figures)
    int labelColumns = 0;
    for (int r = 0; r < g.rowCount(); r++) {
      List<Cell> cells = g.cellsStartingInRow(r);
      long figures = cells.stream().filter(c -> isFigure(c.text())).count();
      if (figures < MIN_FIGURES_IN_DATA_ROW) {
        continue;
      }
      for (Cell c : cells) {
        if (LabelNormalizer.hasIdeograph(c.text()) && !NumberParser.parseCount(c.text()).readable()) {
          labelColumns = Math.max(labelColumns, c.lastColumn() + 1);
        }
      }
    }
    if (labelColumns > 0 && labelColumns < g.columnCount()) {
      // the form has seven value columns: labels never reach into them
      return g.columnCount() > VALUE_COLUMNS
          ? Math.min(labelColumns, g.columnCount() - VALUE_COLUMNS) : labelColumns;
    }
    return Math.max(1, g.columnCount() - VALUE_COLUMNS);
  }

  /** The first row that looks like a template row or holds a figure; rows above are headers. */
  static int firstDataRow(Table g, ApplicationsForm form, int labelColumns) {
    for (int r = 0; r < g.rowCount(); r++) {
      RowLabel label = RowLabel.of(g, r, 1, labelColumns);
      for (ApplicationsForm.Row row : form.rows()) {
        if (label.score(row.label()) >= 0.7) {
          return r;
        }
      }
      for (int c = labelColumns; c < g.columnCount(); c++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && isFigure(cell.text())) {
          return r;
        }
      }
    }
    return 0;
  }

  /** Column key → grid column, from the header paths; positional when headers are unreadable. */
  static Map<String, Integer> columns(Table g, ApplicationsForm form, int labelColumns, int dataStart,
      Findings out) {
    Map<String, Integer> byHeader = new LinkedHashMap<>();
    for (int c = labelColumns; c < g.columnCount(); c++) {
      String key = HeaderPaths.deepestMatch(HeaderPaths.path(g, c, 0, dataStart), form.columns(),
          COLUMN_MIN_SCORE);
      if (key != null) {
        byHeader.putIfAbsent(key, c);
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    if (byHeader.size() == form.columns().size()) {
      form.columnKeys().forEach(k -> ordered.put(k, byHeader.get(k)));
      return ordered;
    }
    Map<String, Integer> byOrder = columnsByOrder(g, form, labelColumns, dataStart, byHeader);
    if (byOrder != null) {
      List<String> placed = form.columnKeys().stream().filter(k -> !byHeader.containsKey(k)).toList();
      out.warn("HEADER_FALLBACK", g.cells().isEmpty() ? null : g.cells().get(0).page(),
          "applications: applicant headers " + placed + " not readable; placed by the template's"
              + " column order between the readable ones " + byHeader.keySet());
      return byOrder;
    }
    List<Integer> used = new ArrayList<>();
    for (int c = labelColumns; c < g.columnCount(); c++) {
      final int col = c;
      if (g.cells().stream().anyMatch(x -> x.column() == col && !x.text().isBlank())) {
        used.add(c);
      }
    }
    List<Integer> positional = new ArrayList<>();
    if (used.size() >= form.columns().size()) {
      positional = used.subList(used.size() - form.columns().size(), used.size());
    } else {
      for (int c = labelColumns; c < g.columnCount() && positional.size() < form.columns().size(); c++) {
        positional.add(c);
      }
    }
    List<String> keys = form.columnKeys();
    if (positional.size() < keys.size()) {
      // fewer figure columns than the template's seven (columns joined where the scan showed no
      // boundary): which one holds which figure only its header tells
      form.columnKeys().stream().filter(byHeader::containsKey)
          .forEach(k -> ordered.put(k, byHeader.get(k)));
    } else {
      for (int i = 0; i < keys.size(); i++) {
        ordered.put(keys.get(i), positional.get(i));
      }
    }
    out.warn("HEADER_FALLBACK", g.cells().isEmpty() ? null : g.cells().get(0).page(),
        "applications: applicant headers not all readable (found " + byHeader.keySet()
            + "); columns taken by position");
    if (ordered.size() < keys.size()) {
      out.warn("MISSING_COLUMN", g.cells().isEmpty() ? null : g.cells().get(0).page(),
          "applications: only " + ordered.size() + " of " + keys.size()
              + " applicant columns located; the others left null");
    }
    return ordered;
  }

  /**
   * Whether a grid row left unmatched may be a template row whose label was misread: it has a
   * label or a figure of its own, and no words in the figure columns (a note line or a repeated
   * header has them).
   */
  static boolean mayBeRow(Table g, int r, int labelColumns) {
    boolean content = false;
    for (Cell c : g.cellsStartingInRow(r)) {
      String text = c.text();
      if (text.isBlank()) {
        continue;
      }
      boolean inFigures = c.lastColumn() >= labelColumns;
      if (inFigures && LabelNormalizer.hasIdeograph(text) && !NumberParser.parseCount(text).readable()) {
        return false;
      }
      if (inFigures && c.column() < labelColumns) {
        return false; // one cell across labels and figures: a note, not a row
      }
      // a label cell over several rows is a group label (a parent), not this row's own
      content |= inFigures || c.rowSpan() == 1;
    }
    return content;
  }

  /**
   * Columns whose header was misread, placed by the template's column order between the columns
   * whose header was read (as rows are: equal numbers of unread headers and used grid columns
   * between two read ones); null unless every column is then located.
   */
  private static Map<String, Integer> columnsByOrder(Table g, ApplicationsForm form,
      int labelColumns, int dataStart, Map<String, Integer> byHeader) {
    List<String> keys = form.columnKeys();
    int width = g.columnCount() - labelColumns;
    Map<Integer, RowAligner.Span> anchors = new LinkedHashMap<>();
    int last = -1;
    for (int t = 0; t < keys.size(); t++) {
      Integer c = byHeader.get(keys.get(t));
      if (c == null) {
        continue;
      }
      if (c - labelColumns <= last) {
        return null; // headers read out of order: nothing to anchor on
      }
      last = c - labelColumns;
      anchors.put(t, new RowAligner.Span(last, 1));
    }
    if (anchors.isEmpty()) {
      return null;
    }
    Map<Integer, RowAligner.Span> placed = RowAligner.placeByOrder(anchors, width, keys.size(),
        i -> columnUsed(g, labelColumns + i, dataStart), t -> true);
    if (anchors.size() + placed.size() != keys.size()) {
      return null;
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int t = 0; t < keys.size(); t++) {
      RowAligner.Span s = anchors.containsKey(t) ? anchors.get(t) : placed.get(t);
      out.put(keys.get(t), labelColumns + s.start());
    }
    return out;
  }

  /** Whether some data row has a figure or text starting in this column. */
  private static boolean columnUsed(Table g, int column, int dataStart) {
    return g.cells().stream().anyMatch(
        x -> x.column() == column && x.row() >= dataStart && !x.text().isBlank());
  }

  /** A printed number (not a blank or a dash). */
  static boolean isFigure(String text) {
    ParsedNumber n = NumberParser.parseCount(text);
    return n.readable() && !n.blank();
  }

  /** Within a label that broke over several grid rows, the row that actually holds the figure. */
  private static int rowWithText(Table g, int start, int length, int column) {
    for (int r = start; r < start + length; r++) {
      Cell c = g.cellAt(r, column);
      if (c != null && !c.text().isBlank()) {
        return r;
      }
    }
    return start;
  }

  /** Recomputes the derived rows (the (六) row from its sub-rows) after values were corrected. */
  static void rederive(Findings out, ApplicationsForm form) {
    for (ApplicationsForm.Row row : form.rows()) {
      Provenance p = out.provenance().get(out.path(row.key(), form.columnKeys().get(0)));
      if (!row.derivedFrom().isEmpty() && p != null && p.source() == ValueSource.DERIVED) {
        derive(row, form, out);
      }
    }
  }

  private static void derive(ApplicationsForm.Row row, ApplicationsForm form, Findings out) {
    for (String col : form.columnKeys()) {
      Long sum = 0L;
      Double lowest = null;
      for (String part : row.derivedFrom()) {
        Map<String, Number> partRow = out.values().get(part);
        Number v = partRow == null ? null : partRow.get(col);
        if (v == null) {
          sum = null;
          break;
        }
        sum += v.longValue();
        Provenance p = out.provenance().get(out.path(part, col));
        // a reviewer's figure is settled, whatever the reading it replaced scored
        if (p != null && p.source() != ValueSource.REVIEWED && p.confidence() != null
            && (lowest == null || p.confidence() < lowest)) {
          lowest = p.confidence();
        }
      }
      out.put(row.key(), col, sum, Provenance.derived(derivedConfidence(sum, lowest)));
    }
  }

  /**
   * A sum is no surer than its least sure part: a doubtful part leaves the derived figure
   * doubtful too (below the review level), so a misread sub-row cannot surface as a confident
   * (六) total. Sums of confident parts keep no confidence of their own, as before.
   */
  static Double derivedConfidence(Long sum, Double lowestPart) {
    return sum != null && lowestPart != null && lowestPart < CellValueReader.LOW_CONFIDENCE
        ? lowestPart : null;
  }

  private static void missing(ApplicationsForm.Row row, ApplicationsForm form, Findings out) {
    for (String col : form.columnKeys()) {
      out.put(row.key(), col, null, null);
    }
    out.warn("MISSING_ROW", null, "applications." + row.key(),
        "applications." + row.key() + ": row '" + row.label().labels().get(0) + "' not found");
  }
}
