package org.nianbao.ocr;

/** Joins OCR words and lines the way the model wants text: no separators around CJK. */
final class TextJoin {
  private TextJoin() {}

  static void append(StringBuilder sb, String word, boolean numeric) {
    if (sb.length() > 0 && !numeric && needsSpace(sb.charAt(sb.length() - 1), word.charAt(0))) {
      sb.append(' ');
    }
    sb.append(word);
  }

  /** Removes line breaks and the spaces Tesseract puts between CJK characters. */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder();
    for (String token : text.strip().split("\\s+")) {
      if (!token.isEmpty()) {
        append(sb, token, false);
      }
    }
    return sb.toString();
  }

  private static boolean needsSpace(char before, char after) {
    return !isCjk(before) && !isCjk(after);
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0xFF00 && c <= 0xFFEF) // full-width forms
        || c == '“' || c == '”' || c == '、';
  }
}
