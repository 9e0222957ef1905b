package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.load.Glyph;
import org.nianbao.load.LineBuilder;

/**
 * Visual rows of glyphs and the runs they break into at clear horizontal gaps: the pieces a
 * table reader aligns into columns. A run is the text of one cell as far as the eye can tell.
 */
final class TextRuns {
  /** A gap wider than this many ems separates two cells (cell padding on both sides is more);
   * gaps inside labels, stray spaces included, are smaller. */
  static final double CELL_GAP_EM = 0.6;
  /** A vertical step between neighbouring glyphs this many ems or more is another text line
   * (glyphs of one line in different fonts differ by a tenth of an em or so). */
  static final double LINE_STEP_EM = 0.3;
  /** The least gap, in ems, at which such a step separates two cells. */
  static final double STEP_GAP_EM = 0.2;
  private static final Pattern FIGURE =
      Pattern.compile("^[-+−]?\\d[\\d,，.]*\\s*(件|个|条|项|人次|万元|亿元|元|%)?$");

  /** A zero mark printed in a figure cell instead of 0 (canonical-model.md: —, -, /, ／, 无). */
  private static final Pattern ZERO_MARK = Pattern.compile("^([-－−—–/／]{1,2}|无|空)$");

  private TextRuns() {}

  /** One run: glyphs left to right without a clear gap. */
  record Run(List<Glyph> glyphs, double left, double right, double top, double bottom) {
    String text() {
      return LineBuilder.joinText(glyphs);
    }

    boolean isFigure() {
      return TextRuns.isFigure(text());
    }

    /** A figure cell's content: a figure or a zero mark standing for one. */
    boolean isValue() {
      return TextRuns.isValue(text());
    }

    double centerY() {
      return (top + bottom) / 2;
    }
  }

  /** A visual row: glyphs whose vertical extents overlap by half the smaller height. */
  record Row(List<Run> runs, double top, double bottom) {
    boolean hasFigure() {
      return runs.stream().anyMatch(Run::isFigure);
    }

    boolean hasValue() {
      return runs.stream().anyMatch(Run::isValue);
    }

    double height() {
      return bottom - top;
    }

    double centerY() {
      return (top + bottom) / 2;
    }
  }

  static boolean isFigure(String text) {
    return FIGURE.matcher(text.strip()).matches();
  }

  /** Whether the text is a figure or a zero mark. */
  static boolean isValue(String text) {
    String t = text.strip();
    return FIGURE.matcher(t).matches() || ZERO_MARK.matcher(t).matches();
  }

  /** The visual rows of {@code glyphs}, top to bottom, each split into runs. */
  static List<Row> rows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centerY));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> group = null;
    double top = 0;
    double bottom = 0;
    for (Glyph g : sorted) {
      if (group != null) {
        double overlap = Math.min(bottom, g.bottom()) - Math.max(top, g.y());
        if (overlap >= 0.5 * Math.min(bottom - top, g.height())) {
          group.add(g);
          top = Math.min(top, g.y());
          bottom = Math.max(bottom, g.bottom());
          continue;
        }
      }
      group = new ArrayList<>();
      group.add(g);
      groups.add(group);
      top = g.y();
      bottom = g.bottom();
    }
    List<Row> rows = new ArrayList<>();
    for (List<Glyph> gs : groups) {
      List<Run> runs = runs(gs);
      double t = runs.stream().mapToDouble(Run::top).min().orElse(0);
      double b = runs.stream().mapToDouble(Run::bottom).max().orElse(0);
      rows.add(new Row(runs, t, b));
    }
    return rows;
  }

  /**
   * Splits one visual row at gaps wider than {@link #CELL_GAP_EM}, and at a narrower gap where
   * the text steps up or down by more than {@link #LINE_STEP_EM}: neighbouring header cells
   * centred vertically over different numbers of lines (商业企业 on one line beside 科研机/构 on
   * two) share a visual row half a line apart, and a narrow column leaves less than the cell
   * gap between their texts.
   */
  static List<Run> runs(List<Glyph> row) {
    List<Glyph> sorted = new ArrayList<>(row);
    sorted.sort(Comparator.comparingDouble(Glyph::x));
    List<Run> out = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double right = Double.NEGATIVE_INFINITY;
    for (Glyph g : sorted) {
      double em = Math.max(1, g.fontSize());
      Glyph prev = current.isEmpty() ? null : current.get(current.size() - 1);
      boolean stepped = prev != null && g.x() - right >= STEP_GAP_EM * em
          && Math.abs(g.centerY() - prev.centerY()) > LINE_STEP_EM * em;
      if (!current.isEmpty() && (g.x() - right > CELL_GAP_EM * em || stepped)) {
        out.add(run(current));
        current = new ArrayList<>();
      }
      current.add(g);
      right = current.size() == 1 ? g.right() : Math.max(right, g.right());
    }
    if (!current.isEmpty()) {
      out.add(run(current));
    }
    return out;
  }

  private static Run run(List<Glyph> gs) {
    double l = Double.MAX_VALUE;
    double r = -Double.MAX_VALUE;
    double t = Double.MAX_VALUE;
    double b = -Double.MAX_VALUE;
    for (Glyph g : gs) {
      l = Math.min(l, g.x());
      r = Math.max(r, g.right());
      t = Math.min(t, g.y());
      b = Math.max(b, g.bottom());
    }
    return new Run(List.copyOf(gs), l, r, t, b);
  }
}
