package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "15098件|15098", "0|0", "235|235", "1,234|1234", "１２３|123", " 1 2 |12", "-3|-3",
      "－15|-15", "−31|-31", "—19|-19", "+5|5", "8771 件|8771", "3个|3", "12项|12", "12,345,678|12345678"})
  void counts(String raw, long expected) {
    ParsedNumber n = NumberParser.parseCount(raw);
    assertEquals(expected, n.value());
    assertFalse(n.blank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-", "—", "／", "/", "无", "－", "——"})
  void blanksAndLoneDashesAreZero(String raw) {
    ParsedNumber n = NumberParser.parseCount(raw);
    assertEquals(0L, n.value());
    assertTrue(n.blank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1O3", "?", "12%", "3.5", "abc", "1-2", "十二"})
  void unreadableIsNullNeverAGuess(String raw) {
    assertNull(NumberParser.parseCount(raw).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1887.214474万元|1887.214474", "51.57 亿元|515700", "51.57亿|515700", "159.7|159.7",
      "12000元|1.2", "0|0", "100.00|100", "１，２３４.５万元|1234.5"})
  void moneyInWanYuanIsExact(String raw, String expected) {
    ParsedNumber n = NumberParser.parseMoneyWanYuan(raw);
    assertEquals(new BigDecimal(expected), n.value());
  }

  @Test
  void moneyHasNoExponentNotation() {
    assertEquals("515700", NumberParser.parseMoneyWanYuan("51.57亿元").value().toString());
    assertEquals("1887.214474", NumberParser.parseMoneyWanYuan("1887.214474万元").value().toString());
  }

  @Test
  void blankMoneyIsBigDecimalZero() {
    assertEquals(BigDecimal.ZERO, NumberParser.parseMoneyWanYuan("").value());
  }
}
