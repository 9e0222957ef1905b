package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.Glyph;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

class TableJoinerTest {
  static final double[] XS = {50, 200, 300, 400};

  /** A 3-column table of rows {label, a, b} on a page, rows 20pt high from top. */
  static Table table(int page, double top, String[][] rows) {
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < 3; c++) {
        BBox b = new BBox(XS[c], top + 20 * r, XS[c + 1], top + 20 * (r + 1));
        cells.add(new Cell(r, c, 1, 1, rows[r][c], page, b, 1.0));
      }
    }
    return new Table("p" + page + "-1", List.of(page), "lattice", rows.length, 3, cells);
  }

  static LoadedPage page(int n, Glyph... glyphs) {
    return LoadedPage.inMemory(n, 595, 842, List.of(glyphs), 0, 0);
  }

  static Glyph glyph(String s, double x, double y) {
    return new Glyph(s, x, y, 10, 10, "SimSun", 10, false);
  }

  @Test
  void joinsContinuationAndDropsRepeatedHeader() {
    Table a = table(1, 600, new String[][] {{"项目", "收入", "支出"}, {"甲", "1", "2"}, {"乙", "3", "4"}});
    // page 1: table ends at 660 + nothing below but a page number
    Table b = table(2, 60, new String[][] {{"项目", "收入", "支出"}, {"丙", "5", "6"}});
    List<Table> out =
        new TableJoiner()
            .join(List.of(b, a), List.of(page(1, glyph("1", 290, 800)), page(2)));
    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals("t1", t.id());
    assertEquals(List.of(1, 2), t.pages());
    assertEquals(4, t.rowCount());
    assertEquals("丙", t.textAt(3, 0));
    assertEquals("6", t.textAt(3, 2));
    assertEquals(2, t.cellAt(3, 2).page());
  }

  @Test
  void mergesRowSplitByPageBreakWithoutLosingFigures() {
    Table a = table(1, 700, new String[][] {{"项目", "收入", "支出"}, {"甲", "", ""}});
    Table b = table(2, 60, new String[][] {{"", "5", "6"}, {"乙", "7", "8"}});
    Table t = new TableJoiner().join(List.of(a, b), List.of(page(1), page(2))).get(0);
    assertEquals(3, t.rowCount());
    assertEquals("甲", t.textAt(1, 0));
    assertEquals("5", t.textAt(1, 1));
    assertEquals("6", t.textAt(1, 2));
    assertEquals("8", t.textAt(2, 2));
  }

  @Test
  void doesNotJoinWhenTextFollowsTheTableOrColumnsDiffer() {
    Table a = table(1, 600, new String[][] {{"项目", "收入", "支出"}, {"甲", "1", "2"}});
    Table b = table(2, 60, new String[][] {{"丙", "5", "6"}});
    LoadedPage withText = page(1, glyph("注", 60, 700), glyph("释", 70, 700));
    assertEquals(2, new TableJoiner().join(List.of(a, b), List.of(withText, page(2))).size());

    List<Cell> shifted = new ArrayList<>();
    for (Cell c : b.cells()) {
      BBox x = c.bbox();
      shifted.add(new Cell(c.row(), c.column(), 1, 1, c.text(), 2,
          new BBox(x.left() + 30, x.top(), x.right() + 30, x.bottom()), 1.0));
    }
    Table moved = b.withCells(shifted);
    List<Table> out = new TableJoiner().join(List.of(a, moved), List.of(page(1), page(2)));
    assertEquals(2, out.size());
    assertEquals("t2", out.get(1).id());
  }

  @Test
  void continuationWithMergedLabelColumnsMapsToSubsetOfBoundaries() {
    Table a = table(1, 700, new String[][] {{"项目", "收入", "支出"}, {"甲", "1", "2"}});
    List<Cell> cells = List.of(
        new Cell(0, 0, 1, 2, "合计", 2, new BBox(50, 60, 300, 80), 1.0),
        new Cell(0, 2, 1, 1, "9", 2, new BBox(300, 60, 400, 80), 1.0));
    Table b = new Table("p2-1", List.of(2), "lattice", 1, 3, cells);
    Table t = new TableJoiner().join(List.of(a, b), List.of(page(1), page(2))).get(0);
    assertEquals(3, t.rowCount());
    assertEquals(2, t.cellAt(2, 0).columnSpan());
    assertEquals("9", t.textAt(2, 2));
  }

  static Cell cell(int row, int col, int rowSpan, int colSpan, String text, int page,
      double left, double top, double right, double bottom) {
    return new Cell(row, col, rowSpan, colSpan, text, page, new BBox(left, top, right, bottom), 1.0);
  }

  /**
   * Table 三's header alone at the foot of page 1: its note cell spans the label columns, so the
   * label boundaries exist only in the continuation on page 2, where the writer also shifted
   * the figure boundaries by a few points.
   */
  @Test
  void joinsHeaderOnlyPieceByReGriddingOnTheUnionOfBoundaries() {
    Table header = new Table("p1-1", List.of(1), "lattice", 2, 3, List.of(
        cell(0, 0, 2, 1, "（本列数据的勾稽关系）", 1, 50, 740, 200, 780),
        cell(0, 1, 1, 2, "申请人情况", 1, 200, 740, 300, 760),
        cell(1, 1, 1, 1, "自然人", 1, 200, 760, 250, 780),
        cell(1, 2, 1, 1, "总计", 1, 250, 760, 300, 780)));
    Table body = new Table("p2-1", List.of(2), "lattice", 3, 5, List.of(
        cell(0, 0, 1, 3, "一、本年新收", 2, 50, 60, 205, 80),
        cell(0, 3, 1, 1, "1", 2, 205, 60, 254, 80),
        cell(0, 4, 1, 1, "11", 2, 254, 60, 300, 80),
        cell(1, 0, 2, 1, "三、本年度办理结果", 2, 50, 80, 100, 120),
        cell(1, 1, 1, 2, "（一）予以公开", 2, 100, 80, 205, 100),
        cell(1, 3, 1, 1, "2", 2, 205, 80, 254, 100),
        cell(1, 4, 1, 1, "22", 2, 254, 80, 300, 100),
        cell(2, 1, 1, 1, "（三）不予公开", 2, 100, 100, 150, 120),
        cell(2, 2, 1, 1, "1．属于国家秘密", 2, 150, 100, 205, 120),
        cell(2, 3, 1, 1, "3", 2, 205, 100, 254, 120),
        cell(2, 4, 1, 1, "33", 2, 254, 100, 300, 120)));

    List<Table> out = new TableJoiner().join(List.of(header, body), List.of(page(1), page(2)));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(List.of(1, 2), t.pages());
    assertEquals(5, t.rowCount());
    assertEquals(5, t.columnCount());
    assertEquals(List.of(
            "0,0 2x3 （本列数据的勾稽关系）", "0,3 1x2 申请人情况",
            "1,3 1x1 自然人", "1,4 1x1 总计",
            "2,0 1x3 一、本年新收", "2,3 1x1 1", "2,4 1x1 11",
            "3,0 2x1 三、本年度办理结果", "3,1 1x2 （一）予以公开", "3,3 1x1 2", "3,4 1x1 22",
            "4,1 1x1 （三）不予公开", "4,2 1x1 1．属于国家秘密", "4,3 1x1 3", "4,4 1x1 33"),
        layout(t));
  }

  /**
   * The continuation starts inside the merged `三、本年度办理结果` cell: its first row has an
   * empty label-column cell spanning rows, which must not be taken for the rest of the row cut
   * by the break; every figure stays in its own row.
   */
  @Test
  void continuationInsideMergedLabelKeepsFiguresInTheirRows() {
    Table a = new Table("p1-1", List.of(1), "lattice", 2, 3, List.of(
        cell(0, 0, 2, 1, "三、结果", 1, 50, 740, 100, 780),
        cell(0, 1, 1, 1, "（一）公开", 1, 100, 740, 200, 760),
        cell(0, 2, 1, 1, "1", 1, 200, 740, 300, 760),
        cell(1, 1, 1, 1, "（二）部分", 1, 100, 760, 200, 780),
        cell(1, 2, 1, 1, "", 1, 200, 760, 300, 780)));
    Table b = new Table("p2-1", List.of(2), "lattice", 2, 3, List.of(
        cell(0, 0, 2, 1, "", 2, 50, 60, 103, 100),
        cell(0, 1, 1, 1, "（三）不予", 2, 103, 60, 204, 80),
        cell(0, 2, 1, 1, "3", 2, 204, 60, 300, 80),
        cell(1, 1, 1, 1, "（七）总计", 2, 103, 80, 204, 100),
        cell(1, 2, 1, 1, "4", 2, 204, 80, 300, 100)));

    Table t = new TableJoiner().join(List.of(a, b), List.of(page(1), page(2))).get(0);

    assertEquals(4, t.rowCount());
    assertEquals(List.of(
            "0,0 2x1 三、结果", "0,1 1x1 （一）公开", "0,2 1x1 1",
            "1,1 1x1 （二）部分", "1,2 1x1 ",
            "2,0 2x1 ", "2,1 1x1 （三）不予", "2,2 1x1 3",
            "3,1 1x1 （七）总计", "3,2 1x1 4"),
        layout(t));
  }

  @Test
  void doesNotJoinWhenEachPieceHasBoundariesTheOtherLacks() {
    Table a = new Table("p1-1", List.of(1), "lattice", 1, 3, List.of(
        cell(0, 0, 1, 1, "甲", 1, 50, 760, 120, 780),
        cell(0, 1, 1, 1, "1", 1, 120, 760, 300, 780),
        cell(0, 2, 1, 1, "2", 1, 300, 760, 400, 780)));
    Table b = new Table("p2-1", List.of(2), "lattice", 1, 3, List.of(
        cell(0, 0, 1, 1, "乙", 2, 50, 60, 200, 80),
        cell(0, 1, 1, 1, "3", 2, 200, 60, 300, 80),
        cell(0, 2, 1, 1, "4", 2, 300, 60, 400, 80)));
    assertEquals(2, new TableJoiner().join(List.of(a, b), List.of(page(1), page(2))).size());
  }

  /**
   * Two text-aligned pieces: the lower one's columns come from its own figures alone (甲 blank
   * there, so 甲 and 乙 merge and its inner boundary lies elsewhere). Its figures in cells
   * spanning columns the upper piece keeps apart cannot be placed surely: they are doubted,
   * not taken for the column the span happens to map to.
   */
  /**
   * A lower piece aligned by its text whose one cell spans two of the upper piece's figure
   * columns (a column printed blank all down the piece merged them) and holds a figure and a
   * zero mark apart: each goes to the upper column it lies in. A figure reaching over the upper
   * boundary, or a cell whose glyphs are not found, stays whole.
   */
  @Test
  void aLowerCellOfSeveralFiguresSpanningUpperColumnsIsSplitAtThem() {
    Table a = upperStreamPiece();
    Table b = new Table("p2-1", List.of(2), "stream", 2, 4, List.of(
        cell(0, 0, 1, 1, "上年结转", 2, 50, 60, 200, 80),
        cell(0, 1, 1, 2, "4 －", 2, 200, 60, 300, 80),
        cell(0, 3, 1, 1, "4", 2, 300, 60, 350, 80),
        cell(1, 0, 1, 1, "合计", 2, 50, 80, 200, 100),
        cell(1, 1, 1, 2, "12", 2, 200, 80, 300, 100),
        cell(1, 3, 1, 1, "12", 2, 300, 80, 350, 100)));
    LoadedPage p2 = page(2, glyph("上", 60, 65), glyph("4", 220, 65), glyph("－", 270, 65),
        glyph("4", 320, 65), glyph("合", 60, 85), glyph("1", 240, 85), glyph("2", 250, 85),
        glyph("1", 320, 85), glyph("2", 330, 85));

    Table t = new TableJoiner().join(List.of(a, b), List.of(page(1), p2)).get(0);

    assertEquals(4, t.rowCount());
    assertEquals("4", t.textAt(2, 1));
    assertEquals("－", t.textAt(2, 2));
    assertEquals(1, t.cellAt(2, 1).columnSpan());
    // 12 reaches over the boundary at 250: left as the lower piece read it
    assertEquals(2, t.cellAt(3, 1).columnSpan());
  }

  /**
   * Table 二 broken under the header 本年处理决定数量, printed across three columns over one
   * figure cell: the lower piece's cell across the same three columns is the printed span, and
   * stays whole; under a row of separate cells it is columns merged for want of figures.
   */
  @Test
  void aLowerCellSpanningAsTheUpperLastRowDoesIsPrintedSo() {
    Table headerAbove = new Table("p1-1", List.of(1), "stream", 2, 4, List.of(
        cell(0, 0, 1, 1, "信息内容", 1, 50, 740, 200, 760),
        cell(0, 1, 1, 3, "本年处理决定数量", 1, 200, 740, 350, 760),
        cell(1, 0, 1, 1, "行政许可", 1, 50, 760, 200, 780),
        cell(1, 1, 1, 3, "0", 1, 200, 760, 350, 780)));
    Table lower = new Table("p2-1", List.of(2), "stream", 1, 4, List.of(
        cell(0, 0, 1, 1, "行政处罚", 2, 50, 60, 200, 80),
        cell(0, 1, 1, 3, "0", 2, 200, 60, 350, 80)));
    assertTrue(ContinuationMatcher.spannedAlike(headerAbove, lower, lower.cells().get(1)));
    assertFalse(ContinuationMatcher.spannedAlike(upperStreamPiece(), lower, lower.cells().get(1)));
  }

  /** A blank beside a doubted figure is as unsure (its zero may be the figure's column). */
  @Test
  void blanksBesideADoubtedFigureAreDoubted() {
    List<Cell> cells = List.of(
        new Cell(0, 0, 1, 1, "上年结转", 2, null, 1.0),
        new Cell(0, 1, 1, 1, "", 2, null, 1.0),
        new Cell(0, 2, 1, 2, "", 2, null, 1.0),
        new Cell(0, 4, 1, 2, "1", 2, null, 0.5),
        new Cell(0, 6, 1, 1, "", 2, null, 1.0),
        new Cell(1, 2, 1, 2, "", 2, null, 1.0),
        new Cell(1, 4, 1, 2, "1", 2, null, 1.0));
    List<Cell> out = ContinuationMatcher.doubtBlankNeighbours(cells, 0.5);
    assertEquals(1.0, out.get(1).confidence());
    assertEquals(0.5, out.get(2).confidence());
    assertEquals(0.5, out.get(4).confidence());
    assertEquals(1.0, out.get(5).confidence()); // beside a figure not doubted
    assertEquals(1.0, out.get(0).confidence());
  }

  @Test
  void figuresOfALowerStreamPieceSpanningUpperColumnsAreDoubted() {
    Table a = upperStreamPiece();
    Table b = new Table("p2-1", List.of(2), "stream", 1, 3, List.of(
        cell(0, 0, 1, 1, "上年结转", 2, 50, 60, 200, 80),
        cell(0, 1, 1, 1, "2", 2, 200, 60, 280, 80),
        cell(0, 2, 1, 1, "2", 2, 280, 60, 350, 80)));

    List<Table> out = new TableJoiner().join(List.of(a, b), List.of(page(1), page(2)));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(3, t.rowCount());
    List<Double> upper = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    for (Cell c : t.cells()) {
      if (TextRuns.isFigure(c.text())) {
        (c.row() == 2 ? lower : upper).add(c.confidence());
      }
    }
    assertEquals(List.of(1.0, 1.0, 1.0), upper);
    assertEquals(List.of(0.5, 0.5), lower);
    assertEquals("上年结转", t.textAt(2, 0));
  }

  /**
   * A lattice piece (its header ruled as a grid) over a piece without vertical rules on the next
   * page that prints no figure (a header's last line over a row printed blank): the lower
   * piece's columns come from its text alone and fall elsewhere; its text is placed on the
   * upper piece's columns, as under an upper piece aligned by its text.
   */
  @Test
  void aLowerPieceWithoutFiguresUnderALatticePieceTakesItsColumns() {
    Table a = new Table("p1-1", List.of(1), "lattice", 1, 4, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 200, 780),
        cell(0, 1, 1, 1, "甲", 1, 200, 760, 250, 780),
        cell(0, 2, 1, 1, "乙", 1, 250, 760, 300, 780),
        cell(0, 3, 1, 1, "总计", 1, 300, 760, 350, 780)));
    Table b = new Table("p2-1", List.of(2), "stream", 2, 2, List.of(
        cell(0, 0, 1, 1, "小计", 2, 50, 60, 275, 80),
        cell(0, 1, 1, 1, "", 2, 275, 60, 350, 80),
        cell(1, 0, 1, 1, "", 2, 50, 80, 275, 100),
        cell(1, 1, 1, 1, "", 2, 275, 80, 350, 100)));
    LoadedPage second = page(2, glyph("小", 205, 65), glyph("计", 215, 65));

    List<Table> out = new TableJoiner().join(List.of(a, b), List.of(page(1), second));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(3, t.rowCount());
    assertEquals(4, t.columnCount());
    assertEquals("小计", t.textAt(1, 1));
    assertEquals("", t.textAt(2, 3));
  }

  /** A lattice piece of fewer columns than the text-aligned piece under it is not its top. */
  @Test
  void aLowerStreamPieceFinerThanTheLatticePieceAboveIsNotJoinedOnItsOuterEdges() {
    Table a = new Table("p1-1", List.of(1), "lattice", 1, 2, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 200, 780),
        cell(0, 1, 1, 1, "合计", 1, 200, 760, 350, 780)));
    Table b = new Table("p2-1", List.of(2), "stream", 1, 3, List.of(
        cell(0, 0, 1, 1, "上年结转", 2, 50, 60, 190, 80),
        cell(0, 1, 1, 1, "2", 2, 190, 60, 280, 80),
        cell(0, 2, 1, 1, "2", 2, 280, 60, 350, 80)));
    assertEquals(2, new TableJoiner().join(List.of(a, b), List.of(page(1), page(2))).size());
  }

  /**
   * A header piece printing no figure over a piece printing none either (every figure of the
   * rows under the break printed blank), whose last column is drawn out to the table's right
   * edge: its labels stay in the label columns, which end at the first upper boundary past the
   * end of its text, and its finer label columns (a group cell beside its items) are kept.
   */
  @Test
  void labelsOfAPieceWithoutFiguresUnderAHeaderWithoutFiguresStayInTheLabelColumns() {
    Table a = new Table("p1-1", List.of(1), "stream", 1, 4, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 200, 780),
        cell(0, 1, 1, 1, "甲", 1, 200, 760, 250, 780),
        cell(0, 2, 1, 1, "乙", 1, 250, 760, 300, 780),
        cell(0, 3, 1, 1, "总计", 1, 300, 760, 350, 780)));
    Table b = new Table("p2-1", List.of(2), "stream", 3, 2, List.of(
        cell(0, 0, 1, 2, "一、新收", 2, 50, 60, 350, 80),
        cell(1, 0, 2, 1, "三", 2, 50, 80, 80, 120),
        cell(1, 1, 1, 1, "（一）公开", 2, 80, 80, 350, 100),
        cell(2, 1, 1, 1, "（二）部分", 2, 80, 100, 350, 120)));
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(RuledText.text("一、新收", 55, 65));
    glyphs.addAll(RuledText.text("三", 55, 95));
    glyphs.addAll(RuledText.text("（一）公开", 85, 85));
    glyphs.addAll(RuledText.text("（二）部分", 85, 105));
    LoadedPage second = page(2, glyphs.toArray(Glyph[]::new));

    List<Table> out = new TableJoiner().join(List.of(a, b), List.of(page(1), second));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(4, t.rowCount());
    for (String label : List.of("一、新收", "三", "（一）公开", "（二）部分")) {
      Cell c = t.cells().stream().filter(x -> x.text().equals(label)).findFirst().orElseThrow();
      assertTrue(c.lastColumn() <= 1, label + " reaches into the figure columns");
    }
    for (int row = 1; row < 4; row++) {
      for (int col = 2; col < t.columnCount(); col++) {
        assertEquals("", t.textAt(row, col), row + "," + col);
      }
    }
  }

  /**
   * A header piece printing no figure (the break right under the header) over rows aligned by
   * their own text, with label columns of their own (a group cell beside its items) and a column
   * printed blank all down: the lower piece's text goes on the header's columns, its label
   * columns kept left of the first header boundary past its labels, each figure under its own
   * header.
   */
  @Test
  void figuresUnderAHeaderPieceWithoutFiguresTakeTheHeadersColumns() {
    Table a = new Table("p1-1", List.of(1), "stream", 1, 5, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 200, 780),
        cell(0, 1, 1, 1, "甲", 1, 200, 760, 250, 780),
        cell(0, 2, 1, 1, "乙", 1, 250, 760, 300, 780),
        cell(0, 3, 1, 1, "丙", 1, 300, 760, 350, 780),
        cell(0, 4, 1, 1, "总计", 1, 350, 760, 400, 780)));
    Table b = new Table("p2-1", List.of(2), "stream", 2, 5, List.of(
        cell(0, 0, 1, 2, "一、新收", 2, 50, 60, 210, 80),
        cell(0, 2, 1, 1, "1", 2, 210, 60, 285, 80),
        cell(0, 3, 1, 1, "2", 2, 285, 60, 345, 80),
        cell(0, 4, 1, 1, "3", 2, 345, 60, 400, 80),
        cell(1, 0, 1, 1, "三", 2, 50, 80, 80, 100),
        cell(1, 1, 1, 1, "（一）公开", 2, 80, 80, 210, 100),
        cell(1, 2, 1, 1, "4", 2, 210, 80, 285, 100),
        cell(1, 3, 1, 1, "", 2, 285, 80, 345, 100),
        cell(1, 4, 1, 1, "4", 2, 345, 80, 400, 100)));
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(RuledText.text("一、新收", 55, 65));
    glyphs.addAll(RuledText.text("1", 222, 65));
    glyphs.addAll(RuledText.text("2", 322, 65));
    glyphs.addAll(RuledText.text("3", 372, 65));
    glyphs.addAll(RuledText.text("三", 55, 85));
    glyphs.addAll(RuledText.text("（一）公开", 85, 85));
    glyphs.addAll(RuledText.text("4", 222, 85));
    glyphs.addAll(RuledText.text("4", 372, 85));
    LoadedPage second = page(2, glyphs.toArray(Glyph[]::new));

    List<Table> out = new TableJoiner().join(List.of(a, b), List.of(page(1), second));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(3, t.rowCount());
    int first = t.columnCount() - 4; // the header's 甲
    assertEquals("甲", t.textAt(0, first));
    assertEquals(List.of("1", "", "2", "3"), texts(t, 1, first));
    assertEquals(List.of("4", "", "", "4"), texts(t, 2, first));
    assertEquals("三", t.textAt(2, 0));
    assertEquals("（一）公开", t.textAt(2, 1));
    for (Cell c : t.cells()) {
      assertTrue(!TextRuns.isFigure(c.text()) || c.columnSpan() == 1, c.toString());
    }
  }

  /**
   * The same with the header's last line carried over the break above the first row (a header
   * cell's second line, 组织, over 乙): that line lies over the figure columns, so only the
   * labels of rows printing a figure mark where the figure zone begins.
   */
  @Test
  void aHeaderLineCarriedOverTheBreakDoesNotSplitTheFigureColumns() {
    Table a = new Table("p1-1", List.of(1), "stream", 1, 5, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 200, 780),
        cell(0, 1, 1, 1, "甲", 1, 200, 760, 250, 780),
        cell(0, 2, 1, 1, "乙", 1, 250, 760, 300, 780),
        cell(0, 3, 1, 1, "丙", 1, 300, 760, 350, 780),
        cell(0, 4, 1, 1, "总计", 1, 350, 760, 400, 780)));
    Table b = new Table("p2-1", List.of(2), "stream", 2, 6, List.of(
        cell(0, 0, 1, 3, "", 2, 50, 60, 258, 80),
        cell(0, 3, 1, 1, "组织", 2, 258, 60, 290, 80),
        cell(0, 4, 1, 2, "", 2, 290, 60, 400, 80),
        cell(1, 0, 1, 2, "一、新收", 2, 50, 80, 210, 100),
        cell(1, 2, 1, 1, "1", 2, 210, 80, 258, 100),
        cell(1, 3, 1, 1, "5", 2, 258, 80, 290, 100),
        cell(1, 4, 1, 1, "2", 2, 290, 80, 345, 100),
        cell(1, 5, 1, 1, "3", 2, 345, 80, 400, 100)));
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(RuledText.text("组织", 260, 65));
    glyphs.addAll(RuledText.text("一、新收", 55, 85));
    glyphs.addAll(RuledText.text("1", 222, 85));
    glyphs.addAll(RuledText.text("5", 272, 85));
    glyphs.addAll(RuledText.text("2", 322, 85));
    glyphs.addAll(RuledText.text("3", 372, 85));
    LoadedPage second = page(2, glyphs.toArray(Glyph[]::new));

    List<Table> out = new TableJoiner().join(List.of(a, b), List.of(page(1), second));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(5, t.columnCount());
    assertEquals("组织", t.textAt(1, 2));
    assertEquals(List.of("1", "5", "2", "3"), texts(t, 2, 1));
  }

  /**
   * A header piece printing no figure whose lowest header row went over the break: its
   * boundaries, guessed from the gaps of its header texts, miss the lower piece's figure
   * columns (two figures under one upper column). The header texts take the lower piece's
   * columns they lie over instead.
   */
  @Test
  void aHeaderPieceWithGuessedColumnsTakesTheFigureColumnsOfThePieceUnderIt() {
    Table a = new Table("p1-1", List.of(1), "stream", 1, 4, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 760, 210, 780),
        cell(0, 1, 1, 1, "甲", 1, 210, 760, 290, 780),
        cell(0, 2, 1, 1, "乙组", 1, 290, 760, 360, 780),
        cell(0, 3, 1, 1, "总计", 1, 360, 760, 400, 780)));
    List<Glyph> upper = new ArrayList<>();
    upper.addAll(RuledText.text("项目", 55, 765));
    upper.addAll(RuledText.text("甲", 225, 765));
    upper.addAll(RuledText.text("乙组", 300, 765));
    upper.addAll(RuledText.text("总计", 370, 765));
    Table b = new Table("p2-1", List.of(2), "stream", 1, 4, List.of(
        cell(0, 0, 1, 1, "一、新收", 2, 50, 60, 200, 80),
        cell(0, 1, 1, 1, "1", 2, 200, 60, 250, 80),
        cell(0, 2, 1, 1, "2", 2, 250, 60, 340, 80),
        cell(0, 3, 1, 1, "3", 2, 340, 60, 400, 80)));
    List<Glyph> lower = new ArrayList<>();
    lower.addAll(RuledText.text("一、新收", 55, 65));
    lower.addAll(RuledText.text("1", 215, 65));
    lower.addAll(RuledText.text("2", 260, 65));
    lower.addAll(RuledText.text("3", 365, 65));

    List<Table> out = new TableJoiner().join(List.of(a, b),
        List.of(page(1, upper.toArray(Glyph[]::new)), page(2, lower.toArray(Glyph[]::new))));

    assertEquals(1, out.size());
    Table t = out.get(0);
    assertEquals(4, t.columnCount());
    assertEquals(List.of("项目", "甲", "乙组", "总计"), texts(t, 0, 0));
    assertEquals(List.of("一、新收", "1", "2", "3"), texts(t, 1, 0));
  }

  private static List<String> texts(Table t, int row, int from) {
    List<String> out = new ArrayList<>();
    for (int c = from; c < t.columnCount(); c++) {
      out.add(t.textAt(row, c));
    }
    return out;
  }

  private static List<String> layout(Table t) {
    return t.cells().stream()
        .map(c -> c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.columnSpan() + " "
            + c.text())
        .toList();
  }

  /** A stream piece at a page foot: a header row 项目 甲 乙 总计 over one row of figures 1 2 3. */
  private static Table upperStreamPiece() {
    return new Table("p1-1", List.of(1), "stream", 2, 4, List.of(
        cell(0, 0, 1, 1, "项目", 1, 50, 740, 200, 760),
        cell(0, 1, 1, 1, "甲", 1, 200, 740, 250, 760),
        cell(0, 2, 1, 1, "乙", 1, 250, 740, 300, 760),
        cell(0, 3, 1, 1, "总计", 1, 300, 740, 350, 760),
        cell(1, 0, 1, 1, "本年新收", 1, 50, 760, 200, 780),
        cell(1, 1, 1, 1, "1", 1, 200, 760, 250, 780),
        cell(1, 2, 1, 1, "2", 1, 250, 760, 300, 780),
        cell(1, 3, 1, 1, "3", 1, 300, 760, 350, 780)));
  }
}
