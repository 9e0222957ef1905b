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
  TEXT_BLOCK;

  /** Characters a figure cell may hold; anything else in a figure cell is noise or a label. */
  public static final String NUMERIC_WHITELIST = "0123456789-.,万元亿件个条次项%";

  public boolean numeric() {
    return this == NUMERIC_LINE || this == NUMERIC_BLOCK;
  }

  public boolean singleLine() {
    return this == NUMERIC_LINE || this == TEXT_LINE;
  }
}
