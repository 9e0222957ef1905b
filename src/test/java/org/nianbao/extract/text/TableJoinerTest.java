package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
