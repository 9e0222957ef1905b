package org.nianbao.extract.text;

import static org.nianbao.extract.text.RuledText.readOnly;
import static org.nianbao.extract.text.RuledText.regulationsBlock;
import static org.nianbao.extract.text.RuledText.rowTexts;
import static org.nianbao.extract.text.RuledText.rule;
import static org.nianbao.extract.text.RuledText.rules;
import static org.nianbao.extract.text.RuledText.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/**
 * Tables ruled only horizontally whose figures print blank (zeros left out), and the pieces such
 * tables leave on either side of a page break, built in memory: glyphs at known places, rules
 * between rows, no vertical rule.
 */
class BlankRowsAndPiecesTest {
  private static final double FONT = RuledText.FONT;

  @Test
  void aBlankRowUnderTheHeaderLeavesTheHeaderCellsToBoundTheColumns() {
    // 规章 prints no figure; 行政规范性文件 leaves 本年制发件数 blank: without the header cells
    // the two figures would take the first two figure columns
    List<Glyph> g = regulationsBlock();
    g.addAll(text("1", 288, 143));
    g.addAll(text("2", 388, 143));
    Table t = readOnly(rules(50, 440, 100, 120, 140, 160), g);
    assertEquals(4, t.columnCount());
    assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), rowTexts(t, 0));
    assertEquals(List.of("规章", "", "", ""), rowTexts(t, 1));
    assertEquals(List.of("行政规范性文件", "", "1", "2"), rowTexts(t, 2));
  }

  @Test
  void aTableWithoutAnyFigureTakesItsColumnsFromTheHeaderOverItsFirstLabelRow() {
    // every figure blank; a second, narrower sub-table header (one figure column heading three)
    // must not join the first header's columns
    List<Glyph> g = regulationsBlock();
    g.addAll(text("信息内容", 60, 163));
    g.addAll(text("本年处理决定数量", 200, 163));
    g.addAll(text("行政许可", 60, 183));
    Table t = readOnly(rules(50, 440, 100, 120, 140, 160, 180, 200), g);
    assertEquals(4, t.columnCount());
    assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), rowTexts(t, 0));
    assertEquals(List.of("行政许可", "", "", ""), rowTexts(t, 4));
  }

  /** Two header rows over nothing: the table's only row printed blank. */
  private static List<Glyph> headerOnly() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("行政复议", 100, 103));
    g.addAll(text("行政诉讼", 250, 103));
    g.addAll(text("结果维持", 60, 123));
    g.addAll(text("结果纠正", 160, 123));
    g.addAll(text("总计", 260, 123));
    return g;
  }

  @Test
  void aLowLastBandOfATableWithoutFiguresIsItsBlankRow() {
    // some writers draw a row without text lower than a line: 6 pt for a 10 pt font
    Table t = readOnly(rules(50, 300, 100, 120, 140, 146), headerOnly());
    assertEquals(3, t.rowCount());
    assertEquals(List.of("", "", ""), rowTexts(t, 2));
    // a double rule (2 pt) under it is still no row
    Table ruled = readOnly(rules(50, 300, 100, 120, 140, 142), headerOnly());
    assertEquals(2, ruled.rowCount());
  }

  @Test
  void aLowLastBandUnderALatticeHeaderLeavesTheAreaToBeRead() {
    AlignedTableReader.Area area =
        AlignedTableReader.areas(rules(50, 300, 100, 120, 140, 146), headerOnly()).get(0);
    List<BBox> lattice = List.of(new BBox(50, 100, 300, 140)); // the header's grid alone
    assertFalse(AlignedTableReader.tabularRowsWithin(area, headerOnly(), lattice));
  }

  /**
   * A ruled header at a page's foot and under it, between two rules across, one label flush left,
   * its figures printed blank (一、本年新收…, the rest of table 三 on the next page): a row the
   * header's grid does not hold, so the area is read. Text centred there, or a label between
   * rules short of the area's edges, is left to the grid.
   */
  @Test
  void aBlankLabelRowUnderALatticeHeaderLeavesTheAreaToBeRead() {
    List<BBox> lattice = List.of(new BBox(50, 100, 300, 140)); // the header's grid alone
    List<Glyph> g = headerOnly();
    g.addAll(text("一、本年新收政府信息公开申请数量", 55, 143));
    AlignedTableReader.Area area = AlignedTableReader.areas(rules(50, 300, 100, 120, 140, 160), g)
        .get(0);
    assertFalse(AlignedTableReader.tabularRowsWithin(area, g, lattice));

    List<Glyph> centred = headerOnly();
    centred.addAll(text("单位：件", 150, 143));
    AlignedTableReader.Area c = AlignedTableReader.areas(rules(50, 300, 100, 120, 140, 160),
        centred).get(0);
    assertTrue(AlignedTableReader.tabularRowsWithin(c, centred, lattice));

    List<Ruling> shortRule = new ArrayList<>(rules(50, 300, 100, 120, 140));
    shortRule.add(rule(160, 50, 200));
    AlignedTableReader.Area s = AlignedTableReader.areas(shortRule, g).get(0);
    assertTrue(AlignedTableReader.tabularRowsWithin(s, g, lattice));
  }

  /**
   * The last rows of a table at the top of a page, every figure printed blank and each row one
   * label (no group label beside them): no row breaks into runs, yet the piece is read unless a
   * table with delimited cells holds its rows.
   */
  @Test
  void labelRowsOfOneRunEachAtThePageTopAreReadUnlessALatticeHoldsThem() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("2.申请人逾期未按收费通知", 160, 73));
    g.addAll(text("3.其他", 160, 93));
    g.addAll(text("（七）总计", 110, 113));
    g.addAll(text("四、结转下年度继续办理", 60, 133));
    List<Ruling> r = List.of(rule(70, 50, 500), rule(90, 150, 500), rule(110, 100, 500),
        rule(130, 50, 500), rule(150, 50, 500));
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(r, g);
    assertEquals(1, areas.size());
    assertFalse(AlignedTableReader.tabularRowsWithin(areas.get(0), g, List.of()));
    assertTrue(AlignedTableReader.tabularRowsWithin(areas.get(0), g,
        List.of(new BBox(50, 70, 500, 150))));
    Table t = new AlignedTableReader().read(areas.get(0), 2, g);
    assertNotNull(t);
    assertEquals(4, t.rowCount());
    assertTrue(t.cells().stream().anyMatch(c -> c.text().equals("四、结转下年度继续办理")));
  }

  /**
   * A table's last row alone at the top of a page, one label flush left between two rules
   * across, its figures printed blank: a table piece of a label cell and one blank cell. The
   * same row under body text, or text centred between the rules (a heading), is none.
   */
  @Test
  void aLabelRowAloneBetweenRulesAtThePageTopIsACarriedRow() {
    List<Ruling> r = rules(50, 500, 70, 88);
    List<Glyph> g = text("四、结转下年度继续办理", 55, 74);
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(r, g);
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 4, g);
    assertNotNull(t);
    assertEquals(1, t.rowCount());
    assertEquals(List.of("四、结转下年度继续办理", ""), rowTexts(t, 0));

    List<Glyph> underText = new ArrayList<>(text("上一段正文", 55, 40));
    underText.addAll(text("正文第二行", 55, 54));
    underText.addAll(g);
    assertEquals(0, AlignedTableReader.areas(r, underText).size());
    assertEquals(0, AlignedTableReader.areas(r, text("四、结转下年度继续办理", 220, 74)).size());
  }

  /**
   * The same with the row's one figure printed (table 二's fee row, one figure column): a piece
   * of a label cell and a figure cell, its label flush left or centred in a label column. Two
   * figures, or a second label run, make no such row; the row under body text is none.
   */
  @Test
  void aLabelAndOneFigureAloneBetweenRulesAtThePageTopIsACarriedRow() {
    List<Ruling> r = rules(50, 500, 70, 88);
    List<Glyph> g = new ArrayList<>(text("行政事业性收费", 55, 74));
    g.addAll(text("0", 420, 74));
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(r, g);
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 3, g);
    assertNotNull(t);
    assertEquals(1, t.rowCount());
    assertEquals(List.of("行政事业性收费", "0"), rowTexts(t, 0));

    List<Glyph> underText = new ArrayList<>(text("上一段正文", 55, 40));
    underText.addAll(text("正文第二行", 55, 54));
    underText.addAll(g);
    assertEquals(0, AlignedTableReader.areas(r, underText).size());
    List<Glyph> twoLabels = new ArrayList<>(text("行政事业性收费", 55, 74));
    twoLabels.addAll(text("说明", 420, 74));
    assertEquals(0, AlignedTableReader.areas(r, twoLabels).size());

    // the label centred in a label column (it starts in the box's left quarter) is the same row;
    // a label and figure further right are not
    List<Glyph> centred = new ArrayList<>(text("行政事业性收费", 80, 74));
    centred.addAll(text("0", 420, 74));
    List<AlignedTableReader.Area> centredAreas = AlignedTableReader.areas(r, centred);
    assertEquals(1, centredAreas.size());
    assertEquals(List.of("行政事业性收费", "0"),
        rowTexts(new AlignedTableReader().read(centredAreas.get(0), 3, centred), 0));
    List<Glyph> right = new ArrayList<>(text("行政事业性收费", 220, 74));
    right.addAll(text("0", 420, 74));
    assertEquals(0, AlignedTableReader.areas(r, right).size());
  }

  /** Rows of a table continued from the page before, every figure blank: labels alone. */
  private static List<Glyph> labelRows(double top) {
    List<Glyph> g = new ArrayList<>();
    String[] labels = {"5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作"};
    for (int i = 0; i < labels.length; i++) {
      g.addAll(text(labels[i], 160, top + 3 + 20 * i));
    }
    g.addAll(text("（四）无法提供", 60, top + 63));
    return g;
  }

  private static List<Ruling> labelRules(double top) {
    List<Ruling> r = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      // the rules between the sub-items stop at the group's label column
      boolean group = i == 0 || i == 3 || i == 5;
      r.add(rule(top + 20 * i, group ? 50 : 150, 500));
    }
    return r;
  }

  @Test
  void labelRowsRuledAtTheTopOfAPageAreATablePiece() {
    List<AlignedTableReader.Area> areas = AlignedTableReader.areas(labelRules(70), labelRows(70));
    assertEquals(1, areas.size());
    Table t = new AlignedTableReader().read(areas.get(0), 2, labelRows(70));
    assertNotNull(t);
    assertEquals(5, t.rowCount());
    assertTrue(t.cells().stream().anyMatch(c -> c.text().equals("6.属于四类过程性信息")));
  }

  @Test
  void labelRowsUnderRulesAcrossTheTableWithASubTableHeaderAreATablePiece() {
    // 行政处罚 and 行政强制 carried over, then the next sub-table: every figure blank
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("行政处罚", 100, 73));
    g.addAll(text("行政强制", 100, 93));
    g.addAll(text("第二十条第（八）项", 250, 113));
    g.addAll(text("信息内容", 100, 133));
    g.addAll(text("本年收费金额", 300, 133));
    g.addAll(text("行政事业性收费", 80, 153));
    List<Ruling> r = rules(60, 500, 70, 90, 110, 130, 150, 170);
    Table t = readOnly(r, g);
    assertEquals(5, t.rowCount());
    assertEquals("行政强制", t.cellAt(1, 0).text());
    // the same rows under body text are no table
    List<Glyph> under = new ArrayList<>(g);
    under.addAll(text("正文第一行正文第一行", 60, 20));
    under.addAll(text("正文第二行正文第二行", 60, 45));
    assertEquals(0, AlignedTableReader.areas(r, under).size());
  }

  @Test
  void labelRowsUnderBodyTextAreNoTable() {
    List<Glyph> g = new ArrayList<>(labelRows(170));
    g.addAll(text("正文第一行正文第一行", 60, 100));
    g.addAll(text("正文第二行正文第二行", 60, 130));
    assertEquals(0, AlignedTableReader.areas(labelRules(170), g).size());
  }

  @Test
  void aRowOfALabelAndTwoFiguresAloneAtThePageTopIsACarriedRow() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("政府集中采购", 60, 73));
    g.addAll(text("107", 240, 73));
    g.addAll(text("1794.24", 390, 73));
    Table t = readOnly(rules(50, 500, 70, 90), g);
    assertEquals(1, t.rowCount());
    assertEquals(3, t.columnCount());
    assertEquals(List.of("政府集中采购", "107", "1794.24"), rowTexts(t, 0));
    List<Glyph> below = new ArrayList<>(g);
    below.addAll(text("正文第一行正文第一行", 60, 20));
    below.addAll(text("正文第二行正文第二行", 60, 45));
    assertEquals(0, AlignedTableReader.areas(rules(50, 500, 70, 90), below).size());
  }

  @Test
  void aCarriedRowOfFiguresKeepsTheLabelRowsPrintedBlankUnderIt() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("（七）总计", 60, 73));
    g.addAll(text("957", 200, 73));
    g.addAll(text("46", 260, 73));
    g.addAll(text("4", 320, 73));
    g.addAll(text("1007", 380, 73));
    g.addAll(text("四、结转下年度继续办理", 60, 93));
    Table t = readOnly(rules(50, 420, 70, 90, 110), g);
    assertEquals(2, t.rowCount());
    assertEquals(List.of("（七）总计", "957", "46", "4", "1007"), rowTexts(t, 0));
    assertEquals("四、结转下年度继续办理", t.cellAt(1, 0).text());
  }

  /**
   * A table's last two rows carried over a page break with one figure printed between them
   * ((七)总计 | … | -3, then 四、结转下年度继续办理 blank): too few rows of runs for a table, yet
   * its rows; under body text they are not.
   */
  @Test
  void theLastTwoRowsWithOneFigureAtThePageTopAreACarriedPiece() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("（七）总计", 80, 73));
    g.addAll(text("-3", 380, 73));
    g.addAll(text("四、结转下年度继续办理", 55, 93));
    Table t = readOnly(rules(50, 420, 70, 90, 110), g);
    assertEquals(2, t.rowCount());
    assertEquals("（七）总计", t.cellAt(0, 0).text());
    assertEquals("-3", t.cellAt(0, t.columnCount() - 1).text());
    assertEquals("四、结转下年度继续办理", t.cellAt(1, 0).text());

    List<Glyph> under = new ArrayList<>(g);
    under.addAll(text("正文第一行正文第一行", 60, 20));
    under.addAll(text("正文第二行正文第二行", 60, 45));
    assertEquals(0, AlignedTableReader.areas(rules(50, 420, 70, 90, 110), under).size());
    // two label rows with no figure printed are not taken for table rows by this
    List<Glyph> labels = new ArrayList<>(text("（七）总计", 80, 73));
    labels.addAll(text("四、结转下年度继续办理", 55, 93));
    assertEquals(0, AlignedTableReader.areas(rules(50, 420, 70, 90, 110), labels).size());
  }

  /**
   * Header cells over narrow columns centred over different numbers of lines: 商业企业 on one
   * line beside 科研机/构 and 社会公/益组织 on two share a visual row half a line apart, closer
   * than a cell gap. Each stays a cell of its own over its column, though the two columns
   * between print no figure.
   */
  @Test
  void headerCellsOfDifferentLineCountsCloserThanACellGapStandApart() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(text("项目", 60, 113.5));
    g.addAll(text("自然人", 150, 113.5));
    g.addAll(text("商业企业", 191, 113.5));
    g.addAll(text("科研机", 235, 109));
    g.addAll(text("构", 245, 119.5));
    g.addAll(text("社会公", 268, 109));
    g.addAll(text("益组织", 268, 119.5));
    g.addAll(text("其他", 310, 113.5));
    g.addAll(text("一、新收", 60, 143));
    g.addAll(text("3", 162, 143));
    g.addAll(text("1", 205, 143));
    g.addAll(text("2", 315, 143));
    g.addAll(text("二、结转", 60, 163));
    g.addAll(text("4", 162, 163));
    Table t = readOnly(rules(50, 340, 100, 135, 155, 175), g);
    assertEquals(6, t.columnCount());
    assertEquals(List.of("项目", "自然人", "商业企业", "科研机构", "社会公益组织", "其他"),
        rowTexts(t, 0));
    assertEquals(List.of("一、新收", "3", "1", "", "", "2"), rowTexts(t, 1));
  }

  /**
   * A blank band between two rules at the top of a page, then a section heading in a larger
   * font between rules, then the table: with no row of the stack read yet, the rows under the
   * heading give the table's font, and the heading ends the blank band instead of opening the
   * table (whose piece would then pass for the continuation of the table on the page before).
   */
  @Test
  void aHeadingUnderABlankBandIsNoTableRow() {
    List<Glyph> g = new ArrayList<>();
    double x = 80;
    for (char ch : "三、收到和处理政府信息公开申请情况".toCharArray()) {
      g.add(new Glyph(String.valueOf(ch), x, 80, 15, 15, "F", 15f, false));
      x += 15;
    }
    g.addAll(regulationsBlock());
    g.addAll(text("1", 188, 123));
    g.addAll(text("2", 288, 143));
    List<AlignedTableReader.Area> areas =
        AlignedTableReader.areas(rules(50, 440, 50, 70, 100, 120, 140, 160), g);
    assertEquals(1, areas.size());
    assertEquals(100, areas.get(0).box().top(), 0.01);
  }

  @Test
  void zeroMarksBoundTheFigureColumnsOfAPieceWithoutAnyFigure() {
    // a table's rows continued on a new page, every figure zero printed as a mark: the marks,
    // not the short last label, set where the label column ends
    List<Glyph> g = new ArrayList<>();
    String[] labels = {"信访举报投诉类申请", "重复申请", "其他"};
    String[][] marks = {{"／", "—", "／"}, {"—", "—", "／"}, {"／", "／", "—"}};
    for (int i = 0; i < 3; i++) {
      double y = 103 + 20 * i;
      g.addAll(text(labels[i], 60, y));
      for (int k = 0; k < 3; k++) {
        g.addAll(text(marks[i][k], 200 + 50 * k, y));
      }
    }
    Table t = readOnly(rules(50, 360, 100, 120, 140, 160), g);
    assertEquals(4, t.columnCount());
    for (int i = 0; i < 3; i++) {
      List<String> row = new ArrayList<>(List.of(labels[i]));
      row.addAll(List.of(marks[i]));
      assertEquals(row, rowTexts(t, i));
    }
  }

  @Test
  void aHeaderLineOverABlankRowAtThePageTopIsATablePiece() {
    // the break cut a header row after its first line: its last line and the data row, every
    // figure blank, open the next page; body text follows
    List<Glyph> g = new ArrayList<>();
    String[] heads = {"维持", "纠正", "结果", "审结"};
    for (int k = 0; k < 4; k++) {
      g.addAll(text(heads[k], 160 + 50 * k, 63));
    }
    for (Glyph x : text("五、存在的主要问题", 60, 120)) {
      g.add(new Glyph(x.text(), 60 + (x.x() - 60) * 1.5, 120, 15, 15, "F", 15f, false));
    }
    Table t = readOnly(rules(50, 360, 60, 75, 95), g);
    assertEquals(2, t.rowCount());
    // the piece alone cannot tell the blank label column from the first header's: joining it
    // to the piece above places its text on that piece's columns
    assertEquals(List.of("维持", "纠正", "结果", "审结"), rowTexts(t, 0));
    assertEquals(List.of("", "", "", ""), rowTexts(t, 1));
  }

  @Test
  void aHeaderLineAtThePageTopOverNothingIsNoTable() {
    List<Glyph> g = new ArrayList<>();
    String[] heads = {"维持", "纠正", "结果", "审结"};
    for (int k = 0; k < 4; k++) {
      g.addAll(text(heads[k], 160 + 50 * k, 63));
    }
    // a double rule under it leaves no row between
    assertTrue(AlignedTableReader.areas(rules(50, 360, 60, 75, 77), g).isEmpty());
  }

  @Test
  void theLowerPiecesLabelColumnsJoinTheUpperPiecesFigureColumns() {
    // upper: one label column [0,100], figure columns from 100; lower: labels in three columns
    // and its own figure boundary at 175 (its figures alone), which is not a label column
    double[] upper = {0, 100, 150, 200, 250};
    assertArrayEquals(new double[] {0, 30, 60, 100, 150, 200, 250},
        ContinuationMatcher.withLabelColumns(upper, new double[] {0, 30, 60, 102}, 100));
    // without figures in the upper piece its label zone is unknown: its columns alone
    assertArrayEquals(upper,
        ContinuationMatcher.withLabelColumns(upper, new double[] {0, 30, 60}, Double.NaN));
  }

  @Test
  void onlyBoundariesWhereLabelTextBeginsAreLabelColumns() {
    Table lower = new Table("", List.of(2), "stream", 1, 4, List.of(
        new Cell(0, 0, 1, 1, "三、结果", 2, new BBox(0, 0, 30, 20), 1.0),
        new Cell(0, 1, 1, 1, "（一）予以公开", 2, new BBox(30, 0, 100, 20), 1.0),
        new Cell(0, 2, 1, 1, "3", 2, new BBox(100, 0, 175, 20), 1.0),
        new Cell(0, 3, 1, 1, "", 2, new BBox(175, 0, 250, 20), 1.0)));
    double[] edges = TableGeometry.columnEdges(lower, 2);
    assertArrayEquals(new double[] {0, 30},
        ContinuationMatcher.labelStarts(lower, knownEdges(edges)), 0.01);
  }

  private static ContinuationMatcher.KnownEdges knownEdges(double[] edges) {
    return ContinuationMatcher.KnownEdges.of(edges);
  }
}
