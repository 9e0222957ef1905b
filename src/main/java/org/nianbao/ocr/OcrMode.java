package org.nianbao.ocr;

/** How to read a region: what layout to expect and which characters may occur. */
public enum OcrMode {
  /** One line of figures: digits, sign, separators and the units printed in cells (15098件). */
  NUMERIC_LINE,
  /** Figures wrapped over several lines in a narrow cell (8108 / 8): lines joined. */
  NUMERIC_BLOCK,
  /** One line of Chinese text (a short label). */
  TEXT_LINE,
  /** A block of Chinese text (a wrapped label, a paragraph). */
  TEXT_BLOCK,
  /** One line holding a date (2023年1月14日, 二〇二三年一月十四日): numerals and 年月日 only. */
  DATE_LINE;

  /** Characters a figure cell may hold; anything else in a figure cell is noise or a label. */
  public static final String NUMERIC_WHITELIST = "0123456789-.,万元亿件个条次项%";

  /** Characters a date line may hold. */
  public static final String DATE_WHITELIST = "0123456789〇○零一二三四五六七八九十年月日";

  /** The characters this mode allows; empty for any. */
  public String whitelist() {
    return switch (this) {
      case NUMERIC_LINE, NUMERIC_BLOCK -> NUMERIC_WHITELIST;
      case DATE_LINE -> DATE_WHITELIST;
      default -> "";
    };
  }

  public boolean numeric() {
    return this == NUMERIC_LINE || this == NUMERIC_BLOCK;
  }

  public boolean singleLine() {
    return this == NUMERIC_LINE || this == TEXT_LINE || this == DATE_LINE;
  }
}
