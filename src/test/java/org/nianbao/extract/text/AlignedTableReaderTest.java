package org.nianbao.extract.text;

import static org.nianbao.extract.text.RuledText.readOnly;
import static org.nianbao.extract.text.RuledText.regulationsBlock;
import static org.nianbao.extract.text.RuledText.rowTexts;
import static org.nianbao.extract.text.RuledText.rule;
import static org.nianbao.extract.text.RuledText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.Glyph;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import technology.tabula.Ruling;

/** Tables ruled only horizontally, built in memory: glyphs at known places, rules between rows. */
class AlignedTableReaderTest {
  private static final double FONT = RuledText.FONT;

  /**
   * Header 项目 | 申请人情况 (spanning both figure columns) | 总计, then 自然人 | 法人 under it, and
   * two figure rows; a rule under every row, none between columns.
   */
  private static List<Glyph> glyphs() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("项目", 60, 103));
    g.addAll(text("申请人情况", 175, 103));
    g.addAll(text("总计", 320, 103));
    g.addAll(text("自然人", 145, 123));
    g.addAll(text("法人", 240, 123));
    g.addAll(text("本年新收", 60, 143));
    g.addAll(text("12", 160, 143));
    g.addAll(text("3", 250, 143));
    g.addAll(text("15", 325, 143));
    g.addAll(text("上年结转", 60, 163));
    g.addAll(text("4", 162, 163));
    g.addAll(text("0", 250, 163));
    g.addAll(text("4", 327, 163));
    return g;
  }

  private static List<Ruling> rules() {
    List<Ruling> r = new ArrayList<>();
    r.add(rule(100, 50, 360));
    r.add(rule(120, 130, 300)); // under 申请人情况 only
    for (double y : new double[] {140, 160, 180}) {
      r.add(rule(y, 50, 360));
    }
    return r;
  }

  @Test
  void rowsFromRulesColumnsFromGapsSpansFromTextAndShortRules() {
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(rules(), glyphs());
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 1, glyphs());
    assertNotNull(t);
    assertEquals(4, t.rowCount());
    assertEquals(4, t.columnCount());
    Cell applicants = t.cellAt(0, 1);
    assertEquals("申请人情况", applicants.text());
    assertEquals(2, applicants.columnSpan());
    // the rule under 申请人情况 stops short of 项目 and 总计: they span both header rows
    assertEquals(2, t.cellAt(0, 0).rowSpan());
    assertEquals("总计", t.cellAt(1, 3).text());
    assertEquals("自然人", t.cellAt(1, 1).text());
    assertEquals("法人", t.cellAt(1, 2).text());
    assertEquals(List.of("本年新收", "12", "3", "15"), rowTexts(t, 2));
    assertEquals(List.of("上年结转", "4", "0", "4"), rowTexts(t, 3));
  }

  @Test
  void latticeCellHoldingSeveralFiguresDoesNotDelimitCells() {
    BBox wholeRow = new BBox(50, 140, 360, 160);
    Table stuck = new Table("", List.of(1), "lattice", 1, 1,
        List.of(new Cell(0, 0, 1, 1, "本年新收 12 3 15", 1, wholeRow, 1.0)));
    assertFalse(LatticeTableReader.delimitsCells(stuck, glyphs()));
    Table fine = new Table("", List.of(1), "lattice", 1, 2, List.of(
        new Cell(0, 0, 1, 1, "本年新收", 1, new BBox(50, 140, 150, 160), 1.0),
        new Cell(0, 1, 1, 1, "12", 1, new BBox(150, 140, 200, 160), 1.0)));
    assertTrue(LatticeTableReader.delimitsCells(fine, glyphs()));
    BBox twoRows = new BBox(150, 140, 200, 180);
    Table rowsStuck = new Table("", List.of(1), "lattice", 1, 1,
        List.of(new Cell(0, 0, 1, 1, "124", 1, twoRows, 1.0)));
    assertFalse(LatticeTableReader.delimitsCells(rowsStuck, glyphs()));
  }

  @Test
  void aHeadingBetweenTwoRuledTablesSeparatesThem() {
    List<Glyph> g = new ArrayList<>(glyphs());
    List<Ruling> r = new ArrayList<>(rules());
    // a 15 pt heading, then the same table again lower down
    for (Glyph x : text("三、收到和处理政府信息公开申请情况", 60, 190)) {
      g.add(new Glyph(x.text(), 60 + (x.x() - 60) * 1.5, 188, 15, 15, "F", 15f, false));
    }
    for (Glyph x : glyphs()) {
      g.add(new Glyph(x.text(), x.x(), x.y() + 120, x.width(), x.height(), "F", (float) FONT, false));
    }
    for (Ruling x : rules()) {
      r.add(rule(x.getPosition() + 120, x.getLeft(), x.getRight()));
    }
    assertEquals(2, AlignedTableReader.areas(r, g).size());
  }

  @Test
  void zeroMarksDrawnAtTheHeadingsSizeDoNotSetTheTablesFont() {
    // the figures of the upper table are zero dashes drawn at 15 pt (a fallback font at the
    // body size), its labels at 10 pt; the 15 pt heading between the tables still ends it
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("项目", 60, 103));
    g.addAll(text("申请人情况", 175, 103));
    g.addAll(text("总计", 320, 103));
    g.addAll(text("自然人", 145, 123));
    g.addAll(text("法人", 240, 123));
    for (double y : new double[] {143, 163}) {
      g.addAll(text(y == 143 ? "新收" : "结转", 60, y));
      for (double x : new double[] {160, 245, 322}) {
        g.add(new Glyph("—", x, y - 2, 15, 15, "F", 15f, false));
      }
    }
    List<Ruling> r = new ArrayList<>(rules());
    for (Glyph x : text("四、政府信息公开行政复议情况", 60, 190)) {
      g.add(new Glyph(x.text(), 60 + (x.x() - 60) * 1.5, 188, 15, 15, "F", 15f, false));
    }
    for (Glyph x : glyphs()) {
      g.add(new Glyph(x.text(), x.x(), x.y() + 120, x.width(), x.height(), "F", (float) FONT, false));
    }
    for (Ruling x : rules()) {
      r.add(rule(x.getPosition() + 120, x.getLeft(), x.getRight()));
    }
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(r, g);
    assertEquals(2, areas.size());
    assertEquals(180, areas.get(0).box().bottom(), 0.5);
    assertEquals(220, areas.get(1).box().top(), 0.5);
  }

  @Test
  void withoutAnyRuleRowsAreFigureLinesAndWrappedLabelsStayWithThem() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("本年新收", 60, 100));
    g.addAll(text("12", 160, 100));
    g.addAll(text("3", 250, 100));
    g.addAll(text("15", 325, 100));
    g.addAll(text("其他法律行政法规", 60, 114)); // a label over two lines, its figures centred
    g.addAll(text("1", 162, 121));
    g.addAll(text("0", 250, 121));
    g.addAll(text("1", 327, 121));
    g.addAll(text("禁止公开", 60, 128));
    g.addAll(text("上年结转", 60, 145));
    g.addAll(text("4", 162, 145));
    g.addAll(text("0", 250, 145));
    g.addAll(text("4", 327, 145));
    Table t = new AlignedTableReader().read(
        AlignedTableReader.Area.unruled(new BBox(60, 100, 340, 155)), 1, g);
    assertNotNull(t);
    assertEquals(3, t.rowCount());
    assertEquals(4, t.columnCount());
    assertEquals(List.of("本年新收", "12", "3", "15"), rowTexts(t, 0));
    assertEquals(List.of("其他法律行政法规禁止公开", "1", "0", "1"), rowTexts(t, 1));
    assertEquals(List.of("上年结转", "4", "0", "4"), rowTexts(t, 2));
  }

  /** Glyphs of {@code text} as {@link RuledText#text}, their boxes {@code height} high (some fonts' are). */
  private static List<Glyph> textOfHeight(String text, double x, double y, double height) {
    List<Glyph> out = new ArrayList<>();
    for (Glyph g : text(text, x, y)) {
      out.add(new Glyph(g.text(), g.x(), g.y(), g.width(), height, "F", (float) FONT, false));
    }
    return out;
  }

  @Test
  void aBlankColumnUnderItsHeaderKeepsTheFiguresBesideItInTheirOwnColumns() {
    // 本年制发件数 is blank in every row; the one-digit figures sit under the other headers
    List<Glyph> g = regulationsBlock();
    g.addAll(text("0", 288, 123));
    g.addAll(text("0", 388, 123));
    g.addAll(text("1", 288, 143));
    g.addAll(text("7", 388, 143));
    Table t = readOnly(RuledText.rules(50, 440, 100, 120, 140, 160), g);
    assertEquals(4, t.columnCount());
    assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), rowTexts(t, 0));
    assertEquals(List.of("规章", "", "0", "0"), rowTexts(t, 1));
    assertEquals(List.of("行政规范性文件", "", "1", "7"), rowTexts(t, 2));
  }

  @Test
  void headerCellsBoundColumnsWhenNoFigureRowPrintsThemAll() {
    // five figure columns; the row with the most figures (上年结转, four) leaves 社会公益 blank,
    // the row right under the header prints three
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("项目", 60, 103));
    g.addAll(text("自然人", 150, 103));
    g.addAll(text("商业企业", 200, 103));
    g.addAll(text("科研机构", 260, 103));
    g.addAll(text("社会公益", 320, 103));
    g.addAll(text("总计", 380, 103));
    g.addAll(text("本年新收", 60, 123));
    g.addAll(text("14", 160, 123));
    g.addAll(text("1", 337.5, 123));
    g.addAll(text("15", 385, 123));
    g.addAll(text("上年结转", 60, 143));
    g.addAll(text("0", 162.5, 143));
    g.addAll(text("0", 217.5, 143));
    g.addAll(text("0", 277.5, 143));
    g.addAll(text("0", 387.5, 143));
    g.addAll(text("本年办结", 60, 163));
    g.addAll(text("2", 217.5, 163));
    g.addAll(text("1", 337.5, 163));
    g.addAll(text("3", 387.5, 163));
    List<Ruling> r = new ArrayList<>();
    for (double y : new double[] {100, 120, 140, 160, 180}) {
      r.add(rule(y, 50, 420));
    }
    Table t = readOnly(r, g);
    assertEquals(6, t.columnCount());
    assertEquals(List.of("项目", "自然人", "商业企业", "科研机构", "社会公益", "总计"),
        rowTexts(t, 0));
    assertEquals(List.of("本年新收", "14", "", "", "1", "15"), rowTexts(t, 1));
    assertEquals(List.of("上年结转", "0", "0", "0", "", "0"), rowTexts(t, 2));
    assertEquals(List.of("本年办结", "", "2", "", "1", "3"), rowTexts(t, 3));
  }

  @Test
  void headerCellsOfDifferentLineCountsBoundBlankColumnsAndZeroMarks() {
    // 科研机构 on two lines and 社会公益组织 on three share no line; 科研机构 is blank in every
    // row, 社会公益组织 holds a one-digit figure and a zero mark
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("项目", 60, 115));
    g.addAll(text("科研", 160, 109));
    g.addAll(text("机构", 160, 121));
    g.addAll(text("社会", 200, 103));
    g.addAll(text("公益", 200, 115));
    g.addAll(text("组织", 200, 127));
    g.addAll(text("总计", 240, 115));
    g.addAll(text("本年新收", 60, 143));
    g.addAll(text("1", 207.5, 143));
    g.addAll(text("1", 247.5, 143));
    g.addAll(text("上年结转", 60, 163));
    g.addAll(text("—", 205, 163));
    g.addAll(text("12", 245, 163));
    List<Ruling> r = new ArrayList<>();
    for (double y : new double[] {100, 140, 160, 180}) {
      r.add(rule(y, 50, 270));
    }
    Table t = readOnly(r, g);
    assertEquals(4, t.columnCount());
    assertEquals(List.of("项目", "科研机构", "社会公益组织", "总计"), rowTexts(t, 0));
    assertEquals(List.of("本年新收", "", "1", "1"), rowTexts(t, 1));
    assertEquals(List.of("上年结转", "", "—", "12"), rowTexts(t, 2));
  }

  @Test
  void aTallBlankRowWithAWrappedLabelBetweenPartialRulesStaysInTheTable() {
    // glyph boxes half the font size high; the row of （二） has no figures and two lines
    List<Glyph> g = new ArrayList<>();
    g.addAll(textOfHeight("项目", 60, 105, 5));
    g.addAll(textOfHeight("自然人", 240, 105, 5));
    g.addAll(textOfHeight("总计", 310, 105, 5));
    g.addAll(textOfHeight("三、结果", 60, 125, 5));
    g.addAll(textOfHeight("（一）予以公开", 135, 125, 5));
    g.addAll(textOfHeight("5", 255, 125, 5));
    g.addAll(textOfHeight("5", 320, 125, 5));
    g.addAll(textOfHeight("（二）部分公开", 135, 148, 5));
    g.addAll(textOfHeight("（区分处理）", 135, 162, 5));
    g.addAll(textOfHeight("（三）不予公开", 135, 180, 5));
    g.addAll(textOfHeight("2", 255, 180, 5));
    g.addAll(textOfHeight("2", 320, 180, 5));
    List<Ruling> r = new ArrayList<>();
    r.add(rule(100, 50, 360));
    r.add(rule(120, 50, 360));
    r.add(rule(140, 130, 360)); // 三、结果 spans the rows below
    r.add(rule(175, 130, 360));
    r.add(rule(195, 50, 360));
    Table t = readOnly(r, g);
    assertEquals(4, t.rowCount());
    assertEquals(4, t.columnCount());
    assertEquals("三、结果", t.cellAt(1, 0).text());
    assertEquals(3, t.cellAt(1, 0).rowSpan());
    assertEquals(List.of("（一）予以公开", "5", "5"), rowTexts(t, 1).subList(1, 4));
    assertEquals("（二）部分公开（区分处理）", t.cellAt(2, 1).text());
    assertEquals(List.of("（三）不予公开", "2", "2"), rowTexts(t, 3).subList(1, 4));
  }

  /** The fixture with one more row ruled under the last, printed blank (its figures zero). */
  private static List<Ruling> rulesWithBlankRow(double gap) {
    List<Ruling> r = rules();
    r.add(rule(180 + gap, 50, 360));
    return r;
  }

  @Test
  void aRuledBandWithoutTextAndARowHighIsABlankRow() {
    List<AlignedTableReader.Area> areas =
        AlignedTableReader.areas(rulesWithBlankRow(20), glyphs());
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 1, glyphs());
    assertEquals(5, t.rowCount());
    assertEquals("上年结转", t.textAt(3, 0));
    for (int c = 0; c < t.columnCount(); c++) {
      assertEquals("", t.textAt(4, c));
    }
  }

  @Test
  void aDoubleRuleIsNoRow() {
    List<AlignedTableReader.Area> areas =
        AlignedTableReader.areas(rulesWithBlankRow(2), glyphs());
    Table t = new AlignedTableReader().read(areas.get(0), 1, glyphs());
    assertEquals(4, t.rowCount());
  }

  @Test
  void aBlankRowOutsideTheLatticeTablesLeavesTheAreaToBeRead() {
    AlignedTableReader.Area area = AlignedTableReader.areas(rulesWithBlankRow(20), glyphs()).get(0);
    // a lattice table (a shaded header and its rows) holds every row with text, not the blank one
    List<BBox> lattice = List.of(new BBox(50, 100, 360, 180));
    assertFalse(AlignedTableReader.tabularRowsWithin(area, glyphs(), lattice));
    AlignedTableReader.Area ruled = AlignedTableReader.areas(rules(), glyphs()).get(0);
    assertTrue(AlignedTableReader.tabularRowsWithin(ruled, glyphs(), lattice));
  }

  private static Cell cell(int row, int col, int span, String text) {
    return new Cell(row, col, 1, span, text, 1, new BBox(40 * col, 20 * row, 40 * (col + span),
        20 * row + 20), 1.0);
  }

  private static double confidence(List<Cell> cells, int row, int col) {
    return cells.stream().filter(c -> c.row() == row && c.column() == col).findFirst()
        .orElseThrow().confidence();
  }

  @Test
  void aSparseRowWhoseFiguresRunAcrossColumnsIsDoubted() {
    // label over columns 0-1, seven figure columns 2..8 (the last a total)
    List<Cell> cells = List.of(
        // printed 0, 1, (blank), then "0 0" run over four columns, then 1
        cell(0, 0, 2, "1．本机关不掌握相关政府信息"), cell(0, 2, 1, "0"), cell(0, 3, 1, "1"),
        cell(0, 4, 1, ""), cell(0, 5, 3, "0 0"), cell(0, 8, 1, "1"),
        // no blank cell, but two figures run over three columns
        cell(1, 0, 2, "3．补正后申请内容仍不明确"), cell(1, 2, 1, "1"), cell(1, 3, 1, "0"),
        cell(1, 4, 1, "0"), cell(1, 5, 3, "0 0"), cell(1, 8, 1, "1"),
        // every column printed; a two-figure cell over two columns says where each stands
        cell(2, 0, 2, "（六）其他处理"), cell(2, 2, 1, "1"), cell(2, 3, 1, "0"),
        cell(2, 4, 2, "0 0"), cell(2, 6, 1, "0"), cell(2, 7, 1, "0"), cell(2, 8, 1, "1"));
    List<Cell> out = AlignedTableReader.doubtRowsWithBlanks(cells);
    double doubt = AlignedTableReader.BLANK_NEIGHBOUR_CONFIDENCE;
    for (int col : new int[] {2, 3, 5, 8}) {
      assertTrue(confidence(out, 0, col) <= doubt, "row 0 column " + col);
      assertTrue(confidence(out, 1, col) <= doubt, "row 1 column " + col);
    }
    assertEquals(1.0, confidence(out, 0, 0));
    for (int col : new int[] {2, 3, 4, 6, 7, 8}) {
      assertEquals(1.0, confidence(out, 2, col), "row 2 column " + col);
    }
    assertEquals(2, AlignedTableReader.figureCount("0 0"));
    assertEquals(1, AlignedTableReader.figureCount("1 件"));
    assertEquals(0, AlignedTableReader.figureCount("其他 0"));
  }
}
