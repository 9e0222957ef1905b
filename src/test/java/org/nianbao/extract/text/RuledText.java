package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.load.Glyph;
import org.nianbao.model.Table;
import technology.tabula.Ruling;

/** Text and rules of an in-memory page ruled only horizontally, for the table readers' tests. */
final class RuledText {
  static final double FONT = 10;

  private RuledText() {}

  /** Glyphs of {@code text}, one em each (half for digits), starting at x with their top at y. */
  static List<Glyph> text(String text, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      double w = Character.isDigit(text.charAt(i)) ? FONT / 2 : FONT;
      out.add(new Glyph(String.valueOf(text.charAt(i)), x, y, w, FONT, "F", (float) FONT, false));
      x += w;
    }
    return out;
  }

  /** A horizontal rule at y from left to right. */
  static Ruling rule(double y, double left, double right) {
    return new Ruling((float) y, (float) left, (float) (right - left), 0f);
  }

  /** Rules across from left to right at each y. */
  static List<Ruling> rules(double left, double right, double... ys) {
    List<Ruling> r = new ArrayList<>();
    for (double y : ys) {
      r.add(rule(y, left, right));
    }
    return r;
  }

  /** The one table area the rules make, read by {@link AlignedTableReader}. */
  static Table readOnly(List<Ruling> rules, List<Glyph> g) {
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(rules, g);
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 1, g);
    assertNotNull(t);
    return t;
  }

  /** The texts of a row's cells, left to right. */
  static List<String> rowTexts(Table t, int row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      out.add(t.cellAt(row, c).text());
    }
    return out;
  }

  /** Table 二's first block ruled only horizontally: its header at y 103, then 规章 and 行政规范性文件. */
  static List<Glyph> regulationsBlock() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("信息内容", 60, 103));
    g.addAll(text("本年制发件数", 160, 103));
    g.addAll(text("本年废止件数", 260, 103));
    g.addAll(text("现行有效件数", 360, 103));
    g.addAll(text("规章", 60, 123));
    g.addAll(text("行政规范性文件", 60, 143));
    return g;
  }
}
