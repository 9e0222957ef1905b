package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** OCR readings of label cells judged against the shipped templates' labels. */
class TemplateLabelsTest {
  private final TemplateLabels labels = TemplateLabels.fromClasspath();

  @Test
  void readingsWithinAFewEditsOfALabelAreNear() {
    // as read on the scanned set's table pages (one or two glyphs wrong)
    assertTrue(labels.near("一、本年新收政府信息公开申请数量"));
    assertTrue(labels.near("二、上年类转政府信息公开申请数量"));
    assertTrue(labels.near("法人或其他组织"));
    assertFalse(labels.near("人和"));
    assertFalse(labels.near("Fr条第(二"));
  }

  /** The printed note of table 三, 31 glyphs that every GB2021 report repeats, is known too. */
  @Test
  void theTableNotesAreKnown() {
    assertTrue(labels.near("(本列数据的勾稳关系为:第一项加第二项之和，等于第三项加第四项之和)"));
    assertTrue(labels.near("《本列数据的幻稽关系为:第一项加第二项之和，等于第三项加第四项之和》"));
  }

  /** As the first glyphs of long label cells read on the scanned set's table pages. */
  @Test
  void labelsAreFoundByTheirFirstGlyphs() {
    assertTrue(labels.beginningAs("3.补正后申").contains("3.补正后申请内容仍不明确"));
    // one glyph misread, and a numbering's full stop read as 。
    assertTrue(labels.beginningAs("4。保护第三").contains("4.保护第三方合法权益"));
    assertTrue(labels.beginningAs("(二)部分公").containsAll(
        java.util.List.of("(二)部分公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)")));
    // within one edit, a numbering alone does not tell two labels apart (the width must)
    assertTrue(labels.beginningAs("7.属于行政").containsAll(
        java.util.List.of("7.属于行政执法案卷", "8.属于行政查询事项")));
  }

  @Test
  void aBeginningTooShortOrUnknownFindsNothing() {
    assertTrue(labels.beginningAs("公开").isEmpty());
    assertTrue(labels.beginningAs("桂林市临桂区").isEmpty());
    // four glyphs are compared exactly
    assertTrue(labels.beginningAs("本年新牧").isEmpty());
  }
}
