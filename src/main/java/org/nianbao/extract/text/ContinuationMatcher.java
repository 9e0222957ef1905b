package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Decides whether one table continues another on the next page, and if so appends it. */
final class ContinuationMatcher {
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
    KnownEdges upper = KnownEdges.of(TableGeometry.columnEdges(first, pageA));
    KnownEdges lower = KnownEdges.of(TableGeometry.columnEdges(next, pageB));
    if (upper == null || lower == null) {
      return null;
    }
    // a lower piece aligned by its text has boundaries of its own where its cells print blank;
    // under an upper piece aligned by its text too, or under a ruled one with as many columns
    // or more (a header ruled as a grid over rows ruled only across), only the outer edges of
    // the two need agree
    boolean outerOnly = "stream".equals(next.method())
        && ("stream".equals(first.method()) || upper.xs().length >= lower.xs().length)
        && ColumnUnion.of(upper.xs(), lower.xs()) == null;
    ColumnUnion union = outerOnly
        ? ColumnUnion.ofOuterEdges(upper.xs(), lower.xs())
        : ColumnUnion.of(upper.xs(), lower.xs());
    if (union == null) {
      return null;
    }
    // a stream piece printing no figure at all (every figure cell of its rows blank) has no
    // figure columns of its own: its labels are placed on the upper piece's columns too
    boolean blankLower = "stream".equals(first.method()) && "stream".equals(next.method())
        && next.cells().stream().noneMatch(c -> TextRuns.isFigure(c.text()));
    if (outerOnly || blankLower) {
      // the lower piece's own columns disagree with the upper's: place its text on the upper's,
      // keeping the lower piece's label columns where the upper prints one label cell across
      double figureLeft = figureZoneLeft(first, pageA, upper);
      if (Double.isNaN(figureLeft)) {
        // the upper piece prints no figure (its header rows alone, or rows printed blank): the
        // figure zone begins past the labels of the lower piece's rows that print a figure (a
        // header's last line carried over the break lies over the figure columns), or of all
        // its rows when none does
        java.util.Set<Integer> figureRows = new java.util.HashSet<>();
        for (Cell c : next.cells()) {
          if (isValues(c.text())) {
            figureRows.add(c.row());
          }
        }
        figureLeft = labelZoneEnd(upper.xs(), next.cells().stream()
            .filter(c -> !c.text().isBlank() && !isValues(c.text()))
            .filter(c -> figureRows.isEmpty() || figureRows.contains(c.row()))
            .map(c -> textExtent(b, c)).toList());
      }
      double[] xs = withLabelColumns(upper.xs(), labelStarts(next, lower), figureLeft);
      int[] at = new int[upper.xs().length];
      for (int i = 0; i < at.length; i++) {
        at[i] = java.util.Arrays.binarySearch(xs, upper.xs()[i]);
      }
      Table top = regrid(first, i -> upper.index()[i] < 0 ? -1 : at[upper.index()[i]],
          xs.length - 1);
      List<Cell> placed = TextPlacement.place(next.cells(), next.rowCount(),
          c -> textExtent(b, c), xs, top.cells());
      if (placed != null) {
        return append(top, new Table(next.id(), next.pages(), next.method(), next.rowCount(),
            top.columnCount(), placed));
      }
      Table headerOnLower = headerOnLowerColumns(first, next, lower, a);
      if (headerOnLower != null) {
        return append(headerOnLower, regrid(next, i -> lower.index()[i], lower.xs().length - 1));
      }
    }
    Table top = regrid(first, i -> union.upper(upper.index()[i]), union.columnCount());
    Table bottom = regrid(next, i -> union.lower(lower.index()[i]), union.columnCount());
    double[] unionXs = new double[union.columnCount() + 1];
    Arrays.fill(unionXs, Double.NaN);
    for (int j = 0; j < upper.xs().length; j++) {
      unionXs[union.upper(j)] = upper.xs()[j];
    }
    bottom = splitSpannedValues(bottom, top, unionXs, b);
    if (outerOnly) {
      bottom = doubtSpannedFigures(bottom, top);
    }
    return append(top, bottom);
  }

  /**
   * The upper piece placed on the lower piece's columns, or null. An upper piece of header rows
   * alone, printing no figure, whose lowest header row went over the break with the rows (the
   * break between 法人或其他组织 and its sub-headers) has its boundaries from the gaps of its
   * header texts alone, guesses that miss the figure columns; the lower piece's own come from
   * its figures. When the lower piece's text does not fit the upper's columns, each upper text
   * takes the lower columns it lies over instead. Null when the upper prints a figure, a lower
   * boundary is not located, or two upper texts of a row fall in one lower column.
   */
  static Table headerOnLowerColumns(Table first, Table next, KnownEdges lower, LoadedPage pageA) {
    if (first.cells().stream().anyMatch(c -> isValues(c.text()))
        || next.cells().stream().noneMatch(c -> TextRuns.isFigure(c.text()))
        || Arrays.stream(lower.index()).anyMatch(i -> i < 0)) {
      return null;
    }
    List<Cell> placed = TextPlacement.place(first.cells(), first.rowCount(),
        c -> textExtent(pageA, c), lower.xs(), List.of());
    return placed == null ? null : new Table(first.id(), first.pages(), first.method(),
        first.rowCount(), lower.xs().length - 1, placed);
  }

  /**
   * The x where the upper piece's figure columns begin: the left edge of the leftmost column
   * holding a figure on page {@code page}, or NaN when it prints none.
   */
  static double figureZoneLeft(Table t, int page, KnownEdges edges) {
    int col = Integer.MAX_VALUE;
    for (Cell c : t.cells()) {
      if (c.page() == page && TextRuns.isFigure(c.text().strip())) {
        col = Math.min(col, c.column());
      }
    }
    if (col == Integer.MAX_VALUE || edges.index()[col] < 0) {
      return Double.NaN;
    }
    return edges.xs()[edges.index()[col]];
  }

  /**
   * Where the label columns end when neither piece prints a figure: the first upper boundary
   * at or right of the end of every label text of the lower piece (a label stays in the label
   * columns, however wide the lower piece's own last column is drawn). NaN when a text is not
   * located or reaches the upper's right edge.
   */
  static double labelZoneEnd(double[] upper, List<double[]> labelExtents) {
    double right = -Double.MAX_VALUE;
    for (double[] e : labelExtents) {
      if (e == null) {
        return Double.NaN;
      }
      right = Math.max(right, e[1]);
    }
    for (int i = 1; i < upper.length - 1; i++) {
      if (upper[i] >= right - 1.0) {
        return upper[i];
      }
    }
    return Double.NaN;
  }

  /** Whether a cell's text is figures or zero marks alone ("3", "0 0", "—"). */
  static boolean isValues(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    for (String tok : t.split("\\s+")) {
      if (!TextRuns.isValue(tok)) {
        return false;
      }
    }
    return true;
  }

  /** The lower piece's boundaries where a cell of label text begins. */
  static double[] labelStarts(Table t, KnownEdges edges) {
    List<Double> xs = new ArrayList<>();
    for (Cell c : t.cells()) {
      String text = c.text().strip();
      if (!text.isEmpty() && !TextRuns.isFigure(text) && c.column() < edges.index().length
          && edges.index()[c.column()] >= 0) {
        xs.add(edges.xs()[edges.index()[c.column()]]);
      }
    }
    return xs.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
  }

  /**
   * The upper piece's boundaries plus the lower piece's boundaries left of the upper's figure
   * columns that the upper lacks: rows under a break often print their labels in more columns
   * (row groups, sub-items) than the header rows above it, whose label cell spans them all.
   */
  static double[] withLabelColumns(double[] upper, double[] lower, double figureLeft) {
    List<Double> xs = new ArrayList<>();
    for (double x : upper) {
      xs.add(x);
    }
    if (!Double.isNaN(figureLeft)) {
      for (double x : lower) {
        if (x > upper[0] + 4 && x < figureLeft - 4
            && xs.stream().noneMatch(u -> Math.abs(u - x) < 4)) {
          xs.add(x);
        }
      }
    }
    xs.sort(Double::compare);
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The left and right ends of the glyphs in a cell, or null when it has none. */
  private static double[] textExtent(LoadedPage page, Cell c) {
    if (c.bbox() == null) {
      return null;
    }
    double l = Double.MAX_VALUE;
    double r = -Double.MAX_VALUE;
    for (org.nianbao.load.Glyph g : AlignedTableReader.inside(page.glyphs(), c.bbox())) {
      if (!g.text().isBlank()) {
        l = Math.min(l, g.x());
        r = Math.max(r, g.right());
      }
    }
    return l > r ? null : new double[] {l, r};
  }

  /**
   * The boundaries some cell edge lies on (a grid line may have lost all its edges, e.g. to a
   * dropped overlapping rectangle; no cell then needs it), and for each boundary index its
   * position among them.
   */
  record KnownEdges(double[] xs, int[] index) {
    /** Null when the known positions are not strictly increasing. */
    static KnownEdges of(double[] edges) {
      double[] xs = new double[edges.length];
      int[] index = new int[edges.length];
      int n = 0;
      for (int i = 0; i < edges.length; i++) {
        index[i] = -1;
        if (Double.isNaN(edges[i])) {
          continue;
        }
        if (n > 0 && edges[i] <= xs[n - 1]) {
          return null;
        }
        index[i] = n;
        xs[n++] = edges[i];
      }
      return new KnownEdges(Arrays.copyOf(xs, n), index);
    }
  }

  /** The table on a finer column grid: each cell's boundaries moved to their union index. */
  private static Table regrid(Table t, IntUnaryOperator boundaryIndex, int columns) {
    List<Cell> cells = new ArrayList<>();
    for (Cell c : t.cells()) {
      int c0 = boundaryIndex.applyAsInt(c.column());
      int c1 = boundaryIndex.applyAsInt(c.lastColumn() + 1);
      cells.add(new Cell(c.row(), c0, c.rowSpan(), c1 - c0, c.text(), c.page(), c.bbox(),
          c.confidence()));
    }
    return new Table(t.id(), t.pages(), t.method(), t.rowCount(), columns, cells);
  }

  /**
   * A figure of the lower piece in a cell spanning columns the upper piece keeps apart: the
   * lower piece's columns came from its own figures alone, so which of those columns the figure
   * belongs to is unsure. Its confidence drops below the reviewable level instead of letting it
   * stand for the column the form maps the span to.
   */
  private static Table doubtSpannedFigures(Table lower, Table upper) {
    boolean[] upperSplits = new boolean[upper.columnCount() + 1];
    for (Cell c : upper.cells()) {
      upperSplits[c.column()] = true;
      upperSplits[c.lastColumn() + 1] = true;
    }
    List<Cell> cells = new ArrayList<>();
    for (Cell c : lower.cells()) {
      boolean split = false;
      for (int k = c.column() + 1; k <= c.lastColumn(); k++) {
        split |= upperSplits[k];
      }
      if (split && TextRuns.isFigure(c.text())) {
        c = c.withText(c.text(), c.confidence() == null ? 0.5 : Math.min(c.confidence(), 0.5));
      }
      cells.add(c);
    }
    return new Table(lower.id(), lower.pages(), lower.method(), lower.rowCount(),
        lower.columnCount(), doubtBlankNeighbours(cells, 0.5));
  }

  /**
   * The blank cells right beside a doubted figure, doubted as much: the figure may stand for
   * either neighbour's column, and a blank read as zero there would be as unsure as the figure
   * (a 1 taken for 其他 leaves 法律服务机构 blank: a zero at full confidence, and wrong).
   */
  static List<Cell> doubtBlankNeighbours(List<Cell> cells, double doubted) {
    List<Cell> out = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      if (c.text().isBlank() && c.rowSpan() == 1) {
        for (Cell f : cells) {
          if (f.row() == c.row() && f.rowSpan() == 1 && f.confidence() != null
              && f.confidence() <= doubted && TextRuns.isFigure(f.text())
              && (f.column() == c.lastColumn() + 1 || c.column() == f.lastColumn() + 1)) {
            c = c.withText(c.text(), Math.min(c.confidence() == null ? 1.0 : c.confidence(),
                doubted));
            break;
          }
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The lower piece with each of its cells that spans figure columns the upper piece keeps
   * apart, and holds nothing but figures and zero marks (or nothing), split into those columns:
   * the lower piece's columns came from its own few figures, and a column printed blank all
   * down it merged two of them ("- ／" read as one cell). Each run of the cell's text goes to the
   * column it lies in; the cell stays whole when a run crosses an upper boundary, two runs share
   * a column, or a boundary inside it is not the upper piece's.
   *
   * @param xs the union grid's boundary positions where the upper piece has them, else NaN
   */
  static Table splitSpannedValues(Table lower, Table upper, double[] xs, LoadedPage page) {
    boolean[] upperSplits = new boolean[upper.columnCount() + 1];
    int figureLeft = Integer.MAX_VALUE;
    for (Cell c : upper.cells()) {
      upperSplits[c.column()] = true;
      upperSplits[c.lastColumn() + 1] = true;
      if (TextRuns.isFigure(c.text().strip())) {
        figureLeft = Math.min(figureLeft, c.column());
      }
    }
    List<Cell> cells = new ArrayList<>();
    boolean changed = false;
    for (Cell c : lower.cells()) {
      List<Cell> parts = c.columnSpan() > 1 && c.rowSpan() == 1 && c.column() >= figureLeft
          && c.bbox() != null && !spannedAlike(upper, lower, c) ? split(c, upperSplits, xs, page)
          : null;
      if (parts == null) {
        cells.add(c);
      } else {
        cells.addAll(parts);
        changed = true;
      }
    }
    if (!changed) {
      return lower;
    }
    cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    return new Table(lower.id(), lower.pages(), lower.method(), lower.rowCount(),
        lower.columnCount(), cells);
  }

  /**
   * Whether the cell's span is printed rather than two columns merged for want of figures: a
   * header of the lower piece above it, or the upper piece's last row, has a cell across exactly
   * its columns (table 二's 本年处理决定数量 over one figure cell across three columns, the break
   * falling under that header or under a row of such cells).
   */
  static boolean spannedAlike(Table upper, Table lower, Cell c) {
    for (Cell h : lower.cells()) {
      if (h.row() < c.row() && h.column() == c.column() && h.lastColumn() == c.lastColumn()
          && !h.text().isBlank() && !TextRuns.isValue(h.text().strip())) {
        return true;
      }
    }
    for (Cell h : upper.cells()) {
      if (h.row() + h.rowSpan() == upper.rowCount() && h.column() <= c.column()
          && h.lastColumn() >= c.column()) {
        return h.column() == c.column() && h.lastColumn() == c.lastColumn();
      }
    }
    return false;
  }

  private static List<Cell> split(Cell c, boolean[] upperSplits, double[] xs, LoadedPage page) {
    int a = c.column();
    int n = c.columnSpan();
    double[] at = new double[n + 1];
    at[0] = c.bbox().left();
    at[n] = c.bbox().right();
    for (int k = 1; k < n; k++) {
      if (!upperSplits[a + k] || Double.isNaN(xs[a + k])) {
        return null;
      }
      at[k] = xs[a + k];
    }
    List<org.nianbao.load.Glyph> glyphs = new ArrayList<>();
    for (org.nianbao.load.Glyph g : AlignedTableReader.inside(page.glyphs(), c.bbox())) {
      if (!g.text().isBlank()) {
        glyphs.add(g);
      }
    }
    String[] texts = new String[n];
    StringBuilder found = new StringBuilder();
    for (TextRuns.Run run : TextRuns.runs(glyphs)) {
      found.append(run.text());
      if (!run.isValue()) {
        return null;
      }
      int col = -1;
      for (int k = 0; k < n && col < 0; k++) {
        if (run.left() >= at[k] - 1 && run.right() <= at[k + 1] + 1) {
          col = k;
        }
      }
      if (col < 0 || texts[col] != null) {
        return null;
      }
      texts[col] = run.text().strip();
    }
    if (!found.toString().replaceAll("\\s", "").equals(c.text().replaceAll("\\s", ""))) {
      return null; // the cell's text is not the glyphs found in its box
    }
    List<Cell> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(new Cell(c.row(), a + k, 1, 1, texts[k] == null ? "" : texts[k], c.page(),
          new BBox(at[k], c.bbox().top(), at[k + 1], c.bbox().bottom()), c.confidence()));
    }
    return out;
  }

  /** Next's rows below first's, both on the same column grid. */
  private static Table append(Table first, Table next) {
    int drop = repeatedHeaderRows(first, next.cells(), next.rowCount());
    List<Cell> body = new ArrayList<>();
    for (Cell c : next.cells()) {
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
