package org.nianbao.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses 2024年1月18日 and 二〇二四年一月十八日 (also 元月, full-width digits, and the letter O
 * typed or read for 〇 or 0: 二O二四年, 2O24年).
 */
public final class ChineseDate {
  private static final String NUM = "[0-9０-９〇○零OoＯ一二三四五六七八九十元]";
  private static final Pattern DATE =
      Pattern.compile("(?U)(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*日");

  private ChineseDate() {}

  /** The date when the whole (space-stripped) text is one date, else null. */
  public static LocalDate parseWhole(String text) {
    String s = text == null ? "" : text.replaceAll("(?U)\\s+", "");
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(digits(m.group(1)), number(m.group(2)), number(m.group(3)));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Whether the numerals of a date (year, month, day) are all Arabic or all Chinese. Zeros in any
   * form (0, 〇, O) and 元 belong to both: 二0二三年 is 二〇二三年 with a slip, 2021年二月20日 a misread.
   */
  public static boolean oneNumeralSystem(String date) {
    boolean arabic = false;
    boolean chinese = false;
    for (char c : date.toCharArray()) {
      arabic |= (c >= '1' && c <= '9') || (c >= '１' && c <= '９');
      chinese |= "一二三四五六七八九十".indexOf(c) >= 0;
    }
    return !(arabic && chinese);
  }

  /** A year written digit by digit: 2024, ２０２４, 二〇二四. */
  public static int digits(String s) {
    int v = 0;
    for (char c : s.toCharArray()) {
      v = v * 10 + digit(c);
    }
    return v;
  }

  /** 1–31 in Arabic or Chinese numerals: 十八, 二十, 三十一, 元 (= 1). */
  public static int number(String s) {
    if (s.chars().allMatch(c -> digit((char) c) >= 0 && c != '十' && c != '元')) {
      return digits(s);
    }
    if (s.equals("元")) {
      return 1;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digits(s);
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    return tens * 10 + ones;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    int i = "〇一二三四五六七八九".indexOf(c);
    if (i >= 0) {
      return i;
    }
    if (c == '○' || c == '零' || c == 'O' || c == 'o' || c == 'Ｏ') {
      return 0;
    }
    if (c == '十' || c == '元') {
      return -1;
    }
    throw new IllegalArgumentException("not a digit: " + c);
  }
}
