package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.extract.image.AlignedColumns.Run;

/**
 * Figure columns of a table ruled only horizontally from where its figures stand, held to the
 * column counts the templates fix for the tables that print rows of figures side by side (table
 * 三: seven applicant columns; table 四: fifteen). The gaps of a single fullest row mislead on
 * such tables: a header's note in a small font makes more digit-high runs than any row of
 * figures, and a column whose zeros are printed blank leaves no gap of its own.
 *
 * <p>A row's figures are the digit-shaped runs that end it (after its label). Over every row
 * from the first with figures, the figures' x extents that overlap make one band (a column's
 * figures overlap however they are aligned, and no two columns' do). Above that row, the lowest
 * header texts right of every label (leaf headers: 商业企业 under 法人或其他组织) stand for
 * columns too: a column printed blank in every row shows only there. Bands and leaves that
 * overlap are one column. The columns are taken only when they number as a template says;
 * otherwise the caller keeps its own reading. Two runs of one row inside one column are one
 * cell's text (11 whose digits stand apart, a decimal point lost as a speck), never two figures:
 * the reader doubts such a figure ({@link AlignedColumns#pieces}).
 */
final class FigureBands {
  private FigureBands() {}

  /** Figure columns of the templates' tables of figures: table 三 (7), table 四 (15). */
  static final int[] TEMPLATE_COUNTS = {7, 15};

  /**
   * The figure columns' boundaries, from the boundary between the labels and the first figure
   * column to {@code right}; null when the figures and leaf headers do not make a template's
   * number of columns.
   *
   * @param rows the text runs of each row, top to bottom
   * @param ends inner ends of partial horizontal rules (boundaries the rules show)
   * @param em the height of the table's CJK glyphs
   */
  static int[] columns(List<List<Run>> rows, List<Integer> ends, double em, int left,
      int right) {
    if (em <= 0 || rows.size() < 2) {
      return null;
    }
    int n = rows.size();
    double height = figureHeight(rows, em);
    List<List<Run>> figures = new ArrayList<>();
    int first = -1;
    for (int r = 0; r < n; r++) {
      List<Run> f = trailingFigures(rows.get(r), em, height);
      figures.add(f);
      if (first < 0 && !f.isEmpty()) {
        first = r;
      }
    }
    if (first < 1) {
      // no figures (or no header above them: not a table of the templates)
      return first < 0 ? blank(rows, ends, em, left, right, 1) : null;
    }
    // the labels' right edge over the rows of figures (a leaf header must lie right of it)
    int labels = left;
    boolean labelled = false;
    for (int r = first; r < n; r++) {
      List<Run> f = figures.get(r);
      for (Run x : rows.get(r)) {
        if (!f.contains(x) && !mark(x, em)) {
          labels = Math.max(labels, x.right());
          labelled = true;
        }
      }
    }
    List<int[]> anchors = new ArrayList<>(); // left, right, figure (1) or header (0)
    for (int r = first; r < n; r++) {
      for (Run x : figures.get(r)) {
        if (x.left() <= labels) {
          continue; // a label's piece as low as digits (a numbering), the labels' boundaries' part
        }
        anchors.add(new int[] {x.left(), x.right(), 1});
      }
    }
    if (anchors.isEmpty()) {
      return lone(rows, figures, ends, em, left, right);
    }
    for (Run h : leaves(rows.subList(0, first), labels, em)) {
      anchors.add(new int[] {h.left(), h.right(), 0});
    }
    anchors.sort(Comparator.comparingInt(a -> a[0]));
    List<int[]> columns = new ArrayList<>();
    for (int[] a : anchors) {
      int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && a[0] <= last[1]) {
        last[1] = Math.max(last[1], a[1]);
        last[2] |= a[2];
      } else {
        columns.add(a.clone());
      }
    }
    if (!allowed(columns.size())) {
      return lone(rows, figures, ends, em, left, right);
    }
    int[] xs = new int[columns.size() + 1];
    // rows of figures alone (table 四) begin at the table's edge
    xs[0] = labelled ? cut(labels, columns.get(0)[0], ends) : left;
    for (int c = 1; c < columns.size(); c++) {
      xs[c] = cut(columns.get(c - 1)[1], columns.get(c)[0], ends);
    }
    xs[columns.size()] = right;
    for (int c = 1; c < xs.length; c++) {
      if (xs[c] <= xs[c - 1]) {
        return null;
      }
    }
    return xs;
  }

  /**
   * The columns of a table whose figures are all printed blank (zeros left empty): only its leaf
   * headers show them. The header ends above the first row under which no text stands right of
   * the labels' edge with a template's number of leaves over it (higher, the header's own texts
   * push that edge to the table's right; lower, label rows of the body pass for leaves).
   */
  private static int[] blank(List<List<Run>> rows, List<Integer> ends, double em, int left,
      int right, int from) {
    int n = rows.size();
    for (int first = Math.max(1, from); first + 1 < n; first++) {
      int labels = left;
      for (int r = first; r < n; r++) {
        for (Run x : rows.get(r)) {
          if (!mark(x, em)) {
            labels = Math.max(labels, x.right());
          }
        }
      }
      if (labels <= left) {
        return null;
      }
      List<Run> leaves = new ArrayList<>(leaves(rows.subList(0, first), labels, em));
      if (leaves.size() < TEMPLATE_COUNTS[0]) {
        continue;
      }
      if (!allowed(leaves.size())) {
        return null;
      }
      leaves.sort(Comparator.comparingInt(Run::left));
      int[] xs = new int[leaves.size() + 1];
      xs[0] = cut(labels, leaves.get(0).left(), ends);
      for (int c = 1; c < leaves.size(); c++) {
        xs[c] = cut(leaves.get(c - 1).right(), leaves.get(c).left(), ends);
      }
      xs[leaves.size()] = right;
      for (int c = 1; c < xs.length; c++) {
        if (xs[c] <= xs[c - 1]) {
          return null;
        }
      }
      return xs;
    }
    return null;
  }

  /**
   * A table whose only "figures" stand in a single row, that row a header's (总计 in a light
   * font passes for digits): read as printed all blank, its header ending below that row. Two
   * rows or more of figures are a body's, never taken for header.
   */
  private static int[] lone(List<List<Run>> rows, List<List<Run>> figures, List<Integer> ends,
      double em, int left, int right) {
    int row = -1;
    for (int r = 0; r < figures.size(); r++) {
      if (!figures.get(r).isEmpty()) {
        if (row >= 0) {
          return null;
        }
        row = r;
      }
    }
    return blank(rows, ends, em, left, right, row + 1);
  }

  private static boolean allowed(int count) {
    for (int k : TEMPLATE_COUNTS) {
      if (k == count) {
        return true;
      }
    }
    return false;
  }

  /**
   * The boundary in gap a..b: a rule end inside it (the one nearest its middle), else its
   * middle.
   */
  static int cut(int a, int b, List<Integer> ends) {
    int mid = (a + b) / 2;
    int best = mid;
    int dist = Integer.MAX_VALUE;
    for (int e : ends) {
      if (e > a && e < b && Math.abs(e - mid) < dist) {
        dist = Math.abs(e - mid);
        best = e;
      }
    }
    return best;
  }

  /**
   * The digit-shaped runs that end a row, after its last other run (zero marks such as - or 无
   * among them are skipped, not taken for a label).
   */
  static List<Run> trailingFigures(List<Run> row, double em) {
    return trailingFigures(row, em, 0);
  }

  /**
   * As {@link #trailingFigures(List, double)}, counting as figures only runs of the figures'
   * {@code height} (when above 0): a table's digits are all of one height, while a header's
   * text in a light or small font that passes for digits is not (行政诉讼 at 17 pixels over
   * figures of 13, a note's small text at 12 beside figures of 16).
   */
  static List<Run> trailingFigures(List<Run> row, double em, double height) {
    List<Run> sorted = new ArrayList<>(row);
    sorted.sort(Comparator.comparingInt(Run::left));
    List<Run> out = new ArrayList<>();
    for (int k = sorted.size() - 1; k >= 0; k--) {
      Run x = sorted.get(k);
      if (figure(x, em) && (height <= 0
          || Math.abs(x.extent() - height) <= Math.max(2, HEIGHT_TOLERANCE * height))) {
        out.add(0, x);
      } else if (!mark(x, em)) {
        break;
      }
    }
    return out;
  }

  /** Relative difference in ink height within which runs are digits of the table's figures. */
  static final double HEIGHT_TOLERANCE = 0.12;

  /** The median ink height of the digit-shaped runs that end the rows: the figures' height. */
  static double figureHeight(List<List<Run>> rows, double em) {
    List<Integer> heights = new ArrayList<>();
    for (List<Run> row : rows) {
      trailingFigures(row, em).forEach(x -> heights.add(x.extent()));
    }
    if (heights.isEmpty()) {
      return 0;
    }
    heights.sort(Integer::compare);
    return heights.get(heights.size() / 2);
  }

  private static boolean figure(Run x, double em) {
    return x.digitShaped(em) && x.right() - x.left() <= AlignedColumns.FIGURE_EMS * em;
  }

  /**
   * A mark printed for zero or a blank figure (-, —, /, 无): one glyph wide at most and no taller
   * than a line; a label's text is wider or, wrapped, taller.
   */
  static boolean mark(Run x, double em) {
    return !x.digitShaped(em) && x.right() - x.left() <= MARK_EMS * em
        && x.extent() <= MARK_EMS * em;
  }

  /** Widest and tallest a zero mark is, in glyph heights. */
  static final double MARK_EMS = 1.2;

  /**
   * Leaf headers right of {@code labels}: the texts of the header rows with no text of a lower
   * header row under them, letter-spaced pieces of one header joined. Whatever their glyph
   * heights (a light font's 总计 is as low as digits): above the first row of figures all text
   * is header.
   */
  static List<Run> leaves(List<List<Run>> header, int labels, double em) {
    List<Run> out = new ArrayList<>();
    for (int r = 0; r < header.size(); r++) {
      for (Run h : header.get(r)) {
        if (h.left() <= labels || h.extent() < MIN_TEXT * em) {
          continue;
        }
        boolean covered = false;
        for (int below = r + 1; below < header.size() && !covered; below++) {
          covered = header.get(below).stream().anyMatch(x -> x.left() > labels
              && x.extent() >= MIN_TEXT * em && x.left() < h.right() && x.right() > h.left());
        }
        if (!covered) {
          out.add(h);
        }
      }
    }
    return AlignedColumns.joinLetterSpaced(out, em);
  }

  /** Least height of a header text's ink, in glyph heights (lower is a speck or a rule's rest). */
  static final double MIN_TEXT = 0.5;
}
