package org.nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Which top-of-page tables are read again on the columns of the piece on the page before. */
class ContinuationRecutTest {

  private static Table table(int rows, int columns, Cell... cells) {
    return new Table("t", List.of(1), "image", rows, columns, List.of(cells));
  }

  /** Table 三's piece before the break: three label columns, figures from column 3 on. */
  private static Table before() {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.spanning(0, 0, 1, 3, "一、本年新收政府信息公开申请"));
    cells.add(Cell.of(0, 3, "4"));
    for (int c = 4; c < 10; c++) {
      cells.add(Cell.of(0, c, c == 9 ? "6" : ""));
    }
    return new Table("t", List.of(1), "image", 1, 10, cells);
  }

  @Test
  void aLabelWithItsFigureSlotsBlankIsACarriedRow() {
    // 7．属于行政执法案卷 under the row-spanning group labels of the page before, zeros blank
    Table top = table(2, 6, Cell.spanning(0, 0, 2, 1, ""), Cell.spanning(0, 1, 2, 1, ""),
        Cell.of(0, 2, "7.属于行政执法案卷"), Cell.of(0, 3, ""), Cell.of(0, 4, ""),
        Cell.of(0, 5, ""), Cell.of(1, 2, "8.属于行政查询事项"), Cell.of(1, 3, ""),
        Cell.of(1, 4, ""), Cell.of(1, 5, ""));
    assertTrue(Pipeline.startsWithBlankRow(top));
  }

  @Test
  void aHeaderWithHeadsAfterBlankCellsIsNoCarriedRow() {
    // (本列数据的勾稽关系…) | blank | 申请人情况 | blank: heads over the figure columns
    Table top = table(1, 6, Cell.spanning(0, 0, 1, 2, "本列数据的勾稽关系"), Cell.of(0, 2, ""),
        Cell.spanning(0, 3, 1, 2, "申请人情况"), Cell.of(0, 5, ""));
    assertFalse(Pipeline.startsWithBlankRow(top));
    // a title over all but the last column: one blank cell after it is not a row of slots
    assertFalse(Pipeline.startsWithBlankRow(table(1, 4, Cell.of(0, 0, ""),
        Cell.spanning(0, 1, 1, 2, "第二十条第（一）项"), Cell.of(0, 3, ""))));
    assertFalse(Pipeline.startsWithBlankRow(table(1, 3, Cell.of(0, 0, "行政复议"),
        Cell.of(0, 1, "行政诉讼"), Cell.of(0, 2, ""))));
  }

  @Test
  void recutBeginningWithALabelInTheLabelColumnsIsABodyRow() {
    Table recut = table(1, 10, Cell.of(0, 0, ""), Cell.spanning(0, 1, 1, 2, "7.属于行政执法案卷"),
        Cell.of(0, 3, ""), Cell.of(0, 4, ""), Cell.of(0, 5, "/"), Cell.of(0, 6, ""),
        Cell.of(0, 7, ""), Cell.of(0, 8, ""), Cell.of(0, 9, "1"));
    assertTrue(Pipeline.startsAsBodyOf(recut, before()));
  }

  @Test
  void recutPuttingWordsOverTheFigureColumnsIsAHeader() {
    Table heads = table(1, 10, Cell.spanning(0, 0, 1, 3, "信息内容"), Cell.of(0, 3, "自然人"),
        Cell.spanning(0, 4, 1, 5, "法人或其他组织"), Cell.of(0, 9, "总计"));
    assertFalse(Pipeline.startsAsBodyOf(heads, before()));
    // a label reaching into the first figure column is no label of this table's
    Table wide = table(1, 10, Cell.spanning(0, 0, 1, 4, "四、结转下年度继续办理"),
        Cell.of(0, 9, ""));
    assertFalse(Pipeline.startsAsBodyOf(wide, before()));
    // a numbered label's number read apart (7．) is no figure in a figure column
    Table number = table(1, 10, Cell.spanning(0, 0, 1, 3, "属于行政执法案卷"),
        Cell.of(0, 3, "7."));
    assertFalse(Pipeline.startsAsBodyOf(number, before()));
  }
}
