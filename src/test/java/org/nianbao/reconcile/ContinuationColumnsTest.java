package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Table 三 continued on the next page with one label column more than its first piece (3 label
 * columns + 7 figures there, 4 + 7 here): the figures keep their template column, the labels
 * end in the last label column.
 */
class ContinuationColumnsTest {
  private static final String[] FIGURES = {"9", "/", "/", "无", "0", "0", "9"};

  private static List<Cell> figures(int row, int from) {
    List<Cell> out = new ArrayList<>();
    for (int k = 0; k < FIGURES.length; k++) {
      out.add(Cell.of(row, from + k, FIGURES[k]));
    }
    return out;
  }

  @Test
  void figuresKeepTheirTemplateColumnsAndLabelsEndInTheLastLabelColumn() {
    List<Cell> cells = new ArrayList<>();
    // a group over three rows in columns 1-2, its items in column 3, column 0 blank
    cells.add(Cell.spanning(0, 0, 3, 1, ""));
    cells.add(Cell.spanning(0, 1, 3, 2, "（四）无法提供"));
    cells.add(Cell.of(0, 3, "1．本机关不掌握相关政府信息"));
    cells.addAll(figures(0, 4));
    cells.add(Cell.of(1, 3, "2．没有现成信息需要另行制作"));
    cells.addAll(figures(1, 4));
    cells.add(Cell.of(2, 3, "3．补正后申请内容仍不明确"));
    cells.addAll(figures(2, 4));
    // （七） split from 总计 (and misread as a figure), then 四、 across the whole label area
    cells.add(Cell.of(3, 1, "42"));
    cells.add(Cell.spanning(3, 2, 1, 2, "总计"));
    cells.addAll(figures(3, 4));
    cells.add(Cell.spanning(4, 0, 1, 4, "四、结转下年度继续办理"));
    cells.addAll(figures(4, 4));
    Table next = new Table("t4", List.of(4), "image", 5, 11, cells);

    Table t = ContinuationColumns.realign(next, 10, 7);
    assertEquals(10, t.columnCount());
    for (int r = 0; r < 5; r++) {
      for (int k = 0; k < 7; k++) {
        assertEquals(FIGURES[k], t.textAt(r, 3 + k), "row " + r + " figure " + k);
      }
    }
    assertEquals("1．本机关不掌握相关政府信息", t.textAt(0, 2));
    assertEquals("（四）无法提供", t.textAt(1, 1));
    assertEquals("总计", t.textAt(3, 2));
    assertEquals("四、结转下年度继续办理", t.textAt(4, 0));
    assertEquals("四、结转下年度继续办理", t.textAt(4, 2));
    // fewer label columns than the first piece: labels move right to its last label column
    Table fewer = ContinuationColumns.realign(t, 11, 7);
    assertEquals("1．本机关不掌握相关政府信息", fewer.textAt(0, 3));
    assertEquals("0", fewer.textAt(0, 8));
  }

  @Test
  void twoLabelsOnOneSlotAreJoined() {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.of(0, 0, "（六）"));
    cells.add(Cell.of(0, 1, "其他处理"));
    cells.addAll(figures(0, 2));
    Table t = ContinuationColumns.realign(new Table("t", List.of(2), "image", 1, 9, cells), 8, 7);
    assertEquals("（六）其他处理", t.textAt(0, 0));
    assertEquals("9", t.textAt(0, 7));
  }

  @Test
  void aFigureBeforeTheFigureAreaLeavesThePieceAsItIs() {
    // eight figure-like columns: one of them would be taken for a label column
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.of(0, 0, "2．重复申请"));
    cells.add(Cell.of(0, 1, "45"));
    cells.addAll(figures(0, 2));
    assertNull(ContinuationColumns.realign(new Table("t", List.of(2), "image", 1, 9, cells), 10, 7));
    // a blank figure column lost (six figure columns): the row's label falls in the figure area
    List<Cell> short6 = new ArrayList<>();
    short6.add(Cell.of(0, 0, "（七）"));
    short6.add(Cell.of(0, 1, "总计"));
    short6.addAll(figures(0, 2).subList(0, 6));
    assertNull(ContinuationColumns.realign(new Table("t", List.of(2), "image", 1, 8, short6), 10, 7));
    // text across the label/figure boundary
    List<Cell> across = new ArrayList<>();
    across.add(Cell.spanning(0, 0, 1, 3, "四、结转下年度继续办理 8"));
    across.addAll(figures(0, 2).subList(1, 7));
    assertNull(ContinuationColumns.realign(new Table("t", List.of(2), "image", 1, 9, across), 10, 7));
  }

  /** A one-column cell of page {@code page} between x {@code left} and {@code right}. */
  private static Cell at(int row, int column, String text, int page, double left, double right) {
    return new Cell(row, column, 1, 1, text, page, new BBox(left, 100 + 20 * row, right,
        120 + 20 * row), null);
  }

  /**
   * First piece: two label columns (0-100, 100-200) and seven figure columns 40 wide from 200.
   * The piece on the next page has the fifth figure column blank all down, so its columns were
   * taken from the text as six, the fourth widened over the blank one's room.
   */
  @Test
  void aFigureColumnBlankAllDownThePageKeepsItsPlaceByPosition() {
    List<Cell> firstCells = new ArrayList<>();
    firstCells.add(at(0, 0, "（一）", 4, 0, 100));
    firstCells.add(at(0, 1, "予以公开", 4, 100, 200));
    for (int k = 0; k < 7; k++) {
      firstCells.add(at(0, 2 + k, FIGURES[k], 4, 200 + 40 * k, 240 + 40 * k));
    }
    Table first = new Table("t3", List.of(4), "image", 1, 9, firstCells);
    double[] edges = {200, 240, 280, 320, 380, 440, 480};
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      cells.add(at(r, 0, r == 0 ? "（七）总计" : "四、结转下年度继续办理", 5, 20, 200));
      int k = 0;
      for (int slot = 0; slot < 7; slot++) {
        if (slot == 4) {
          continue;
        }
        cells.add(at(r, 1 + k, FIGURES[slot], 5, edges[k], edges[k + 1]));
        k++;
      }
    }
    Table next = new Table("t4", List.of(5), "image", 2, 7, cells);

    Table t = ContinuationColumns.realign(next, first, 7);
    assertEquals(9, t.columnCount());
    for (int r = 0; r < 2; r++) {
      for (int slot = 0; slot < 7; slot++) {
        assertEquals(slot == 4 ? "" : FIGURES[slot], t.textAt(r, 2 + slot), "slot " + slot);
      }
    }
    assertEquals("（七）总计", t.textAt(0, 1));
    // without positions the columns cannot be told
    List<Cell> unplaced = new ArrayList<>();
    next.cells().forEach(c -> unplaced.add(new Cell(c.row(), c.column(), 1, 1, c.text(), 5,
        null, null)));
    assertNull(ContinuationColumns.realign(next.withCells(unplaced), first, 7));
    // a column lying evenly over two of the first piece's: its place is not clear
    List<Cell> even = new ArrayList<>(cells);
    even.replaceAll(c -> c.column() == 4
        ? at(c.row(), 4, c.text(), 5, 340, 380) : c);
    assertNull(ContinuationColumns.realign(next.withCells(even), first, 7));
  }
}
