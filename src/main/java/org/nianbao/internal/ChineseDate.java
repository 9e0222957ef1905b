package org.nianbao.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses 2024年1月18日 and 二〇二四年一月十八日 (also 元月, full-width digits). */
public final class ChineseDate {
  private static final String NUM = "[0-9０-９〇○零一二三四五六七八九十元]";
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
    if (c == '○' || c == '零') {
      return 0;
    }
    if (c == '十' || c == '元') {
      return -1;
    }
    throw new IllegalArgumentException("not a digit: " + c);
  }
}
