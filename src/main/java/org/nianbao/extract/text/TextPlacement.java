package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;

/**
 * A table piece continued after a page break, its columns taken from the piece before the break.
 * Without vertical rules a piece's columns come from the alignment of its own text, and a short
 * piece (a few rows, some figures printed blank, no header) has too little text to find them:
 * its boundaries fall anywhere in the gaps. Each of its cells is put instead in the columns of
 * the upper piece its text lies in, and a line of them laid out like the nearest upper row it
 * fits (each text in its own cell of that row, of the same kind) takes that row's spans. A
 * figure left reaching over an upper boundary no upper figure spans is doubted. Slots no text
 * falls in are blank cells.
 */
final class TextPlacement {
  /** Confidence of a figure whose text reaches over a column boundary of the upper piece. */
  static final double STRADDLING_CONFIDENCE = 0.5;
  /** Text may overhang a boundary by this much (glyph boxes are a little wider than ink). */
  private static final double OVERHANG = 1.0;

  private TextPlacement() {}

  /**
   * The lower piece's cells on the upper piece's column grid, or null when two texts of one row
   * fall in the same column (the grids do not fit each other) or a text cannot be located.
   *
   * @param lower the lower piece's cells (rows kept)
   * @param rows the lower piece's row count
   * @param textExtent where a cell's text lies, {left, right}; null (its glyphs not found) makes
   *     the whole placement null
   * @param xs the upper piece's column boundaries, increasing
   * @param upper the upper piece's cells on those columns
   */
  static List<Cell> place(List<Cell> lower, int rows, Function<Cell, double[]> textExtent,
      double[] xs, List<Cell> upper) {
    int nc = xs.length - 1;
    boolean[][] taken = new boolean[rows][nc];
    List<Cell> out = new ArrayList<>();
    double[] rowTop = new double[rows];
    double[] rowBottom = new double[rows];
    java.util.Arrays.fill(rowTop, Double.NaN);
    int page = lower.isEmpty() ? 1 : lower.get(0).page();
    // each text's columns: those its text lies in
    List<Cell> texts = new ArrayList<>();
    for (Cell c : lower) {
      if (c.bbox() != null && c.rowSpan() == 1) {
        rowTop[c.row()] = c.bbox().top();
        rowBottom[c.row()] = c.bbox().bottom();
      }
      if (c.text().isBlank()) {
        continue;
      }
      double[] ext = textExtent.apply(c);
      if (ext == null) {
        return null; // text whose glyphs are not found cannot be placed
      }
      int a = column(xs, ext[0] + OVERHANG);
      int b = Math.max(a, column(xs, ext[1] - OVERHANG));
      texts.add(new Cell(c.row(), a, c.rowSpan(), b - a + 1, c.text(), c.page(), c.bbox(),
          c.confidence()));
    }
    List<Cell> widened = widenLikeUpperRows(texts, upper);
    if (!overlapping(widened, rows, nc)) {
      texts = widened;
    }
    for (Cell c : texts) {
      int a = c.column();
      int b = c.lastColumn();
      Double confidence = c.confidence();
      if (b > a && !spannedAbove(upper, a, b, TextRuns.isFigure(c.text()))) {
        if (TextRuns.isFigure(c.text())) {
          confidence = confidence == null ? STRADDLING_CONFIDENCE
              : Math.min(confidence, STRADDLING_CONFIDENCE);
        }
      }
      for (int r = c.row(); r <= c.lastRow(); r++) {
        for (int k = a; k <= b; k++) {
          if (taken[r][k]) {
            return null;
          }
          taken[r][k] = true;
        }
      }
      BBox box = c.bbox() == null ? null
          : new BBox(xs[a], c.bbox().top(), xs[b + 1], c.bbox().bottom());
      out.add(new Cell(c.row(), a, c.rowSpan(), b - a + 1, c.text(), c.page(), box, confidence));
    }
    for (Cell c : lower) {
      for (int r = c.row(); r <= c.lastRow(); r++) {
        if (Double.isNaN(rowTop[r]) && c.bbox() != null) {
          rowTop[r] = c.bbox().top();
          rowBottom[r] = c.bbox().bottom();
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < nc; k++) {
        if (!taken[r][k]) {
          BBox box = Double.isNaN(rowTop[r]) ? null
              : new BBox(xs[k], rowTop[r], xs[k + 1], rowBottom[r]);
          out.add(new Cell(r, k, 1, 1, "", page, box, 1.0));
        }
      }
    }
    out.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    return out;
  }

  private static boolean overlapping(List<Cell> cells, int rows, int nc) {
    boolean[][] taken = new boolean[rows][nc];
    for (Cell c : cells) {
      for (int r = c.row(); r <= c.lastRow(); r++) {
        for (int k = c.column(); k <= c.lastColumn(); k++) {
          if (taken[r][k]) {
            return true;
          }
          taken[r][k] = true;
        }
      }
    }
    return false;
  }

  /** The column holding x (the first or last column when x lies outside). */
  static int column(double[] xs, double x) {
    for (int k = 1; k < xs.length - 1; k++) {
      if (x < xs[k]) {
        return k - 1;
      }
    }
    return xs.length - 2;
  }

  /**
   * Each one-row line of texts laid out like the nearest upper row it fits: every text inside
   * its own cell of that row, of the same kind (a figure in a figure cell, a label in a label
   * cell starting in the label's column), takes that cell's columns. A figure narrower than the upper cell of its column (a
   * figure centred under a span, as the row above prints it) then reads as the upper one does.
   */
  static List<Cell> widenLikeUpperRows(List<Cell> texts, List<Cell> upper) {
    java.util.Map<Integer, List<Cell>> byRow = new java.util.TreeMap<>();
    List<Cell> out = new ArrayList<>();
    for (Cell c : texts) {
      if (c.rowSpan() == 1) {
        byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
      } else {
        out.add(c);
      }
    }
    java.util.Map<Integer, List<Cell>> upperRows = new java.util.TreeMap<>();
    for (Cell u : upper) {
      if (u.rowSpan() == 1) {
        upperRows.computeIfAbsent(u.row(), k -> new ArrayList<>()).add(u);
      }
    }
    List<List<Cell>> candidates = new ArrayList<>(upperRows.values());
    java.util.Collections.reverse(candidates);
    for (List<Cell> line : byRow.values()) {
      List<Cell> widened = null;
      for (List<Cell> u : candidates) {
        widened = fit(line, u);
        if (widened != null) {
          break;
        }
      }
      out.addAll(widened != null ? widened : line);
    }
    return out;
  }

  /** The line on the upper row's cells, or null when it does not fit them. */
  private static List<Cell> fit(List<Cell> line, List<Cell> upperRow) {
    List<Cell> out = new ArrayList<>();
    java.util.Set<Cell> used = new java.util.HashSet<>();
    boolean anyFigure = false;
    for (Cell c : line) {
      Cell holder = null;
      for (Cell u : upperRow) {
        if (u.column() <= c.column() && u.lastColumn() >= c.lastColumn()) {
          holder = u;
        }
      }
      boolean figure = TextRuns.isFigure(c.text());
      // a label starts where its column does (labels are set flush left)
      if (holder == null || holder.text().isBlank() || !used.add(holder)
          || figure != TextRuns.isFigure(holder.text())
          || !figure && holder.column() != c.column()) {
        return null;
      }
      anyFigure |= figure;
      out.add(new Cell(c.row(), holder.column(), 1, holder.columnSpan(), c.text(), c.page(),
          c.bbox(), c.confidence()));
    }
    return anyFigure ? out : null;
  }

  /** Whether an upper cell of the kind spans exactly columns a..b. */
  private static boolean spannedAbove(List<Cell> upper, int a, int b, boolean figure) {
    for (Cell u : upper) {
      if (u.column() == a && u.lastColumn() == b && !u.text().isBlank()
          && figure == TextRuns.isFigure(u.text())) {
        return true;
      }
    }
    return false;
  }
}
