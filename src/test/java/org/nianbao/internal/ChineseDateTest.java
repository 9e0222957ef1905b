package org.nianbao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Chinese date forms of signature blocks, with the letter O typed or read for a zero. */
class ChineseDateTest {
  @Test
  void arabicAndChineseForms() {
    assertEquals(LocalDate.of(2023, 1, 15), ChineseDate.parseWhole("2023年1月15日"));
    assertEquals(LocalDate.of(2023, 1, 15), ChineseDate.parseWhole("二〇二三年一月十五日"));
    assertEquals(LocalDate.of(2024, 12, 31), ChineseDate.parseWhole("二〇二四年十二月三十一日"));
    assertEquals(LocalDate.of(2024, 1, 8), ChineseDate.parseWhole("2024 年 元月 8 日"));
  }

  @Test
  void letterOAndZeroForTheRingZero() {
    assertEquals(LocalDate.of(2023, 1, 15), ChineseDate.parseWhole("二O二三年一月十五日"));
    assertEquals(LocalDate.of(2023, 1, 15), ChineseDate.parseWhole("二0二三年一月十五日"));
    assertEquals(LocalDate.of(2023, 1, 15), ChineseDate.parseWhole("2O23年1月15日"));
    assertEquals(LocalDate.of(2020, 10, 9), ChineseDate.parseWhole("二○二○年十月九日"));
  }

  @Test
  void notADate() {
    assertNull(ChineseDate.parseWhole("二〇二三年十三月一日"));
    assertNull(ChineseDate.parseWhole("2023年2月30日"));
    assertNull(ChineseDate.parseWhole("九江市商务局"));
  }

  @Test
  void numeralSystems() {
    assertTrue(ChineseDate.oneNumeralSystem("2021年1月20日"));
    assertTrue(ChineseDate.oneNumeralSystem("二〇二三年一月十五日"));
    assertTrue(ChineseDate.oneNumeralSystem("二0二三年一月十五日"));
    assertTrue(ChineseDate.oneNumeralSystem("2024年元月8日"));
    assertFalse(ChineseDate.oneNumeralSystem("2021年二月20日"));
    assertFalse(ChineseDate.oneNumeralSystem("二〇二三年1月十五日"));
  }
}
