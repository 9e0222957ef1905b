package org.nianbao.load;

/** Unicode classification of text-layer characters: what is readable, what is noise. */
public final class CodePoints {
  private CodePoints() {}

  /** No usable mapping: replacement char, private use, control or unassigned. */
  public static boolean isUnmapped(int cp) {
    if (cp == 0xFFFD || cp == 0) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || (type == Character.CONTROL && !Character.isWhitespace(cp));
  }

  /** Han ideographs, CJK punctuation, fullwidth forms, bopomofo. */
  public static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    return (cp >= 0x3000 && cp <= 0x303F) // CJK symbols and punctuation
        || (cp >= 0xFF00 && cp <= 0xFFEF) // halfwidth and fullwidth forms
        || (cp >= 0x2460 && cp <= 0x24FF) // enclosed alphanumerics ①
        || (cp >= 0x3200 && cp <= 0x32FF); // enclosed CJK ㈠
  }

  /** ASCII letters and digits, Latin-1 letters. */
  public static boolean isLatinOrDigit(int cp) {
    return (cp < 0x250 && Character.isLetterOrDigit(cp));
  }

  /** Characters a Chinese government report plausibly contains. */
  public static boolean isPlausible(int cp) {
    if (isCjk(cp) || isLatinOrDigit(cp) || Character.isWhitespace(cp)) {
      return true;
    }
    if (cp >= 0x21 && cp <= 0x7E) {
      return true; // ASCII punctuation
    }
    return (cp >= 0x2000 && cp <= 0x206F) // general punctuation “”—…
        || (cp >= 0x2150 && cp <= 0x218F) // number forms Ⅰ Ⅱ
        || (cp >= 0x2190 && cp <= 0x22FF) // arrows, math
        || (cp >= 0x25A0 && cp <= 0x27BF) // shapes, dingbats ■ ●
        || cp == 0xB7 || cp == 0xD7 || cp == 0xF7 || cp == 0xB0 || cp == 0xA7;
  }
}
