package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.load.Glyph;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import technology.tabula.Ruling;

/**
 * Tables whose rules do not delimit their cells: ruled only horizontally (no vertical rules), a
 * three-line table (rules above, under the header and under the last row), or rows on coloured
 * bands. Stacks of horizontal rules with table rows between them are the table areas; rows are
 * the bands between rules, and a band holding several rows of figures is split at its text
 * lines; columns are the clear vertical gaps in the text of the figure rows and of the lowest
 * header cells over them (every figure column has one, even where all its figures are blank),
 * plus the ends of partial rules (the label columns of a header). A text run crossing a column boundary makes a
 * column span; a rule that stops short of a column makes a row span.
 */
final class AlignedTableReader {
  private static final double LEVEL_TOLERANCE = 2.0;
  private static final double MIN_RULE = 8.0;
  private static final double MIN_GAP = 2.0;

  /** A horizontal rule level: its y and the x intervals it covers. */
  record Level(double y, List<double[]> spans) {
    double left() {
      return spans.stream().mapToDouble(s -> s[0]).min().orElse(0);
    }

    double right() {
      return spans.stream().mapToDouble(s -> s[1]).max().orElse(0);
    }

    boolean covers(double x) {
      for (double[] s : spans) {
        if (x >= s[0] - 1 && x <= s[1] + 1) {
          return true;
        }
      }
      return false;
    }
  }

  /** A table area found from its rules. */
  record Area(BBox box, List<Level> levels) {
    /** A region of aligned text with no rules: its top and bottom edges stand for rules. */
    static Area unruled(BBox region) {
      BBox box = new BBox(region.left() - 2, region.top() - 2, region.right() + 2,
          region.bottom() + 2);
      List<double[]> span = List.of(new double[] {box.left(), box.right()});
      return new Area(box, List.of(new Level(box.top(), span), new Level(box.bottom(), span)));
    }
  }

  /** Table areas on the page: runs of rule levels with table rows between them. */
  static List<Area> areas(List<Ruling> horizontal, List<Glyph> glyphs) {
    List<Level> levels = levels(horizontal);
    List<Area> out = new ArrayList<>();
    List<Level> stack = new ArrayList<>();
    double tableFont = 0;
    GlyphsByY byY = GlyphsByY.of(glyphs);
    for (int i = 0; i < levels.size(); i++) {
      Level lv = levels.get(i);
      if (!stack.isEmpty()) {
        Level last = stack.get(stack.size() - 1);
        double l = stack.stream().mapToDouble(Level::left).min().orElse(0);
        double r = stack.stream().mapToDouble(Level::right).max().orElse(0);
        double overlap = Math.min(r, lv.right()) - Math.max(l, lv.left());
        boolean aligned = overlap >= 0.5 * Math.min(r - l, lv.right() - lv.left());
        BBox between = new BBox(l, last.y(), r, lv.y());
        List<TextRuns.Row> band = TextRuns.rows(
            byY.centredWithin(between.top(), between.bottom(), g -> centredIn(g, between)));
        // a rule short of the stack's edges: inside a table, beside a cell spanning rows
        boolean partial = Math.max(last.left(), lv.left()) > l + 3
            || Math.min(last.right(), lv.right()) < r - 3;
        // no row with letters in the stack yet (a blank band above a heading): the rows
        // under the band give the table's font
        double font = tableFont > 0 ? tableFont : fontBelow(levels, i, l, r, byY);
        if (!aligned || breaksTable(band, lv.y() - last.y(), font, partial)) {
          flush(stack, glyphs, out);
          tableFont = 0;
        } else {
          tableFont = Math.max(tableFont, tabularFont(band));
        }
      }
      stack.add(lv);
    }
    flush(stack, glyphs, out);
    return out;
  }

  /**
   * Table areas on a page without rules: runs of visual rows that break into three or more runs
   * with figures among them, joined across lines of wrapped labels between them, with the rows
   * of two or more runs right above (the header). Rows of larger text (a heading) end an area.
   */
  static List<Area> unruledAreas(List<Glyph> glyphs) {
    List<TextRuns.Row> rows = TextRuns.rows(glyphs);
    List<Area> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      if (!dataRow(rows.get(i))) {
        i++;
        continue;
      }
      double font = font(rows.get(i));
      int start = i;
      int end = i;
      int j = i + 1;
      while (j < rows.size()) {
        TextRuns.Row r = rows.get(j);
        TextRuns.Row prev = rows.get(j - 1);
        if (r.top() - prev.bottom() > 1.5 * Math.max(r.height(), prev.height())
            || font(r) > 1.15 * font) {
          break;
        }
        if (dataRow(r)) {
          end = j;
        }
        j++;
      }
      while (start > 0) {
        TextRuns.Row r = rows.get(start - 1);
        TextRuns.Row next = rows.get(start);
        if (r.runs().size() < 2 || next.top() - r.bottom() > 1.5 * Math.max(r.height(), next.height())
            || font(r) > 1.15 * font) {
          break;
        }
        start--;
      }
      if (end > i || start < i) {
        double l = Double.MAX_VALUE;
        double rt = -Double.MAX_VALUE;
        for (int k = start; k <= end; k++) {
          for (TextRuns.Run run : rows.get(k).runs()) {
            l = Math.min(l, run.left());
            rt = Math.max(rt, run.right());
          }
        }
        out.add(Area.unruled(new BBox(l, rows.get(start).top(), rt, rows.get(end).bottom())));
      }
      i = end + 1;
    }
    return out;
  }

  private static boolean dataRow(TextRuns.Row r) {
    return r.runs().size() >= 3 && r.runs().stream().filter(TextRuns.Run::isFigure).count() >= 2;
  }

  /**
   * Whether every row of the area with two or more runs (every row, when none has two) lies
   * inside one of {@code boxes}, and no row printed blank lies outside them (a blank row under
   * a header ruled as a grid).
   */
  static boolean tabularRowsWithin(Area area, List<Glyph> glyphs, List<BBox> boxes) {
    List<Glyph> in = inside(glyphs, area.box());
    double blankRow = BLANK_ROW_SHARE * medianFontSize(in);
    boolean noFigures = TextRuns.rows(in).stream().noneMatch(TextRuns.Row::hasFigure);
    List<Level> levels = area.levels();
    for (int i = 0; i + 1 < levels.size() && blankRow > 0; i++) {
      double top = levels.get(i).y();
      double bottom = levels.get(i + 1).y();
      double y = (top + bottom) / 2;
      double x = area.box().centerX();
      boolean lastBlankRow = i + 2 == levels.size() && noFigures
          && bottom - top >= LAST_BLANK_ROW_SHARE * blankRow / BLANK_ROW_SHARE;
      if ((bottom - top >= blankRow || lastBlankRow) && bottom - top <= 4 * blankRow
          && isBlankRowRule(levels.get(i), levels.get(i + 1), area)
          && inside(in, new BBox(area.box().left(), top, area.box().right(), bottom)).isEmpty()
          && boxes.stream().noneMatch(b -> b.contains(x, y))) {
        return false;
      }
    }
    // an area of label rows alone (a table's last rows, every figure printed blank) has no
    // row of two or more runs: its rows must then lie inside the boxes
    boolean labelsOnly = TextRuns.rows(in).stream().allMatch(r -> r.runs().size() < 2);
    double lowest = boxes.stream().filter(b -> area.box().contains(b.centerX(), b.centerY()))
        .mapToDouble(BBox::bottom).max().orElse(Double.MAX_VALUE);
    for (TextRuns.Row r : TextRuns.rows(in)) {
      // a label alone under the ruled header, begun at the area's left edge between two rules
      // across the area: a row of the table whose figures are all printed blank (table 三's
      // 一、本年新收… at a page's foot, the rest of the table on the next page), not a note
      boolean blankRowBelow = r.runs().size() == 1 && r.top() >= lowest - 1
          && r.runs().get(0).left() - area.box().left() <= 2 * r.height()
          && betweenFullRules(area, r.centerY());
      if (r.runs().size() < 2 && !labelsOnly && !blankRowBelow) {
        continue;
      }
      double y = r.centerY();
      double x = (r.runs().get(0).left() + r.runs().get(r.runs().size() - 1).right()) / 2;
      if (boxes.stream().noneMatch(b -> b.contains(x, y))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the rule levels just above and below {@code y} each run across the whole area. */
  private static boolean betweenFullRules(Area area, double y) {
    Level above = null;
    Level below = null;
    for (Level lv : area.levels()) {
      if (lv.y() <= y) {
        above = lv;
      } else if (below == null) {
        below = lv;
      }
    }
    return above != null && below != null && across(above, area) && across(below, area);
  }

  private static boolean across(Level lv, Area area) {
    return lv.left() <= area.box().left() + 3 && lv.right() >= area.box().right() - 3
        && lv.covers(area.box().centerX());
  }

  /** Whether the text between two rule levels is not a table row (a heading, a paragraph). */
  private static boolean breaksTable(
      List<TextRuns.Row> band, double height, double tableFont, boolean partial) {
    if (band.isEmpty()) {
      return height > 60;
    }
    boolean tabular = band.stream().anyMatch(r -> r.runs().size() >= 2);
    // glyph boxes of some fonts are half the font size high: the size is the surer line height
    double lineHeight =
        band.stream().mapToDouble(r -> Math.max(r.height(), font(r))).max().orElse(1);
    for (TextRuns.Row r : band) {
      if (r.runs().size() < 2 && tableFont > 0 && font(r) > 1.15 * tableFont) {
        return true; // body text or a heading, larger than the table's
      }
    }
    // a tall band of one run between partial rules is a blank row with a wrapped label
    return !tabular && !partial && height > 3 * lineHeight;
  }

  /** Bands under level {@code i} looked at for a table's font when none is known above. */
  private static final int FONT_LOOKAHEAD = 3;

  /**
   * The font of the first of the next few bands under level {@code i} (between x {@code l} and
   * {@code r}) whose rows have letters, or 0.
   */
  private static double fontBelow(List<Level> levels, int i, double l, double r, GlyphsByY byY) {
    for (int j = i; j + 1 < levels.size() && j < i + FONT_LOOKAHEAD; j++) {
      BBox b = new BBox(l, levels.get(j).y(), r, levels.get(j + 1).y());
      double f = tabularFont(TextRuns.rows(byY.centredWithin(b.top(), b.bottom(),
          g -> centredIn(g, b))));
      if (f > 0) {
        return f;
      }
    }
    return 0;
  }

  /** The largest font of the band's rows with letters (a row of marks alone sets no font). */
  private static double tabularFont(List<TextRuns.Row> band) {
    double f = 0;
    for (TextRuns.Row r : band) {
      if (!letterSizes(r).isEmpty()) {
        f = Math.max(f, font(r));
      }
    }
    return f;
  }

  /**
   * The row's font size: the median size of its letters, else of all its glyphs. Marks such as
   * a zero dash may be drawn at another size than the labels (a fallback font at the body size),
   * and a row of them must not set the table's font to that of the text around the table.
   */
  static double font(TextRuns.Row r) {
    List<Double> sizes = letterSizes(r);
    if (sizes.isEmpty()) {
      r.runs().forEach(run -> run.glyphs().forEach(g -> sizes.add((double) g.fontSize())));
    }
    sizes.sort(Double::compare);
    return sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
  }

  private static List<Double> letterSizes(TextRuns.Row r) {
    List<Double> sizes = new ArrayList<>();
    for (TextRuns.Run run : r.runs()) {
      for (Glyph g : run.glyphs()) {
        if (!g.text().isEmpty() && Character.isLetter(g.text().codePointAt(0))) {
          sizes.add((double) g.fontSize());
        }
      }
    }
    return sizes;
  }

  private static void flush(List<Level> stack, List<Glyph> glyphs, List<Area> out) {
    if (stack.size() >= 2) {
      double l = stack.stream().mapToDouble(Level::left).min().orElse(0);
      double r = stack.stream().mapToDouble(Level::right).max().orElse(0);
      BBox box = new BBox(l, stack.get(0).y(), r, stack.get(stack.size() - 1).y());
      // rows on no band and under no rule (the last rows of a banded table) still belong to it
      double bottom = extendDown(box, glyphs);
      if (bottom > box.bottom()) {
        stack.add(new Level(bottom, List.of(new double[] {l, r})));
        box = new BBox(l, box.top(), r, bottom);
      }
      List<TextRuns.Row> inBox = TextRuns.rows(inside(glyphs, box));
      long tabularRows = inBox.stream().filter(x -> x.runs().size() >= 2).count();
      // one row of figures (with rows of a label alone, figures printed blank): the last rows
      // of a table, carried over a page break
      boolean figureRow = inBox.stream().anyMatch(x -> values(x) >= 3)
          && inBox.stream().allMatch(x -> x.runs().size() == 1 || values(x) >= 3);
      // a row of a label and two or more figures alone at the top of a page: the same; or a
      // header row's last line there, over rows printed blank (a table of zeros left blank
      // whose header the break cut)
      boolean carriedRow = inBox.size() == 1 && inBox.get(0).runs().size() >= 3
          && (values(inBox.get(0)) >= 2 || blankRowUnder(stack, box, inBox.get(0), glyphs))
          && atTop(box, glyphs);
      if (tabularRows >= 2 || figureRow || carriedRow || carriedLabelRow(stack, box, inBox, glyphs)
          || carriedLastRows(stack, box, glyphs)
          || labelRowsAtTop(stack, box, glyphs, tabularRows > 0)) {
        out.add(new Area(box, List.copyOf(stack)));
      }
    }
    stack.clear();
  }

  /**
   * Whether the box is one row of a label alone, set flush left, or of a label and one figure,
   * the label in the box's left quarter, between two rules across, at the top of a page: a table's last row carried over a page
   * break, its figures printed blank (or its one figure column, as table 二's fee row).
   */
  static boolean carriedLabelRow(
      List<Level> stack, BBox box, List<TextRuns.Row> inBox, List<Glyph> glyphs) {
    if (stack.size() != 2 || inBox.size() != 1 || !labelAndAtMostOneValue(inBox.get(0))) {
      return false;
    }
    TextRuns.Row row = inBox.get(0);
    double font = font(row);
    // a label beside its figure may be centred in a label column (table 二's fee row): it starts
    // in the box's left quarter; a label alone is set flush left
    double indent = row.runs().size() == 2 ? Math.max(2 * font, box.width() / 4) : 2 * font;
    return rulesAcross(stack, box) && box.height() <= 3 * font
        && row.runs().get(0).left() - box.left() <= indent
        && box.right() - row.runs().get(0).right() > 2 * font
        && atTop(box, glyphs);
  }

  /** Whether every rule of the stack runs across the whole box. */
  private static boolean rulesAcross(List<Level> stack, BBox box) {
    return stack.stream()
        .allMatch(lv -> lv.left() <= box.left() + 1 && lv.right() >= box.right() - 1);
  }

  /** The band of the box between the stack's rule {@code i} and the next. */
  private static BBox band(List<Level> stack, BBox box, int i) {
    return new BBox(box.left(), stack.get(i).y(), box.right(), stack.get(i + 1).y());
  }

  /** A row of one label run, alone or followed by one run of a figure or zero mark. */
  private static boolean labelAndAtMostOneValue(TextRuns.Row r) {
    List<TextRuns.Run> runs = r.runs();
    return !runs.isEmpty() && runs.size() <= 2 && !runs.get(0).isValue()
        && (runs.size() == 1 || runs.get(1).isValue());
  }

  /**
   * Whether the stack is two or more rows at the top of a page, each one line of a label and
   * figures (or zero marks) alone between rules across, a label set flush left and some figure
   * printed: a table's last rows carried over a page break with most of their figures printed
   * blank ((七)总计 with its one figure, 四、结转下年度继续办理 blank), which make too few rows
   * of runs to be taken for a table otherwise.
   */
  static boolean carriedLastRows(List<Level> stack, BBox box, List<Glyph> glyphs) {
    if (stack.size() < 3 || !rulesAcross(stack, box)) {
      return false;
    }
    boolean flush = false;
    boolean figure = false;
    for (int i = 0; i + 1 < stack.size(); i++) {
      List<TextRuns.Row> band = TextRuns.rows(inside(glyphs, band(stack, box, i)));
      if (band.size() != 1) {
        return false;
      }
      TextRuns.Row row = band.get(0);
      List<TextRuns.Run> runs = row.runs();
      double font = font(row);
      if (runs.get(0).isValue() || stack.get(i + 1).y() - stack.get(i).y() > 3 * font
          || runs.subList(1, runs.size()).stream().anyMatch(r -> !r.isValue())) {
        return false;
      }
      flush |= runs.get(0).left() - box.left() <= 2 * font;
      figure |= runs.size() > 1;
    }
    return flush && figure && atTop(box, glyphs);
  }

  private static long values(TextRuns.Row r) {
    return r.runs().stream().filter(TextRuns.Run::isValue).count();
  }

  /** Whether a band under {@code row} holds no text, a row high, between rules across the box. */
  private static boolean blankRowUnder(
      List<Level> stack, BBox box, TextRuns.Row row, List<Glyph> glyphs) {
    Area area = new Area(box, stack);
    for (int i = 0; i + 1 < stack.size(); i++) {
      double top = stack.get(i).y();
      double bottom = stack.get(i + 1).y();
      if (top >= row.bottom() && bottom - top >= BLANK_ROW_SHARE * font(row)
          && isBlankRowRule(stack.get(i), stack.get(i + 1), area)
          && inside(glyphs, new BBox(box.left(), top, box.right(), bottom)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Rule levels a stack of label rows needs to be taken for a table piece. */
  static final int MIN_LABEL_ROW_LEVELS = 5;

  /**
   * Whether the stack is the top of a table continued from the page before with every figure of
   * its rows printed blank: at the top of the page (at most a running header above), five or
   * more rules with text between most of them, and some rules stopping short of the left edge
   * (the row groups' label column) or a row of two or more runs (a sub-table's header). Its
   * rows hold one label each, so they do not break into runs as a table's rows do.
   */
  static boolean labelRowsAtTop(List<Level> stack, BBox box, List<Glyph> glyphs,
      boolean headerRow) {
    if (stack.size() < MIN_LABEL_ROW_LEVELS) {
      return false;
    }
    int partial = 0;
    int withText = 0;
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).left() > box.left() + 3) {
        partial++;
      }
      if (i + 1 < stack.size() && !inside(glyphs, band(stack, box, i)).isEmpty()) {
        withText++;
      }
    }
    return (partial >= 2 || headerRow) && withText >= 0.75 * (stack.size() - 1)
        && atTop(box, glyphs);
  }

  /** Whether at most one line of text (a running header) lies above the box on its page. */
  static boolean atTop(BBox box, List<Glyph> glyphs) {
    List<Glyph> above = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.centerY() < box.top()) {
        above.add(g);
      }
    }
    return TextRuns.rows(above).size() <= 1;
  }

  /**
   * How far below the area's last rule table rows go on: rows of two or more runs, each within a
   * row's height of the one above.
   */
  private static double extendDown(BBox box, List<Glyph> glyphs) {
    List<Glyph> below = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.centerX() >= box.left() && g.centerX() <= box.right() && g.centerY() > box.bottom()) {
        below.add(g);
      }
    }
    double bottom = box.bottom();
    for (TextRuns.Row row : TextRuns.rows(below)) {
      if (row.runs().size() < 2 || row.top() - bottom > row.height()
          || row.runs().get(0).left() < box.left() - 1
          || row.runs().get(row.runs().size() - 1).right() > box.right() + 1) {
        break;
      }
      bottom = row.bottom() + Math.min(3, row.height() / 4);
    }
    return bottom;
  }

  /** Horizontal rulings clustered by y into levels, each with its merged x intervals. */
  static List<Level> levels(List<Ruling> horizontal) {
    List<Ruling> rs = new ArrayList<>();
    for (Ruling r : horizontal) {
      if (r.length() >= MIN_RULE) {
        rs.add(r);
      }
    }
    rs.sort(Comparator.comparingDouble(Ruling::getPosition));
    List<Level> out = new ArrayList<>();
    List<Ruling> group = new ArrayList<>();
    for (Ruling r : rs) {
      if (!group.isEmpty() && r.getPosition() - group.get(group.size() - 1).getPosition()
          > LEVEL_TOLERANCE) {
        out.add(level(group));
        group = new ArrayList<>();
      }
      group.add(r);
    }
    if (!group.isEmpty()) {
      out.add(level(group));
    }
    return out;
  }

  private static Level level(List<Ruling> group) {
    List<double[]> spans = new ArrayList<>();
    double y = 0;
    for (Ruling r : group) {
      spans.add(new double[] {r.getLeft(), r.getRight()});
      y += r.getPosition();
    }
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] s : spans) {
      double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1] + 1.5) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new double[] {s[0], s[1]});
      }
    }
    return new Level(y / group.size(), merged);
  }

  static List<Glyph> inside(List<Glyph> glyphs, BBox box) {
    List<Glyph> out = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (centredIn(g, box)) {
        out.add(g);
      }
    }
    return out;
  }

  /** Whether the glyph's centre lies strictly inside the box's y range, within 1 pt of its sides. */
  private static boolean centredIn(Glyph g, BBox box) {
    return g.centerX() >= box.left() - 1 && g.centerX() <= box.right() + 1
        && g.centerY() > box.top() && g.centerY() < box.bottom();
  }

  /** One grid row: its y range, its visual rows, and whether a rule lies on its top edge. */
  private record GridRow(double top, double bottom, List<TextRuns.Row> lines, Level topRule) {}

  /**
   * The table in {@code area}, or null when it does not make a grid of 2×2 or more (but for a
   * carried row of a label alone, see {@link #carriedLabelRow}).
   */
  Table read(Area area, int pageNumber, List<Glyph> pageGlyphs) {
    List<Glyph> glyphs = inside(pageGlyphs, area.box());
    List<GridRow> rows = rows(area, glyphs);
    if (rows.size() == 1 && runs(rows.get(0)) == 1 && valueRuns(rows.get(0)) == 0
        && carriedLabelRow(area.levels(), area.box(), rows.get(0).lines(), pageGlyphs)) {
      return labelRow(area, rows.get(0), pageNumber, glyphs);
    }
    // a carried row of a label and one figure is read as any row: its two columns from its gap
    boolean carriedFigure = rows.size() == 1 && runs(rows.get(0)) == 2
        && valueRuns(rows.get(0)) == 1
        && carriedLabelRow(area.levels(), area.box(), rows.get(0).lines(), pageGlyphs);
    if (!carriedFigure && (rows.isEmpty() || rows.size() < 2 && valueRuns(rows.get(0)) < 3
        && (valueRuns(rows.get(0)) < 2 || runs(rows.get(0)) < 3))) {
      return null; // one row of figures alone is kept: a table's last row over a page break
    }
    double[] xs = columns(area, rows);
    int nc = xs.length - 1;
    int nr = rows.size();
    if (nc < 2) {
      return null;
    }
    // row spans first: a rule that stops short of a column joins the slots above and below it
    int[] top = new int[nr * nc];
    int[] bottom = new int[nr * nc];
    for (int c = 0; c < nc; c++) {
      int start = 0;
      for (int r = 1; r <= nr; r++) {
        Level rule = r < nr ? rows.get(r).topRule() : null;
        boolean joined = rule != null && !rule.covers((xs[c] + xs[c + 1]) / 2);
        if (!joined) {
          for (int k = start; k < r; k++) {
            top[k * nc + c] = start;
            bottom[k * nc + c] = r - 1;
          }
          start = r;
        }
      }
    }
    // then column spans: text crossing a boundary joins slots of the same row range
    int[] first = new int[nr * nc]; // leftmost column of the slot's cell
    int[] last = new int[nr * nc];
    for (int i = 0; i < nr * nc; i++) {
      first[i] = i % nc;
      last[i] = i % nc;
    }
    for (int r = 0; r < nr; r++) {
      for (int c = 1; c < nc; c++) {
        int left = r * nc + c - 1;
        int right = r * nc + c;
        if (top[left] != top[right] || bottom[left] != bottom[right]
            || !crosses(rows.get(r), xs[c])) {
          continue;
        }
        int from = first[left];
        int to = last[right];
        for (int k = top[left]; k <= bottom[left]; k++) {
          for (int j = from; j <= to; j++) {
            first[k * nc + j] = from;
            last[k * nc + j] = to;
          }
        }
      }
    }
    centerSpans(rows, xs, top, bottom, first, last);
    List<int[]> rects = new ArrayList<>();
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        int i = r * nc + c;
        if (top[i] == r && first[i] == c) {
          rects.add(new int[] {r, c, bottom[i], last[i]});
        }
      }
    }
    CellText cellText = new CellText();
    GlyphsByY byY = GlyphsByY.of(glyphs);
    List<Cell> cells = new ArrayList<>();
    for (int[] b : rects) {
      BBox box = new BBox(xs[b[1]], rows.get(b[0]).top(), xs[b[3] + 1], rows.get(b[2]).bottom());
      cells.add(new Cell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1, cellText.of(box, byY),
          pageNumber, box, 1.0));
    }
    cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    return new Table("", List.of(pageNumber), "stream", nr, nc, doubtRowsWithBlanks(cells));
  }

  /**
   * A carried row of a label alone: its label cell up to the end of the label's text, and one
   * blank cell from there to the right edge (the figures printed blank; which figure columns
   * they are is left to the piece above it).
   */
  private static Table labelRow(Area area, GridRow row, int pageNumber, List<Glyph> glyphs) {
    double end = row.lines().get(0).runs().get(0).right() + MIN_GAP;
    BBox label = new BBox(area.box().left(), row.top(), end, row.bottom());
    BBox rest = new BBox(end, row.top(), area.box().right(), row.bottom());
    return new Table("", List.of(pageNumber), "stream", 1, 2, List.of(
        new Cell(0, 0, 1, 1, new CellText().of(label, GlyphsByY.of(glyphs)), pageNumber, label, 1.0),
        new Cell(0, 1, 1, 1, "", pageNumber, rest, 1.0)));
  }

  /** Confidence of a figure whose column was inferred next to a blank cell of its row. */
  static final double BLANK_NEIGHBOUR_CONFIDENCE = 0.85;

  /**
   * Without vertical rules a figure's column comes from alignment alone, and a row that prints
   * some of its figure cells blank gives the alignment nothing to hold on to there: a figure can
   * slide into the blank neighbour's column and still add up. The figures of such a row (a figure
   * and, right of the row's label, a blank cell) are kept but doubted, so that a reader checks
   * them rather than trusting a value that may stand in the wrong column. A cell holding a run of
   * figures ("0 0") is figures, not label: taking it for label text hid the blanks left of it.
   * A cell whose figures are fewer than the columns it spans is as uncertain as a blank: which of
   * its columns each figure stands in comes from alignment alone.
   */
  static List<Cell> doubtRowsWithBlanks(List<Cell> cells) {
    java.util.Map<Integer, List<Cell>> byRow = new java.util.TreeMap<>();
    for (Cell c : cells) {
      byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
    }
    java.util.Set<Cell> doubted = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (List<Cell> row : byRow.values()) {
      int labelEnd = -1;
      boolean figure = false;
      boolean spread = false;
      for (Cell c : row) {
        String t = c.text().strip();
        int n = figureCount(t);
        if (n > 0) {
          figure = true;
          spread |= n < c.columnSpan();
        } else if (!t.isEmpty()) {
          labelEnd = Math.max(labelEnd, c.lastColumn());
        }
      }
      boolean blank = spread;
      for (Cell c : row) {
        blank |= c.text().isBlank() && c.column() > labelEnd;
      }
      if (figure && blank && labelEnd >= 0) {
        for (Cell c : row) {
          if (figureCount(c.text().strip()) > 0) {
            doubted.add(c);
          }
        }
      }
    }
    if (doubted.isEmpty()) {
      return cells;
    }
    List<Cell> out = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      out.add(!doubted.contains(c) ? c : c.withText(c.text(),
          Math.min(c.confidence() == null ? 1.0 : c.confidence(), BLANK_NEIGHBOUR_CONFIDENCE)));
    }
    return out;
  }

  /** How many figures {@code text} holds when it is nothing but figures, else 0. */
  static int figureCount(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    if (TextRuns.isFigure(t)) {
      return 1;
    }
    String[] tokens = t.split("\\s+");
    for (String tok : tokens) {
      if (!TextRuns.isFigure(tok)) {
        return 0;
      }
    }
    return tokens.length;
  }

  /**
   * A one-row cell whose text is centred on it together with empty neighbours rather than on
   * itself (a figure or header centred in a merged cell, too narrow to cross the boundary), or
   * that lies under a cell spanning those neighbours, takes them.
   */
  private static void centerSpans(
      List<GridRow> rows, double[] xs, int[] top, int[] bottom, int[] first, int[] last) {
    int nc = xs.length - 1;
    for (int r = 0; r < rows.size(); r++) {
      boolean[] occupied = new boolean[nc];
      double[] lo = new double[nc];
      double[] hi = new double[nc];
      java.util.Arrays.fill(lo, Double.MAX_VALUE);
      java.util.Arrays.fill(hi, -Double.MAX_VALUE);
      for (TextRuns.Row line : rows.get(r).lines()) {
        for (TextRuns.Run run : line.runs()) {
          double cx = (run.left() + run.right()) / 2;
          for (int c = 0; c < nc; c++) {
            if (cx >= xs[c] && cx < xs[c + 1]) {
              int c0 = first[r * nc + c];
              occupied[c0] = true;
              lo[c0] = Math.min(lo[c0], run.left());
              hi[c0] = Math.max(hi[c0], run.right());
            }
          }
        }
      }
      for (int c = 0; c < nc; c++) {
        int i = r * nc + c;
        if (first[i] != c || !occupied[c] || top[i] != r || bottom[i] != r) {
          continue;
        }
        int a = c;
        int b = last[i];
        double text = (lo[c] + hi[c]) / 2;
        double width = xs[b + 1] - xs[a];
        double bestDist = Math.abs(text - (xs[a] + xs[b + 1]) / 2);
        int bestA = a;
        int bestB = b;
        for (int na = a; na >= 0 && free(r, na, a, a, b, nc, top, bottom, first, last, occupied);
            na--) {
          for (int nb = b;
              nb < nc && free(r, b, nb, a, b, nc, top, bottom, first, last, occupied); nb++) {
            double d = Math.abs(text - (xs[na] + xs[nb + 1]) / 2);
            if (d < bestDist - 0.25 * width) {
              bestDist = d;
              bestA = na;
              bestB = nb;
            }
          }
        }
        if (bestA == a && bestB == b && r > 0) {
          // under a cell spanning more columns, with those columns empty here: that span
          int above = (r - 1) * nc + c;
          int ua = first[above];
          int ub = last[above];
          if ((ua < a || ub > b) && ua <= a && ub >= b
              && free(r, ua, ub, a, b, nc, top, bottom, first, last, occupied)) {
            bestA = ua;
            bestB = ub;
          }
        }
        if (bestA != a || bestB != b) {
          for (int k = bestA; k <= bestB; k++) {
            first[r * nc + k] = bestA;
            last[r * nc + k] = bestB;
          }
          c = bestB;
        }
      }
    }
  }

  /** Slots from..to of row r outside the cell a..b are one-row, single and empty. */
  private static boolean free(int r, int from, int to, int a, int b, int nc, int[] top,
      int[] bottom, int[] first, int[] last, boolean[] occupied) {
    for (int k = from; k <= to; k++) {
      if (k >= a && k <= b) {
        continue;
      }
      int i = r * nc + k;
      if (top[i] != r || bottom[i] != r || first[i] != k || last[i] != k || occupied[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether text of the row crosses boundary x: a run reaching over it with no gap between its
   * glyphs at x (cell padding leaves one even where two cells' texts nearly touch).
   */
  private static boolean crosses(GridRow row, double x) {
    for (TextRuns.Row line : row.lines()) {
      for (TextRuns.Run run : line.runs()) {
        if (run.left() >= x - 1 || run.right() <= x + 1) {
          continue;
        }
        List<Glyph> gs = run.glyphs();
        boolean gapAtX = false;
        for (int i = 0; i + 1 < gs.size(); i++) {
          double gapLeft = gs.get(i).right();
          double gapRight = gs.get(i + 1).x();
          if (gapRight - gapLeft >= MIN_GAP && gapLeft <= x + 1 && gapRight >= x - 1) {
            gapAtX = true;
            break;
          }
        }
        if (!gapAtX) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Grid rows: the bands between rule levels that hold text; a band with several lines of
   * figures (a table without rules between its rows) is split at its text lines, a line of
   * label text without figures going with the figure line next to it.
   */
  private static List<GridRow> rows(Area area, List<Glyph> glyphs) {
    List<GridRow> out = new ArrayList<>();
    List<Level> levels = area.levels();
    long figureLines = TextRuns.rows(glyphs).stream().filter(TextRuns.Row::hasFigure).count();
    // rules between most rows: a band is one row; else (three-line table) rows are text lines
    boolean ruledRows = levels.size() - 1 >= 0.5 * figureLines;
    double blankRow = BLANK_ROW_SHARE * medianFontSize(glyphs);
    Level pendingRule = null;
    for (int i = 0; i + 1 < levels.size(); i++) {
      double top = levels.get(i).y();
      double bottom = levels.get(i + 1).y();
      Level rule = pendingRule != null ? pendingRule : levels.get(i);
      List<TextRuns.Row> lines =
          TextRuns.rows(inside(glyphs, new BBox(area.box().left(), top, area.box().right(), bottom)));
      // the last band of a table whose rows print no figure at all: a data row printed blank,
      // which some writers draw lower than a line of text (a double rule leaves a point or two)
      boolean lastBlankRow = i + 2 == levels.size() && figureLines == 0 && !out.isEmpty()
          && bottom - top >= LAST_BLANK_ROW_SHARE * blankRow / BLANK_ROW_SHARE;
      if (lines.isEmpty() && ruledRows && blankRow > 0
          && (bottom - top >= blankRow || lastBlankRow)
          && isBlankRowRule(levels.get(i), levels.get(i + 1), area)) {
        // a row printed blank (its figures zero or not given): a row of its own
        out.add(new GridRow(top, bottom, List.of(), rule));
        pendingRule = null;
        continue;
      }
      if (lines.isEmpty()) {
        // between a double rule: the rule below still delimits the rows around it
        pendingRule = pendingRule != null ? pendingRule : levels.get(i);
        if (!out.isEmpty()) {
          GridRow last = out.remove(out.size() - 1);
          out.add(new GridRow(last.top(), bottom, last.lines(), last.topRule()));
        }
        continue;
      }
      pendingRule = null;
      long figures = lines.stream().filter(TextRuns.Row::hasFigure).count();
      if (figures < 2 && (ruledRows || lines.size() < 2)) {
        out.add(new GridRow(top, bottom, lines, rule));
        continue;
      }
      List<List<TextRuns.Row>> groups = groupLines(lines);
      for (int g = 0; g < groups.size(); g++) {
        List<TextRuns.Row> grp = groups.get(g);
        double t = g == 0 ? top
            : (groups.get(g - 1).get(groups.get(g - 1).size() - 1).bottom() + grp.get(0).top()) / 2;
        double b = g == groups.size() - 1 ? bottom
            : (grp.get(grp.size() - 1).bottom() + groups.get(g + 1).get(0).top()) / 2;
        out.add(new GridRow(t, b, grp, g == 0 ? rule : null));
      }
    }
    return out;
  }

  /**
   * Share of the table's font size an empty band between rules must be high to be a row printed
   * blank; a double rule leaves a band of a point or two.
   */
  static final double BLANK_ROW_SHARE = 0.8;
  /** The same share for the last band of a table with no figure printed. */
  static final double LAST_BLANK_ROW_SHARE = 0.5;

  private static double medianFontSize(List<Glyph> glyphs) {
    double[] sizes = glyphs.stream().mapToDouble(Glyph::fontSize).sorted().toArray();
    return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
  }

  /** Rules above and below a blank band run across the whole table, as a row's do. */
  private static boolean isBlankRowRule(Level above, Level below, Area area) {
    double width = area.box().width();
    return coverage(above, area) >= 0.9 * width && coverage(below, area) >= 0.9 * width;
  }

  private static double coverage(Level lv, Area area) {
    double sum = 0;
    for (double[] sp : lv.spans()) {
      sum += Math.max(0, Math.min(sp[1], area.box().right()) - Math.max(sp[0], area.box().left()));
    }
    return sum;
  }

  /**
   * Lines grouped into table rows: each line with figures starts a row; a line without figures
   * that lies left of the figures of an adjacent figure line (a wrapped label) and within about
   * a line of it joins the nearer one; any other line is a row of its own (a sub-header).
   */
  private static List<List<TextRuns.Row>> groupLines(List<TextRuns.Row> lines) {
    int n = lines.size();
    int[] anchor = new int[n];
    for (int i = 0; i < n; i++) {
      TextRuns.Row l = lines.get(i);
      anchor[i] = i;
      if (l.hasFigure()) {
        continue;
      }
      int best = -1;
      double bestDist = Double.MAX_VALUE;
      for (int j : new int[] {i - 1, i + 1, i - 2, i + 2}) {
        if (j < 0 || j >= n || !lines.get(j).hasFigure()) {
          continue;
        }
        TextRuns.Row f = lines.get(j);
        double firstFigure = f.runs().stream().filter(TextRuns.Run::isFigure)
            .mapToDouble(TextRuns.Run::left).min().orElse(0);
        double right = l.runs().stream().mapToDouble(TextRuns.Run::right).max().orElse(0);
        double dist = Math.abs(l.centerY() - f.centerY());
        // a figure line with a label of its own takes only lines under that label
        boolean underLabel = f.runs().stream().allMatch(TextRuns.Run::isFigure)
            || f.runs().stream().anyMatch(run -> !run.isFigure()
                && l.runs().stream().anyMatch(x -> x.left() < run.right() && x.right() > run.left()));
        if (right < firstFigure && underLabel && dist <= 2.6 * Math.max(l.height(), f.height())
            && dist < bestDist && noFigureLineBetween(lines, i, j)) {
          best = j;
          bestDist = dist;
        }
      }
      if (best >= 0) {
        anchor[i] = best;
      }
    }
    List<List<TextRuns.Row>> groups = new ArrayList<>();
    int lastAnchor = -1;
    for (int i = 0; i < n; i++) {
      if (groups.isEmpty() || anchor[i] != lastAnchor) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(lines.get(i));
      lastAnchor = anchor[i];
    }
    return groups;
  }

  private static boolean noFigureLineBetween(List<TextRuns.Row> lines, int i, int j) {
    for (int k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
      if (lines.get(k).hasFigure()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Column boundaries: the area's edges, the clear gaps in the runs of the rows with figures (at
   * the end of a partial rule lying in the gap, else in its middle), clear gaps between header
   * runs that lie within one such column (a column whose figures are all blank), and the inner
   * ends of partial rules where text crosses them (the label columns of a header).
   */
  private static double[] columns(Area area, List<GridRow> rows) {
    double left = area.box().left();
    double right = area.box().right();
    List<Double> ends = new ArrayList<>();
    for (Level lv : area.levels()) {
      for (double[] s : lv.spans()) {
        for (double x : s) {
          if (x > left + 3 && x < right - 3) {
            ends.add(x);
          }
        }
      }
    }
    // figures only from the rows with the most of them (a row with fewer may hold a figure
    // spanning columns), label text from every row with figures
    long most = rows.stream().mapToLong(AlignedTableReader::valueRuns).max().orElse(0);
    List<double[]> runs = new ArrayList<>();
    for (GridRow r : rows) {
      long figures = valueRuns(r);
      if (figures == 0) {
        continue;
      }
      for (TextRuns.Row l : r.lines()) {
        for (TextRuns.Run run : l.runs()) {
          if (!run.isValue() || figures == most) {
            runs.add(new double[] {run.left(), run.right()});
          }
        }
      }
    }
    runs.addAll(leafHeaders(rows, most, gaps(runs)));
    List<Double> xs = new ArrayList<>();
    xs.add(left);
    for (double[] gap : gaps(runs)) {
      List<Double> inGap = ends.stream().filter(x -> x >= gap[0] - 1 && x <= gap[1] + 1).toList();
      if (inGap.isEmpty()) {
        xs.add((gap[0] + gap[1]) / 2);
      } else {
        xs.addAll(inGap);
      }
    }
    xs.add(right);
    xs.sort(Double::compare);
    // header lines split a column the figure rows leave whole
    List<Double> extra = new ArrayList<>();
    for (GridRow r : rows) {
      if (r.lines().stream().anyMatch(TextRuns.Row::hasValue)) {
        continue;
      }
      // each line apart, and all lines of the row together: header cells of one row hold
      // different numbers of lines, centred, so neighbours may share no line
      List<List<TextRuns.Run>> groups = new ArrayList<>();
      List<TextRuns.Run> all = new ArrayList<>();
      for (TextRuns.Row l : r.lines()) {
        groups.add(l.runs());
        all.addAll(l.runs());
      }
      groups.add(all);
      for (List<TextRuns.Run> group : groups) {
        for (int b = 0; b + 1 < xs.size(); b++) {
          double lo = xs.get(b);
          double hi = xs.get(b + 1);
          List<double[]> within = new ArrayList<>();
          for (TextRuns.Run run : group) {
            if (run.left() >= lo && run.right() <= hi) {
              within.add(new double[] {run.left(), run.right()});
            }
          }
          for (double[] gap : gaps(within)) {
            double x = clearOfGlyphs(gap, r);
            if (extra.stream().noneMatch(e -> Math.abs(e - x) < 8)) {
              extra.add(x);
            }
          }
        }
      }
    }
    xs.addAll(extra);
    for (double x : ends) {
      if (xs.stream().noneMatch(b -> Math.abs(b - x) < 4)) {
        xs.add(x);
      }
    }
    xs.sort(Double::compare);
    List<Double> clean = new ArrayList<>();
    for (double x : xs) {
      if (clean.isEmpty() || x - clean.get(clean.size() - 1) >= 4) {
        clean.add(x);
      }
    }
    clean.set(clean.size() - 1, right);
    return clean.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Where in {@code gap} (between runs of one header line) a boundary goes: the middle of its
   * widest stretch that no glyph of the row's other lines covers either. Header cells centred
   * over different numbers of lines put their lines side by side, and a line whose cells stand
   * closer than a cell gap (one run across them) still leaves a glyph gap where the boundary
   * lies; the bare middle of the gap may fall on one of its glyphs. The middle of the gap when
   * no such stretch of {@link #MIN_GAP} is left.
   */
  private static double clearOfGlyphs(double[] gap, GridRow row) {
    List<double[]> inks = new ArrayList<>();
    for (TextRuns.Row l : row.lines()) {
      for (TextRuns.Run run : l.runs()) {
        for (Glyph g : run.glyphs()) {
          if (g.right() > gap[0] && g.x() < gap[1] && !g.text().isBlank()) {
            inks.add(new double[] {g.x(), g.right()});
          }
        }
      }
    }
    inks.sort(Comparator.comparingDouble(s -> s[0]));
    double best = -1;
    double x = (gap[0] + gap[1]) / 2;
    double from = gap[0];
    for (int i = 0; i <= inks.size(); i++) {
      double to = i < inks.size() ? Math.min(gap[1], inks.get(i)[0]) : gap[1];
      if (to - from >= MIN_GAP && to - from > best) {
        best = to - from;
        x = (from + to) / 2;
      }
      if (i < inks.size()) {
        from = Math.max(from, inks.get(i)[1]);
      }
    }
    return x;
  }

  /**
   * The lowest header cells over the figure rows with the most figures: runs of the header rows
   * right above such a row with no header text under them. Every figure column has one, so a
   * column whose figures are blank, or a header wider than its figures, still bounds the gaps;
   * a run covering a whole gap between figures spans columns and is left out.
   */
  private static List<double[]> leafHeaders(List<GridRow> rows, long most, List<double[]> gaps) {
    List<double[]> out = new ArrayList<>();
    // the header over the first figure row bounds the columns too: where figure cells print
    // blank, no row may hold all figures, and the rows with the most may lie further down
    int first = 0;
    while (first < rows.size() && valueRuns(rows.get(first)) == 0) {
      first++;
    }
    // a table printing no figure at all: the header right over its first row of a label alone
    // (figures blank) comes first, and a later header run covering a gap between the runs
    // found so far spans columns (a sub-table's one figure column over several)
    int firstLabelRow = -1;
    for (int i = 1; most == 0 && i < rows.size() && firstLabelRow < 0; i++) {
      if (runs(rows.get(i)) == 1 && runs(rows.get(i - 1)) >= 3) {
        firstLabelRow = i;
      }
    }
    // a table of header rows only (its figure row carried to the next page): the last rows
    for (int pass = firstLabelRow < 0 ? 1 : 0; pass < 2; pass++) {
      for (int i = 1; i <= rows.size(); i++) {
        boolean figures = pass == 0 ? i == firstLabelRow
            : i < rows.size()
            ? most > 0 && (valueRuns(rows.get(i)) == most || i == first) : most == 0;
        if (!figures || valueRuns(rows.get(i - 1)) > 0) {
          continue;
        }
        int start = i - 1;
        while (pass == 1 && start > 0 && valueRuns(rows.get(start - 1)) == 0) {
          start--;
        }
        List<double[]> guard = pass == 0 || out.isEmpty() ? gaps : gaps(out);
        for (int j = start; j < i; j++) {
          for (TextRuns.Row l : rows.get(j).lines()) {
            for (TextRuns.Run run : l.runs()) {
              if (!underneath(rows, j, i, run) && guard.stream()
                  .noneMatch(g -> run.left() <= g[0] && run.right() >= g[1])) {
                out.add(new double[] {run.left(), run.right()});
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether a header row after {@code j} and before {@code end} lies under {@code run}: has
   * text under it, or a rule on its top edge under it (the run heads a group of columns, its
   * text maybe narrower than the sub-headers' spread).
   */
  private static boolean underneath(List<GridRow> rows, int j, int end, TextRuns.Run run) {
    for (int k = j + 1; k < end; k++) {
      Level rule = rows.get(k).topRule();
      // a row whose text all lies left of the run (a row label, its figures printed blank) is
      // a data row, not a sub-header: its rule spans the table as every row's does
      if (rule != null && rule.covers((run.left() + run.right()) / 2)
          && reachesTo(rows.get(k), run.left())) {
        return true;
      }
      for (TextRuns.Row l : rows.get(k).lines()) {
        for (TextRuns.Run x : l.runs()) {
          if (x.left() < run.right() && x.right() > run.left()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int runs(GridRow r) {
    return r.lines().stream().mapToInt(l -> l.runs().size()).sum();
  }

  /** Whether some text of the row ends right of x. */
  private static boolean reachesTo(GridRow row, double x) {
    for (TextRuns.Row l : row.lines()) {
      for (TextRuns.Run r : l.runs()) {
        if (r.right() > x) {
          return true;
        }
      }
    }
    return false;
  }

  /** The row's runs of figures or zero marks: its figure cells that print something. */
  private static long valueRuns(GridRow r) {
    return r.lines().stream()
        .mapToLong(l -> l.runs().stream().filter(TextRuns.Run::isValue).count()).sum();
  }

  /** The clear gaps (at least {@link #MIN_GAP} wide) between the given x intervals. */
  private static List<double[]> gaps(List<double[]> intervals) {
    List<double[]> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingDouble(s -> s[0]));
    List<double[]> out = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (double[] s : sorted) {
      if (reach > Double.NEGATIVE_INFINITY && s[0] - reach >= MIN_GAP) {
        out.add(new double[] {reach, s[0]});
      }
      reach = Math.max(reach, s[1]);
    }
    return out;
  }
}
