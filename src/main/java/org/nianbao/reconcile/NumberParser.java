package org.nianbao.reconcile;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses printed figures. Counts become {@link Long}; money becomes {@link BigDecimal} in 万元,
 * exact (no floating point). Anything that is not clearly a number is unreadable: the caller
 * reports it instead of guessing (an OCR `1O3` stays unreadable).
 */
final class NumberParser {
  private static final Pattern LONE_NOTHING = Pattern.compile("[-－−—–_/\\\\~～]+|无|空|——");
  private static final Pattern FIGURE =
      Pattern.compile("([+\\-−—–])?(\\d+(?:\\.\\d+)?)(亿元|万元|元|亿|万)?(件|个|项|次|条|人|家|份|宗|起|笔|单|批)?");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

  private NumberParser() {}

  static ParsedNumber parseCount(String raw) {
    return parse(raw, false);
  }

  static ParsedNumber parseMoneyWanYuan(String raw) {
    return parse(raw, true);
  }

  static ParsedNumber parse(String raw, boolean money) {
    String t = clean(raw);
    if (t.isEmpty() || LONE_NOTHING.matcher(t).matches()) {
      return ParsedNumber.blankZero(money);
    }
    Matcher m = FIGURE.matcher(t);
    if (!m.matches()) {
      return ParsedNumber.unreadable();
    }
    BigDecimal v = new BigDecimal(m.group(2));
    if (m.group(1) != null && !m.group(1).equals("+")) {
      v = v.negate();
    }
    String unit = m.group(3);
    if (unit != null) {
      v = switch (unit) {
        case "亿元", "亿" -> money ? v.movePointRight(4) : v.movePointRight(8);
        case "万元", "万" -> money ? v : v.movePointRight(4);
        default -> money ? v.movePointLeft(4) : v; // 元
      };
    }
    if (money) {
      return new ParsedNumber(tidy(v), false);
    }
    try {
      return new ParsedNumber(v.stripTrailingZeros().longValueExact(), false);
    } catch (ArithmeticException notWhole) {
      return ParsedNumber.unreadable();
    }
  }

  private static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String t = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    t = t.replaceAll("\\s+", "");
    t = THOUSANDS.matcher(t).replaceAll("");
    return t;
  }

  /** Strip trailing zeros without switching to exponent notation (515700, not 5.157E+5). */
  private static BigDecimal tidy(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
