package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Columns of a table ruled only horizontally (or whose vertical rules faded away), from the
 * alignment of its text: a grid found with rows but no inner column boundary gets boundaries
 * in the clear vertical gaps of the text ink of its fullest rows (the figure rows: every figure
 * column has its figure there), plus the inner ends of partial horizontal rules (a cell spanning
 * rows stops the rule under its neighbours: the label columns). Each boundary is then drawn
 * into the vertical rule mask as a virtual rule, row by row, except where that row's text runs
 * across it or is centred over empty neighbouring slots (a cell spanning columns), so that
 * {@link SpanResolver} joins those slots as it does for a missing printed rule.
 */
final class AlignedColumns {
  private AlignedColumns() {}

  /**
   * A run of text ink in one row band: its x extent, the height of its ink ({@code extent}, top
   * to bottom) and of its tallest stretch of rows all holding ink ({@code solid}).
   */
  record Run(int left, int right, int extent, int solid) {
    Run(int left, int right) {
      this(left, right, 0, 0);
    }

    double center() {
      return (left + right) / 2.0;
    }

    /**
     * Shaped like a line of digits for a table whose CJK glyphs are {@code em} high: Arabic
     * digits are about 0.7 em high (up to {@link #DIGIT_HEIGHT} in a sans font with tall
     * numerals) and their ink fills that height without a break; a label's glyphs are taller,
     * its 、 and 一 lower and apart.
     */
    boolean digitShaped(double em) {
      return extent <= DIGIT_HEIGHT * em && solid >= 0.55 * em && solid >= 0.85 * extent;
    }
  }

  /**
   * Highest ink of a line of digits, in heights of the table's CJK glyphs: a sans font's
   * numerals reach 0.88 (22 of 25 pixels, 17 of 20 at 150 ppi) and a CJK glyph's ink fills 0.95
   * or more; below it the figures of a picture table of table 四 read as header text and its
   * leaf headers gave no columns.
   */
  static final double DIGIT_HEIGHT = 0.9;

  /**
   * The grid with columns from text alignment, the virtual rules drawn into {@code vertical};
   * {@code g} unchanged when it has inner column boundaries already or its text shows no
   * columns.
   */
  static Grid columns(Grid g, Mat textInk, Mat horizontal, Mat vertical, double ppi) {
    return columns(g, textInk, horizontal, vertical, ppi, null);
  }

  /**
   * As {@link #columns(Grid, Mat, Mat, Mat, double)}, with the column boundaries {@code given}
   * (the piece of the table on the page before) instead of those of this grid's own text.
   */
  static Grid columns(Grid g, Mat textInk, Mat horizontal, Mat vertical, double ppi,
      int[] given) {
    if (g.columns() > 1 || g.rows() < 1) {
      return g;
    }
    int[] ys = g.ys();
    Rect area = g.area();
    int pad = Math.max(2, (int) Math.round(ppi * 0.02));
    int join = Math.max(3, (int) Math.round(ppi * 0.035));
    List<List<Run>> rows = new ArrayList<>();
    for (int r = 0; r < g.rows(); r++) {
      rows.add(runs(textInk, area.x, area.x + area.width, ys[r] + pad, ys[r + 1] - pad, join,
          ppi));
    }
    boolean carried = g.rows() == 1 && carriedRow(rows.get(0),
        rows.get(0).stream().mapToInt(Run::solid).max().orElse(0));
    if (g.rows() < 2 && given == null && !carried) {
      return g;
    }
    double tol = Math.max(4, ppi * 0.04);
    List<Integer> ends = ruleEnds(horizontal, area, ys, tol, ppi);
    int[] xs = given != null ? given : boundaries(rows, ends, area.x, area.x + area.width, join);
    if (xs.length < 3 || given == null && !carried
        && rows.stream().filter(r -> r.size() >= 2).count() < 2) {
      return g; // one column, or one row of two: not a table of figures
    }
    int t = (int) Math.ceil(tol);
    int nc = xs.length - 1;
    int thick = Math.max(1, (int) Math.round(ppi * 0.01));
    for (int r = 0; r < g.rows(); r++) {
      boolean[] ruled = ruledSlots(horizontal, xs, ys[r], ys[r + 1], t);
      boolean[] open = openBoundaries(rows.get(r), xs, ruled);
      for (int c = 1; c < nc; c++) {
        if (!open[c]) {
          Imgproc.line(vertical, new Point(xs[c], ys[r]), new Point(xs[c], ys[r + 1]),
              new Scalar(255), thick);
        }
      }
    }
    return new Grid(area, xs, ys);
  }

  /**
   * A stack of horizontal rules split where a band between two of them holds only text taller
   * than the table's (a heading between two tables of one width): each part with two
   * or more rows, as stacked grids. Other grids are returned as they are.
   */
  static List<Grid> split(Grid g, Mat textInk, double ppi) {
    if (!g.stacked() || g.rows() < 3) {
      return List.of(g);
    }
    int[] ys = g.ys();
    Rect area = g.area();
    int pad = Math.max(2, (int) Math.round(ppi * 0.02));
    int join = Math.max(3, (int) Math.round(ppi * 0.035));
    List<List<Run>> rows = new ArrayList<>();
    List<Integer> heights = new ArrayList<>();
    for (int r = 0; r < g.rows(); r++) {
      List<Run> runs = runs(textInk, area.x, area.x + area.width, ys[r] + pad, ys[r + 1] - pad,
          join, ppi);
      rows.add(runs);
      if (runs.size() >= 2) {
        runs.forEach(x -> heights.add(x.solid()));
      }
    }
    if (heights.isEmpty()) {
      return List.of(g);
    }
    heights.sort(Integer::compare);
    // the table's tallest common glyphs (CJK; its digits are lower)
    int typical = heights.get(Math.min(heights.size() - 1, (int) (heights.size() * 0.9)));
    List<Grid> out = new ArrayList<>();
    int from = 0;
    for (int r = 0; r <= g.rows(); r++) {
      boolean heading = r < g.rows() && !rows.get(r).isEmpty()
          && medianHeight(rows.get(r)) > 1.2 * typical;
      if (heading || r == g.rows()) {
        if (r - from >= 2 || from == 0 && r == 1 && carriedRow(rows.get(0), typical)) {
          int[] part = java.util.Arrays.copyOfRange(ys, from, r + 1);
          Rect box = new Rect(area.x, part[0], area.width, part[part.length - 1] - part[0]);
          out.add(new Grid(box, g.xs(), part, true));
        }
        from = r + 1;
      }
    }
    return out;
  }

  /**
   * A row of a label and one figure after it, nothing else: alone between two rules at the top
   * of a stack (a heading below it) it is a table's last row carried over a page break (table
   * 二's fee row), not a band of text.
   */
  static boolean carriedRow(List<Run> row, double em) {
    return row.size() == 2 && !row.get(0).digitShaped(em) && row.get(0).extent() >= 0.5 * em
        && row.get(1).digitShaped(em);
  }

  /** Confidence of a figure whose column was inferred in a row with a blank figure slot. */
  static final double BLANK_NEIGHBOUR_CONFIDENCE = 0.85;

  /**
   * Without vertical rules a figure's column comes from alignment alone, and a row that leaves
   * some of its figure slots blank (zeros printed as nothing, a sparse table) gives the alignment
   * nothing to hold on to there: its figures may sit one column off and still look right. The
   * figures of such a row (a figure and, right of the row's label, a blank cell), and its blank
   * slots, are kept but doubted, as {@code AlignedTableReader} does for the text layer; when such a row has two or
   * more figures, every figure of the table is.
   */
  static List<org.nianbao.model.Cell> doubtRowsWithBlanks(List<org.nianbao.model.Cell> cells) {
    java.util.Map<Integer, List<org.nianbao.model.Cell>> byRow = new java.util.TreeMap<>();
    for (org.nianbao.model.Cell c : cells) {
      byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
    }
    java.util.Set<org.nianbao.model.Cell> doubted =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    boolean sparse = false;
    for (List<org.nianbao.model.Cell> row : byRow.values()) {
      int labelEnd = -1;
      boolean figure = false;
      for (org.nianbao.model.Cell c : row) {
        String t = c.text() == null ? "" : c.text().strip();
        if (isFigure(t)) {
          figure = true;
        } else if (!t.isEmpty()) {
          labelEnd = Math.max(labelEnd, c.lastColumn());
        }
      }
      boolean blank = false;
      for (org.nianbao.model.Cell c : row) {
        blank |= (c.text() == null || c.text().isBlank()) && c.column() > labelEnd;
      }
      if (figure && blank && labelEnd >= 0) {
        long figures = row.stream()
            .filter(c -> c.text() != null && isFigure(c.text().strip())).count();
        sparse |= figures >= 2;
        for (org.nianbao.model.Cell c : row) {
          boolean empty = (c.text() == null || c.text().isBlank()) && c.column() > labelEnd;
          // a blank slot is as doubtful as the figures beside it: its figure may be the one
          // read in the neighbouring slot, and a blank read as zero would pass unflagged
          if (empty || c.text() != null && isFigure(c.text().strip())) {
            doubted.add(c);
          }
        }
      }
    }
    if (sparse) {
      // blanks among several figures: the columns may be off for the full rows as well (a
      // column whose figures are all blank is missing from the grid)
      for (org.nianbao.model.Cell c : cells) {
        if (c.text() != null && isFigure(c.text().strip())) {
          doubted.add(c);
        }
      }
    }
    if (doubted.isEmpty()) {
      return cells;
    }
    List<org.nianbao.model.Cell> out = new ArrayList<>(cells.size());
    for (org.nianbao.model.Cell c : cells) {
      out.add(!doubted.contains(c) ? c : c.withText(c.text(), Math.min(
          c.confidence() == null ? 1.0 : c.confidence(), BLANK_NEIGHBOUR_CONFIDENCE)));
    }
    return out;
  }

  /**
   * Runs of text ink in a cell's box (inset by a rule's width): a figure read from a cell of a
   * table whose columns came from text alignment and that prints two runs is doubted, for the
   * runs may be one figure whose decimal point was lost as a speck (250 | 26), or two figures
   * the columns failed to part.
   */
  static int pieces(Mat textInk, Rect cell, double ppi) {
    int pad = Math.max(2, (int) Math.round(ppi * 0.02));
    int join = Math.max(3, (int) Math.round(ppi * 0.035));
    return runs(textInk, cell.x + pad, cell.x + cell.width - pad, cell.y + pad,
        cell.y + cell.height - pad, join, ppi).size();
  }

  /** Confidence of a figure read from a cell printing two runs of ink ({@link #pieces}). */
  static final double PIECES_CONFIDENCE = 0.8;

  /** Digits (a sign, separators) or a zero mark: a figure cell's text. */
  static boolean isFigure(String t) {
    return !t.isEmpty() && t.matches("[-−—–/／0-9.,，．]+");
  }

  /** Whether {@link #columns} may change the grid (it has no inner column boundary). */
  static boolean wanted(Grid g) {
    return g.columns() == 1;
  }

  /**
   * The text ink that is clearly darker than the paper around it: on a shaded band (a header
   * row printed on gray) scan noise and JPEG blotches pass the local threshold of the ink mask
   * and would read as text runs; the background is the gray closed over more than a glyph.
   */
  static Mat darkInk(Mat gray, Mat textInk, double ppi) {
    int k = Math.max(9, (int) Math.round(ppi * 0.12)) | 1;
    Mat background = new Mat();
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(k, k));
    Imgproc.morphologyEx(gray, background, Imgproc.MORPH_CLOSE, kernel);
    Mat depth = new Mat();
    Core.subtract(background, gray, depth);
    Mat dark = new Mat();
    Imgproc.threshold(depth, dark, DARKER, 255, Imgproc.THRESH_BINARY);
    Core.bitwise_and(dark, textInk, dark);
    OpenCv.release(background, kernel, depth);
    return dark;
  }

  /** Gray levels below its surroundings that text ink is at least. */
  static final int DARKER = 45;

  /** The glyph height of most of the row's text: the median over its width. */
  static int medianHeight(List<Run> runs) {
    List<Run> byHeight = new ArrayList<>(runs);
    byHeight.sort(Comparator.comparingInt(Run::solid));
    int total = byHeight.stream().mapToInt(r -> r.right() - r.left() + 1).sum();
    int seen = 0;
    for (Run r : byHeight) {
      seen += r.right() - r.left() + 1;
      if (2 * seen >= total) {
        return r.solid();
      }
    }
    return 0;
  }

  /**
   * Runs of text ink between {@code top} and {@code bottom}: the glyph components (specks of
   * scan noise left out) grouped along x across gaps narrower than {@code join} (the space
   * between glyphs of one cell's text).
   */
  static List<Run> runs(Mat ink, int left, int right, int top, int bottom, int join, double ppi) {
    List<Run> out = new ArrayList<>();
    if (bottom - top < 2 || right - left < 2) {
      return out;
    }
    Mat band = ink.submat(new Rect(left, top, right - left, bottom - top));
    int[] st = OpenCv.componentStats(band, 8);
    OpenCv.release(band);
    double k = ppi / 150.0;
    int minArea = (int) Math.max(6, Math.round(12 * k * k));
    int minSide = (int) Math.max(3, Math.round(3 * k));
    List<int[]> boxes = new ArrayList<>(); // x0, x1, y0, y1
    List<int[]> dots = new ArrayList<>();
    for (int i = 1; i < st.length / 5; i++) {
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT] + left;
      int y = st[i * 5 + Imgproc.CC_STAT_TOP];
      if (st[i * 5 + Imgproc.CC_STAT_AREA] < minArea || Math.max(w, h) < minSide) {
        if (st[i * 5 + Imgproc.CC_STAT_AREA] >= 2 && w <= 2 * h + 1 && h <= 2 * w + 1) {
          dots.add(new int[] {x, x + w - 1, y, y + h - 1});
        }
        continue;
      }
      boxes.add(new int[] {x, x + w - 1, y, y + h - 1});
    }
    boxes.sort(Comparator.comparingInt(bx -> bx[0]));
    List<int[]> group = new ArrayList<>();
    int reach = Integer.MIN_VALUE;
    for (int[] bx : boxes) {
      if (!group.isEmpty() && bx[0] - reach > join && !decimalPoint(dots, group, reach, bx, join)) {
        out.add(run(group, bottom - top));
        group = new ArrayList<>();
      }
      group.add(bx);
      reach = group.size() == 1 ? bx[1] : Math.max(reach, bx[1]);
    }
    if (!group.isEmpty()) {
      out.add(run(group, bottom - top));
    }
    return out;
  }

  /**
   * Whether a dot too small to count as a glyph bridges the gap between a group of glyphs
   * (reaching to {@code reach}) and the next glyph {@code next}: a decimal point, low on the
   * line and within twice {@code join} of both sides (a monospaced font gives the point a
   * digit's advance). Without it 381.35万元 falls apart into two runs and the gap between them
   * reads as a column boundary.
   */
  static boolean decimalPoint(List<int[]> dots, List<int[]> group, int reach, int[] next,
      int join) {
    int top = Integer.MAX_VALUE;
    int bottom = Integer.MIN_VALUE;
    for (int[] g : group) {
      top = Math.min(top, g[2]);
      bottom = Math.max(bottom, g[3]);
    }
    double low = top + 0.6 * (bottom - top);
    int[] last = group.get(group.size() - 1);
    if (!digitShaped(last) || !digitShaped(next)) {
      return false; // a point stands between digits; a speck after a label's glyph is noise
    }
    for (int[] d : dots) {
      if (d[0] > reach && d[1] < next[0] && d[0] - reach <= 2 * join
          && next[0] - d[1] <= 2 * join
          && (d[2] + d[3]) / 2.0 >= low && d[2] <= bottom) {
        return true;
      }
    }
    return false;
  }

  /** A glyph box narrower than tall, as digits are (CJK glyphs are square). */
  private static boolean digitShaped(int[] box) {
    return box[1] - box[0] < DIGIT_WIDTH * (box[3] - box[2]);
  }

  /** Widest a digit is for its height (digits ~0.55, CJK glyphs ~1.0). */
  private static final double DIGIT_WIDTH = 0.8;

  /** A run from its glyph boxes: x extent, ink height, tallest stretch of rows with ink. */
  private static Run run(List<int[]> boxes, int height) {
    int l = Integer.MAX_VALUE;
    int r = Integer.MIN_VALUE;
    boolean[] rows = new boolean[height];
    for (int[] b : boxes) {
      l = Math.min(l, b[0]);
      r = Math.max(r, b[1]);
      for (int y = b[2]; y <= b[3] && y < height; y++) {
        rows[y] = true;
      }
    }
    int first = -1;
    int last = -1;
    int solid = 0;
    int stretch = 0;
    for (int y = 0; y < height; y++) {
      if (rows[y]) {
        first = first < 0 ? y : first;
        last = y;
        solid = Math.max(solid, ++stretch);
      } else {
        stretch = 0;
      }
    }
    return new Run(l, r, first < 0 ? 0 : last - first + 1, solid);
  }

  /**
   * Inner ends of the horizontal rules on the row boundaries: where a rule stops inside the
   * table, a cell spanning rows begins or ends. Ends within {@code tol} of each other are one.
   */
  static List<Integer> ruleEnds(Mat horizontal, Rect area, int[] ys, double tol, double ppi) {
    List<Integer> ends = new ArrayList<>();
    int t = (int) Math.ceil(tol);
    int minPiece = (int) Math.round(ppi * 0.15);
    for (int i = 1; i + 1 < ys.length; i++) {
      int lo = Math.max(0, ys[i] - t);
      int hi = Math.min(horizontal.rows(), ys[i] + t + 1);
      Mat strip = horizontal.submat(new Rect(area.x, lo, area.width, hi - lo));
      Mat profile = new Mat();
      Core.reduce(strip, profile, 0, Core.REDUCE_MAX);
      byte[] p = new byte[area.width];
      profile.get(0, 0, p);
      OpenCv.release(strip, profile);
      int start = -1;
      for (int x = 0; x <= p.length; x++) {
        boolean on = x < p.length && p[x] != 0;
        if (on && start < 0) {
          start = x;
        } else if (!on && start >= 0) {
          if (x - start >= minPiece) {
            if (start > 3 * tol) {
              ends.add(area.x + start);
            }
            if (p.length - x > 3 * tol) {
              ends.add(area.x + x - 1);
            }
          }
          start = -1;
        }
      }
    }
    ends.sort(Integer::compare);
    List<Integer> out = new ArrayList<>();
    for (int e : ends) {
      if (out.isEmpty() || e - out.get(out.size() - 1) > tol) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Column boundaries: the table's edges, the clear gaps between the runs of its fullest rows
   * (at a rule end lying in the gap, else in its middle) and the rule ends lying elsewhere. A
   * gap narrower than {@link #WORD_GAP} glyph heights in every one of those rows and holding no
   * rule end is the space inside a label (after 、 or ）), not between cells. A table whose
   * figures and leaf headers make a template's count of figure columns ({@link FigureBands})
   * takes those, and only the labels' columns from the gaps.
   */
  static int[] boundaries(List<List<Run>> rows, List<Integer> ends, int left, int right,
      int join) {
    int most = rows.stream().mapToInt(List::size).max().orElse(0);
    if (most < 2) {
      return new int[] {left, right};
    }
    List<Integer> heights = new ArrayList<>();
    rows.forEach(r -> r.forEach(x -> heights.add(x.solid())));
    heights.sort(Integer::compare);
    double em = heights.get(Math.min(heights.size() - 1, (int) (heights.size() * 0.9)));
    int[] figureXs = FigureBands.columns(rows, ends, em, left, right);
    if (figureXs != null) {
      // the labels' columns from the gaps of the rows with the most figures (a row's figures
      // end it: digit-high pieces of labels or notes are not figures); the figure columns as
      // found
      double height = FigureBands.figureHeight(rows, em);
      int[] counts = rows.stream()
          .mapToInt(r -> FigureBands.trailingFigures(r, em, height).size()).toArray();
      int floor = Math.max(1, java.util.Arrays.stream(counts).max().orElse(0) - 1);
      List<List<Run>> fullest = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (counts[r] >= floor) {
          fullest.add(rows.get(r));
        }
      }
      int near = Math.max(4, join);
      List<Integer> out = new ArrayList<>();
      for (int x : gaps(rows, fullest, ends, left, right, join, em)) {
        if (x < figureXs[0] - near) {
          out.add(x);
        }
      }
      for (int x : figureXs) {
        out.add(x);
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }
    List<List<Run>> fullest = fullestRows(rows, em);
    List<Integer> clean = gaps(rows, fullest, ends, left, right, join, em);
    int[] withHeaders = headerColumns(rows, clean.stream().mapToInt(Integer::intValue).toArray(),
        em);
    return leafColumns(rows, withHeaders, em);
  }

  /**
   * Boundaries in the clear gaps between the runs of the {@code fullest} rows (at a rule end
   * lying in a gap, else in its middle) and at the rule ends lying elsewhere, with the table's
   * edges.
   */
  private static List<Integer> gaps(List<List<Run>> rows, List<List<Run>> fullest,
      List<Integer> ends, int left, int right, int join, double em) {
    List<Run> runs = new ArrayList<>();
    fullest.forEach(runs::addAll);
    runs.sort(Comparator.comparingInt(Run::left));
    List<Integer> xs = new ArrayList<>();
    xs.add(left);
    int reach = Integer.MIN_VALUE;
    for (Run run : runs) {
      if (reach != Integer.MIN_VALUE && run.left() - reach > join) {
        int a = reach;
        int b = run.left();
        List<Integer> inGap = ends.stream().filter(e -> e >= a - 1 && e <= b + 1).toList();
        if (!inGap.isEmpty()) {
          xs.addAll(inGap);
        } else if (stretches(fullest, a, b, em)) {
          xs.add(middle(rows, a, b, join));
        }
      }
      reach = Math.max(reach, run.right());
    }
    int near = Math.max(4, join);
    for (int e : ends) {
      if (xs.stream().noneMatch(x -> Math.abs(x - e) < near)) {
        xs.add(e);
      }
    }
    xs.add(right);
    xs.sort(Integer::compare);
    List<Integer> clean = new ArrayList<>();
    for (int x : xs) {
      if (clean.isEmpty() || x - clean.get(clean.size() - 1) >= near) {
        clean.add(x);
      }
    }
    clean.set(clean.size() - 1, right);
    return clean;
  }

  /**
   * The columns the lowest headers give where the figure rows give fewer: a table whose figures
   * are mostly printed blank (table 四 with a single row of figures, zeros left empty) shows its
   * columns only in its header. A leaf header is a header text with no header text of a lower
   * header row under it (行政复议's five fields, not 行政复议 itself); over the figure area
   * (from the first slot holding a figure) each leaf is a column of its own, bounded in the
   * middle of the gaps between leaves. Taken only when the leaves lie side by side, apart by
   * {@link #LEAF_GAP} glyph heights ({@link #LETTER_GAP} between two words), and every figure of every row falls inside one leaf's
   * column, under it: otherwise the headers are not a row of column heads.
   */
  static int[] leafColumns(List<List<Run>> rows, int[] xs, double em) {
    if (em <= 0 || xs.length < 2) {
      return xs;
    }
    List<Run> figures = new ArrayList<>();
    // a label line cut to digit height by a rule (see headerRow) is far wider than any figure;
    // an item's number (3．) lies under the label words of other rows
    List<Run> labels = labelWords(rows, em);
    rows.forEach(r -> r.stream().filter(x -> x.digitShaped(em)
        && x.right() - x.left() <= FIGURE_EMS * em
        && !underLabelWord(x, labels)).forEach(figures::add));
    if (figures.isEmpty()) {
      return xs;
    }
    int from = xs[0];
    for (int c = 0; c + 1 < xs.length; c++) {
      int lo = xs[c];
      int hi = xs[c + 1];
      if (figures.stream().anyMatch(f -> f.center() >= lo && f.center() < hi)) {
        from = lo;
        break;
      }
    }
    List<Run> leaves = new ArrayList<>();
    int area = from; // (final for the lambdas)
    // the head is the header rows above the first figure row: a header row further down heads
    // a block of its own (table 二's blocks, some with a header over two columns merged) and
    // its texts are no leaves of the head's
    int head = 0;
    while (head < rows.size() && headerRow(rows.get(head), em, area)) {
      head++;
    }
    // the labels' right end in the figure rows: a figure column printed all blank next to the
    // label column leaves no gap of its own, its slot merged into the labels' (table 二 whose
    // 本年新制作数量 and 上一年项目数量 are all blank), and its leaf header lies left of the first
    // slot with a figure, clear of the labels
    int labelEnd = -1;
    for (int r = head; r < rows.size(); r++) {
      if (!headerRow(rows.get(r), em, area)) {
        for (Run x : rows.get(r)) {
          if (x.right() < from) {
            labelEnd = Math.max(labelEnd, x.right());
          }
        }
      }
    }
    int lowest = labelEnd >= 0 ? labelEnd + 1 : from;
    int labelsEnd = labelEnd; // (final for the lambdas)
    for (int r = 0; r < head; r++) {
      for (Run h : rows.get(r)) {
        if (!headerText(h, em) || h.left() < lowest) {
          continue;
        }
        boolean covered = false;
        for (int below = r + 1; below < head && !covered; below++) {
          covered = headerRow(rows.get(below), em, area) && rows.get(below).stream().anyMatch(
              x -> headerText(x, em) && x.left() < h.right() && x.right() > h.left());
          // wedged between two heads of a row below: a piece of a title over them (第二十条第
          // (一)项 broken at its bracket), no head of its own
          covered |= rows.get(below).stream().anyMatch(x -> headerText(x, em)
              && x.right() < h.left()) && rows.get(below).stream().anyMatch(
              x -> headerText(x, em) && x.left() > h.right());
        }
        // a row below that holds only a label, begun among the figure rows' labels and reaching
        // under the text (二、上年结转…, its figures blank), shows it is the end of the label
        // column's header (its note), no leaf
        for (int below = head; below < rows.size() && !covered; below++) {
          List<Run> row = rows.get(below);
          covered = labelOnly(row, em)
              && row.stream().mapToInt(Run::left).min().getAsInt() <= labelsEnd
              && row.stream().anyMatch(x -> x.left() < h.right() && x.right() > h.left());
        }
        if (!covered) {
          leaves.add(h);
        }
      }
    }
    leaves = joinLetterSpaced(leaves, em);
    int start = from;
    if (!leaves.isEmpty() && leaves.get(0).left() < from) {
      start = blankColumnStart(rows, head, leaves.get(0), labelEnd, em);
      if (start < 0) {
        start = from;
        leaves = leaves.stream().filter(h -> h.left() >= area).toList();
      }
    }
    int inner = 0;
    for (int x : xs) {
      inner += x > from && x < xs[xs.length - 1] ? 1 : 0;
    }
    if (leaves.size() < 2 || leaves.size() - 1 <= inner) {
      return xs; // the figures gave as many columns there already
    }
    List<Integer> cuts = new ArrayList<>();
    for (int k = 0; k + 1 < leaves.size(); k++) {
      int a = leaves.get(k).right();
      int b = leaves.get(k + 1).left();
      // a letter space parts single glyphs: two words side by side (wrapped in narrow columns,
      // 科研机构 beside 社会公益组织) are two heads once clear of a letter space
      boolean words = wordWide(leaves.get(k), em) && wordWide(leaves.get(k + 1), em);
      if (b - a < (words ? LETTER_GAP : LEAF_GAP) * em) {
        return xs;
      }
      cuts.add((a + b) / 2);
    }
    // each figure under a leaf, inside its column
    for (Run f : figures) {
      if (f.left() < from) {
        continue;
      }
      boolean under = false;
      for (int k = 0; k < leaves.size() && !under; k++) {
        int lo = k == 0 ? start : cuts.get(k - 1);
        int hi = k + 1 == leaves.size() ? xs[xs.length - 1] : cuts.get(k);
        under = f.left() > lo && f.right() < hi
            && f.left() < leaves.get(k).right() && f.right() > leaves.get(k).left();
      }
      if (!under) {
        return xs;
      }
    }
    // a leaf heads one column: two figures of one row under it are two columns it hides
    int figureArea = from;
    for (List<Run> row : rows) {
      for (int k = 0; k < leaves.size(); k++) {
        int lo = k == 0 ? figureArea : cuts.get(k - 1);
        int hi = k + 1 == leaves.size() ? xs[xs.length - 1] : cuts.get(k);
        if (row.stream().filter(f -> f.digitShaped(em) && f.left() >= figureArea
            && f.left() > lo && f.right() < hi).count() > 1) {
          return xs;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int x : xs) {
      if (x <= start || x == xs[xs.length - 1]) {
        out.add(x);
      }
    }
    if (start != from) {
      out.add(start);
    }
    out.addAll(cuts);
    out.sort(Integer::compare);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A row holding one label and nothing else: runs none digit-shaped, sorted by x, each within a
   * word gap of the one before.
   */
  static boolean labelOnly(List<Run> row, double em) {
    if (row.isEmpty()) {
      return false;
    }
    List<Run> sorted = row.stream().sorted(Comparator.comparingInt(Run::left)).toList();
    for (int k = 0; k < sorted.size(); k++) {
      if (sorted.get(k).digitShaped(em)
          || k > 0 && sorted.get(k).left() - sorted.get(k - 1).right() >= WORD_GAP * em) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the figure area begins when its first leaf header starts left of the first slot with
   * a figure (its column printed all blank): in the middle of the gap between the labels'
   * right end and that leaf, taken only when the gap is a leaf gap wide, the label column keeps
   * a header of its own left of it (信息内容) and no text of a row below the head runs across
   * it; -1 otherwise.
   */
  static int blankColumnStart(List<List<Run>> rows, int head, Run first, int labelEnd,
      double em) {
    if (labelEnd < 0 || first.left() - labelEnd < LEAF_GAP * em) {
      return -1;
    }
    int start = (labelEnd + first.left()) / 2;
    boolean labelHeader = false;
    for (int r = 0; r < head; r++) {
      labelHeader |= rows.get(r).stream().anyMatch(x -> headerText(x, em) && x.right() < start);
    }
    for (int r = head; r < rows.size(); r++) {
      if (rows.get(r).stream().anyMatch(x -> x.left() < start && x.right() > start)) {
        return -1;
      }
    }
    return labelHeader ? start : -1;
  }

  /**
   * Leaf runs sorted by x, those closer than {@link #LETTER_GAP} glyph heights joined: a narrow
   * column's header printed two glyphs to a line with a letter space between them (结 果 over
   * 维 持) makes two runs side by side, one header.
   */
  static List<Run> joinLetterSpaced(List<Run> leaves, double em) {
    List<Run> sorted = new ArrayList<>(leaves);
    sorted.sort(Comparator.comparingInt(Run::left));
    List<Run> out = new ArrayList<>();
    for (Run h : sorted) {
      Run last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && h.left() - last.right() < LETTER_GAP * em) {
        out.set(out.size() - 1, new Run(last.left(), Math.max(last.right(), h.right()),
            Math.max(last.extent(), h.extent()), Math.max(last.solid(), h.solid())));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  /** Gap between two glyphs of one header text, in glyph heights (a letter space). */
  static final double LETTER_GAP = 0.6;

  /** Least gap between two leaf headers, in glyph heights, for them to head two columns. */
  static final double LEAF_GAP = 1.0;

  /** Header cells this many glyph heights apart inside one figure slot head two columns. */
  static final double HEADER_GAP = 1.5;

  /**
   * Adds the columns that only a header row shows: a column whose figures are all printed blank
   * (zeros left empty) leaves no gap of its own in the figure rows, but its header still sits
   * beside its neighbour's. Inside a slot that holds figures, two header texts (not figures)
   * clear of each other by {@link #HEADER_GAP} glyph heights, with no figure of any row
   * between them, get a boundary in the middle of that gap.
   */
  /** A header row prints no figure (a zero mark or a figure would make it a figure row). */
  private static boolean headerRow(List<Run> row, double em) {
    return headerRow(row, em, Integer.MIN_VALUE);
  }

  /**
   * A header row prints no figure right of {@code from} (the figure area): left of it the label
   * column's text may be cut low by a rule that spans only the figure columns (a two-line label
   * beside a group head and its leaves) and then looks as low as digits.
   */
  private static boolean headerRow(List<Run> row, double em, int from) {
    List<Run> digits = row.stream().filter(x -> x.digitShaped(em) && x.left() >= from).toList();
    if (digits.isEmpty()) {
      return true;
    }
    // a short CJK word reaches only digit height in some fonts (然人 of 自然人, 0.8 of the
    // tallest glyphs): a row whose header texts right of such a run outnumber its digit-shaped
    // runs is a header row; a figure row's words (its label) stand left of its figures
    int first = digits.stream().mapToInt(Run::left).min().getAsInt();
    long after = row.stream().filter(x -> x.left() > first && headerText(x, em)).count();
    return after > digits.size();
  }

  /** Widest a figure is, in glyph heights (1,234,567: nine glyphs of about half a height). */
  static final double FIGURE_EMS = 6;

  /** At least two glyphs side by side (a word, not one letter-spaced glyph). */
  private static boolean wordWide(Run x, double em) {
    return x.right() - x.left() >= WORD_WIDTH * em;
  }

  /** Width in glyph heights of two glyphs side by side (a single CJK glyph is about 1). */
  static final double WORD_WIDTH = 1.4;

  /**
   * A header's text: glyphs of full height, at least two wide or two lines high (not a zero mark
   * such as / or 无, one glyph; a narrow column's header is printed one glyph to a line).
   */
  static boolean headerText(Run x, double em) {
    return !x.digitShaped(em) && x.extent() >= 0.5 * em
        && (x.right() - x.left() >= WORD_WIDTH * em || x.extent() >= STACKED_LINES * em);
  }

  /** Glyph heights a run of stacked lines (two glyphs one above the other, spaced) reaches. */
  static final double STACKED_LINES = 1.8;

  static int[] headerColumns(List<List<Run>> rows, int[] xs, double em) {
    if (em <= 0 || xs.length < 3) {
      return xs;
    }
    List<Run> figures = new ArrayList<>();
    rows.forEach(r -> r.stream().filter(x -> x.digitShaped(em)).forEach(figures::add));
    List<Integer> added = new ArrayList<>();
    for (int c = 1; c + 1 < xs.length; c++) {
      int lo = xs[c];
      int hi = xs[c + 1];
      if (figures.stream().noneMatch(f -> f.left() >= lo && f.right() <= hi)) {
        continue; // a label slot
      }
      for (List<Run> row : rows) {
        if (!headerRow(row, em)) {
          continue;
        }
        List<Run> inside = row.stream()
            .filter(x -> x.left() > lo && x.right() < hi && headerText(x, em))
            .sorted(Comparator.comparingInt(Run::left)).toList();
        for (int k = 0; k + 1 < inside.size(); k++) {
          int a = inside.get(k).right();
          int b = inside.get(k + 1).left();
          if (b - a >= HEADER_GAP * em
              && figures.stream().noneMatch(f -> f.right() > a && f.left() < b)) {
            added.add((a + b) / 2);
          }
        }
      }
    }
    // with no rule end to hold it, the boundary between the blank column's neighbours falls in
    // the middle of their figures' gap, under the blank column's own header: a header clear of
    // every figure across a boundary, its row's neighbouring headers in the slots either side,
    // stands for a column between two new boundaries
    java.util.Set<Integer> dropped = new java.util.HashSet<>();
    for (List<Run> row : rows) {
      if (!headerRow(row, em)) {
        continue;
      }
      List<Run> sorted = row.stream().sorted(Comparator.comparingInt(Run::left)).toList();
      for (int k = 1; k + 1 < sorted.size(); k++) {
        Run h = sorted.get(k);
        Run before = sorted.get(k - 1);
        Run after = sorted.get(k + 1);
        if (!headerText(h, em)
            || figures.stream().anyMatch(f -> f.right() > h.left() && f.left() < h.right())) {
          continue;
        }
        for (int c = 1; c + 1 < xs.length; c++) {
          int x = xs[c];
          int lo = xs[c - 1];
          int hi = xs[c + 1];
          if (h.left() < x && x < h.right() && before.right() < xs[c] && before.left() > xs[c - 1]
              && after.left() > x && after.right() < xs[c + 1]
              && h.left() - before.right() >= HEADER_GAP * em
              && after.left() - h.right() >= HEADER_GAP * em
              && figures.stream().anyMatch(f -> f.left() > lo && f.right() < x)
              && figures.stream().anyMatch(f -> f.left() > x && f.right() < hi)) {
            dropped.add(x);
            added.add((before.right() + h.left()) / 2);
            added.add((h.right() + after.left()) / 2);
          }
        }
      }
    }
    if (added.isEmpty()) {
      return xs;
    }
    List<Integer> all = new ArrayList<>();
    for (int x : xs) {
      if (!dropped.contains(x)) {
        all.add(x);
      }
    }
    added.sort(Integer::compare);
    for (int x : added) {
      if (all.stream().noneMatch(y -> Math.abs(y - x) < em)) {
        all.add(x);
      }
    }
    all.sort(Integer::compare);
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The middle of gap a..b once narrowed by the text of the other rows reaching into it from one
   * side (a long label of a row with fewer figures ends further right than the fullest rows'
   * labels); text covering the whole gap spans columns and text inside it is left out.
   */
  static int middle(List<List<Run>> rows, int a, int b, int join) {
    int lo = a;
    int hi = b;
    for (List<Run> r : rows) {
      for (Run run : r) {
        if (run.left() <= a && run.right() > lo && run.right() < b) {
          lo = run.right();
        } else if (run.right() >= b && run.left() < hi && run.left() > a) {
          hi = run.left();
        }
      }
    }
    return hi - lo > join ? (lo + hi) / 2 : (a + b) / 2;
  }

  /**
   * The rows whose alignment gives the columns: those with the most figures (digit-shaped runs;
   * a header's words letter-spaced or broken at wide punctuation make more runs than any figure
   * row, but they are one cell's text), with a single such row the rows with one figure fewer
   * too (a figure printed blank there would hide its column). Without figures, the rows with
   * the most runs, and with a single such row the next fullest too.
   */
  static List<List<Run>> fullestRows(List<List<Run>> rows, double em) {
    List<Run> labels = labelWords(rows, em);
    int[] figures = new int[rows.size()];
    int mostFigures = 0;
    for (int r = 0; r < rows.size(); r++) {
      figures[r] = (int) rows.get(r).stream()
          .filter(x -> x.digitShaped(em) && !underLabelWord(x, labels)).count();
      mostFigures = Math.max(mostFigures, figures[r]);
    }
    List<List<Run>> out = new ArrayList<>();
    if (mostFigures >= 2) {
      int most = mostFigures;
      long full = java.util.Arrays.stream(figures).filter(f -> f == most).count();
      int floor = full >= 2 ? most : most - 1;
      for (int r = 0; r < rows.size(); r++) {
        if (figures[r] >= floor) {
          out.add(rows.get(r));
        }
      }
      return out;
    }
    int most = rows.stream().mapToInt(List::size).max().orElse(0);
    long full = rows.stream().filter(r -> r.size() == most).count();
    int floor = full >= 2 ? most : most - 1;
    return rows.stream().filter(r -> r.size() >= floor).toList();
  }

  /** A run lying under one of the label words ({@link #labelWords}): in a label column. */
  static boolean underLabelWord(Run x, List<Run> labels) {
    return labels.stream().anyMatch(w -> w.left() <= x.right() && w.right() >= x.left());
  }

  /**
   * The label words of the figure rows (rows with two or more digit-shaped runs): runs a word
   * wide among the non-digit runs that lead the row, each within a word gap of the one before.
   * A digit-shaped run under one of them lies in a label column: a label cut to digit height by
   * a rule that spans only the columns right of a label spanning rows (不予处理 beside 4．无正当理由…, fresh-150633-68) is no figure,
   * and counted as figures its pieces made one row the fullest alone.
   */
  static List<Run> labelWords(List<List<Run>> rows, double em) {
    List<Run> out = new ArrayList<>();
    for (List<Run> row : rows) {
      List<Run> digits = row.stream().filter(x -> x.digitShaped(em)).toList();
      if (digits.size() < 2) {
        continue;
      }
      // the label leads the row: its words follow one another from the row's first run, word
      // gaps apart (a figure with a unit, 61件, stands further off and is no label)
      List<Run> sorted = row.stream().sorted(Comparator.comparingInt(Run::left)).toList();
      Run prev = null;
      for (Run x : sorted) {
        if (x.digitShaped(em) || prev != null && x.left() - prev.right() >= WORD_GAP * em) {
          break;
        }
        if (wordWide(x, em)) {
          out.add(x);
        }
        prev = x;
      }
    }
    return out;
  }

  /** Gaps narrower than this many glyph heights in all of the fullest rows lie inside a cell's text. */
  static final double WORD_GAP = 0.85;

  /**
   * Whether gap a..b (clear in all of {@code rows}) lies between two cells: some row has a
   * clear stretch there at least {@link #WORD_GAP} glyph heights ({@code em}) across, and no
   * row has text on both sides of it closer than that (the space inside a long label, a word
   * gap of a letter-spaced one).
   */
  static boolean stretches(List<List<Run>> rows, int a, int b, double em) {
    double wide = WORD_GAP * em;
    boolean some = b - a >= wide;
    for (List<Run> r : rows) {
      Run lo = null;
      Run hi = null;
      for (Run run : r) {
        if (run.right() <= a && (lo == null || run.right() > lo.right())) {
          lo = run;
        } else if (run.left() >= b && (hi == null || run.left() < hi.left())) {
          hi = run;
        }
      }
      if (lo != null && hi != null) {
        // two figures are two cells however close: only text has word gaps
        if (hi.left() - lo.right() < wide && !(lo.digitShaped(em) && hi.digitShaped(em))) {
          return false;
        }
        some = true;
      }
    }
    return some;
  }

  /** Whether each slot of the row between {@code top} and {@code bottom} has rules above and below. */
  private static boolean[] ruledSlots(Mat horizontal, int[] xs, int top, int bottom, int t) {
    boolean[] out = new boolean[xs.length - 1];
    for (int c = 0; c < out.length; c++) {
      out[c] = SpanResolver.coverage(horizontal, top, xs[c], xs[c + 1], t, true)
          >= SpanResolver.PRESENT
          && SpanResolver.coverage(horizontal, bottom, xs[c], xs[c + 1], t, true)
          >= SpanResolver.PRESENT;
    }
    return out;
  }

  /**
   * Which inner boundaries of one row get no virtual rule: those a run crosses, and those inside
   * a wider span of empty slots that centres a cell's text clearly better than its own slots do
   * (a header over a group of columns). Slots that lose a rule above or below (cells spanning
   * rows) take no part in such a span. A figure centred in its own slot keeps it, blank
   * neighbours or not.
   */
  static boolean[] openBoundaries(List<Run> runs, int[] xs, boolean[] ruled) {
    int nc = xs.length - 1;
    boolean[] open = new boolean[nc + 1];
    boolean[] occupied = new boolean[nc];
    for (Run run : runs) {
      int a = slot(xs, run.left() + 1);
      int b = slot(xs, run.right() - 1);
      for (int c = a; c <= b; c++) {
        occupied[c] = true;
      }
      for (int c = a + 1; c <= b; c++) {
        open[c] = true;
      }
    }
    int c = 0;
    while (c < nc) {
      int a = c;
      int b = c;
      while (b + 1 < nc && open[b + 1]) {
        b++;
      }
      c = b + 1;
      if (!occupied[a] || !ruled(ruled, a, b)) {
        continue;
      }
      double lo = Double.MAX_VALUE;
      double hi = -Double.MAX_VALUE;
      for (Run run : runs) {
        double x = run.center();
        if (x >= xs[a] && x < xs[b + 1]) {
          lo = Math.min(lo, run.left());
          hi = Math.max(hi, run.right());
        }
      }
      if (lo > hi) {
        continue;
      }
      double text = (lo + hi) / 2;
      double width = xs[b + 1] - xs[a];
      double best = Math.abs(text - (xs[a] + xs[b + 1]) / 2.0);
      int bestA = a;
      int bestB = b;
      for (int na = a; na >= 0 && (na == a || free(na, occupied, ruled)); na--) {
        for (int nb = b; nb < nc && (nb == b || free(nb, occupied, ruled)); nb++) {
          double d = Math.abs(text - (xs[na] + xs[nb + 1]) / 2.0);
          if (d < best - 0.25 * width) {
            best = d;
            bestA = na;
            bestB = nb;
          }
        }
      }
      for (int k = bestA + 1; k <= bestB; k++) {
        open[k] = true;
      }
      if (bestB > b) {
        c = bestB + 1;
      }
    }
    return open;
  }

  private static boolean free(int slot, boolean[] occupied, boolean[] ruled) {
    return !occupied[slot] && ruled[slot];
  }

  private static boolean ruled(boolean[] ruled, int a, int b) {
    for (int k = a; k <= b; k++) {
      if (!ruled[k]) {
        return false;
      }
    }
    return true;
  }

  /** The slot holding x. */
  private static int slot(int[] xs, double x) {
    for (int c = 0; c + 1 < xs.length; c++) {
      if (x < xs[c + 1]) {
        return c;
      }
    }
    return xs.length - 2;
  }
}
