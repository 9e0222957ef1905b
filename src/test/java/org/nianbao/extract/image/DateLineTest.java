package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which OCR lines get a second, numerals-only look: readings of signature dates seen on the
 * scanned test set (gb2021-06 prints 二〇二三年一月十四日, seed-003 prints 2024年1月15日).
 */
class DateLineTest {
  @Test
  void misreadDatesAreLookedAtAgain() {
    assertTrue(DateLine.looksLikeDate("二O@〇二三年一月十四有日"));
    assertTrue(DateLine.looksLikeDate("至电到至年二月林四月"));
    assertTrue(DateLine.looksLikeDate("2024人时本恒月闫十4目"));
    // parses, but no report is dated 3433: the numerals were put together wrongly
    assertTrue(DateLine.looksLikeDate("三四三三年一月十四日"));
  }

  @Test
  void goodDatesAndTextAreLeftAlone() {
    assertFalse(DateLine.looksLikeDate("二〇二三年一月十四日"));
    assertFalse(DateLine.looksLikeDate("2024年1月15日"));
    assertFalse(DateLine.looksLikeDate("潍坊市寒亭区住房和城乡建设局"));
    assertFalse(DateLine.looksLikeDate("2023年，我们将重点做好以下工作：一是丰富政策解读形式"));
  }

  @Test
  void onlyPlausibleWholeDatesAreTaken() {
    assertTrue(DateLine.plausible("二〇二三年一月十四日"));
    assertTrue(DateLine.plausible("2024年1月15日"));
    assertFalse(DateLine.plausible("三四三三年一月十四日"));
    assertFalse(DateLine.plausible("二〇二三年十三月一日"));
    assertFalse(DateLine.plausible("二〇二三年一月"));
  }
}
