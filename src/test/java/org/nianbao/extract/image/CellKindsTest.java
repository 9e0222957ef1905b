package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which cells are read as text first, from what their row and column held so far. */
class CellKindsTest {
  private static CellReader.Reading words(String text) {
    return new CellReader.Reading(text, 0.9, false);
  }

  private static CellReader.Reading figure(String text) {
    return new CellReader.Reading(text, 0.95, false);
  }

  /** Table 三's header row: 自然人, 商业企业, 科研机构… then a data row: label, figures. */
  @Test
  void aHeaderRowOfWordsExpectsWordsADataRowDoesNot() {
    CellKinds kinds = new CellKinds(3, 4);
    assertFalse(kinds.wordsLikely(0, 0));
    kinds.record(0, 0, words("自然人"));
    assertFalse(kinds.wordsLikely(0, 1));
    kinds.record(0, 1, words("商业企业"));
    assertTrue(kinds.wordsLikely(0, 2));
    kinds.record(1, 0, words("一、本年新收政府信息公开申请数量"));
    kinds.record(1, 1, figure("1632"));
    kinds.record(1, 2, figure("93"));
    assertFalse(kinds.wordsLikely(1, 3));
  }

  /** A label column (规章, 行政许可…) expects words; one figure in it ends that. */
  @Test
  void aLabelColumnExpectsWordsUntilItHoldsAFigure() {
    CellKinds kinds = new CellKinds(5, 2);
    kinds.record(0, 0, words("规章"));
    kinds.record(1, 0, words("行政许可"));
    assertTrue(kinds.wordsLikely(2, 0));
    kinds.record(2, 0, figure("7"));
    assertFalse(kinds.wordsLikely(3, 0));
  }

  /** Blank cells and stray marks say nothing about a row. */
  @Test
  void blanksCountForNothing() {
    CellKinds kinds = new CellKinds(1, 4);
    kinds.record(0, 0, new CellReader.Reading("", 1.0, true));
    kinds.record(0, 1, words("了"));
    kinds.record(0, 2, words("总计"));
    assertFalse(kinds.wordsLikely(0, 3));
  }

  /**
   * A change column's header misread (本年增/诚 for 本年增/减, as on a fresh scan) still makes
   * the column signed, and so does a negative figure printed in it: its next figure is checked
   * for a minus sign the OCR may have lost.
   */
  @Test
  void aMisreadChangeHeaderOrANegativeFigureMakesTheColumnSigned() {
    CellKinds kinds = new CellKinds(4, 3);
    kinds.record(0, 2, words("本年增/诚"));
    assertTrue(kinds.signed(2));
    kinds = new CellKinds(4, 3);
    kinds.record(0, 1, words("上一年项目数量"));
    kinds.record(0, 2, words("处理决定数量"));
    assertFalse(kinds.signed(2));
    kinds.record(1, 2, figure("-12"));
    assertTrue(kinds.signed(2));
    assertFalse(kinds.signed(1));
    // the next header sets the column anew
    kinds.record(2, 2, words("采购总金额"));
    assertFalse(kinds.signed(2));
  }
}
