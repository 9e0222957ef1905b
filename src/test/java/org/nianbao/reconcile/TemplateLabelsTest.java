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
}
