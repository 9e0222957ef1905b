package org.nianbao.extract.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.nianbao.internal.ChineseDate;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.nianbao.ocr.OcrWord;

/**
 * The signature date line (二〇二三年一月十四日) read again with only numerals and 年月日
 * allowed: the full model reads 〇 as O or @ and adds stray glyphs between the numerals, which
 * leaves the report without a date. The second reading is taken only when it is a whole date.
 */
final class DateLine {
  private static final String NUMERALS = "0-9〇○零一二三四五六七八九十";
  private static final Pattern WHOLE_DATE = Pattern.compile(
      "[" + NUMERALS + "]{4}年[" + NUMERALS + "]{1,3}月[" + NUMERALS + "]{1,3}日");
  /** A short line with 年 then 月 and mostly numerals: a date, perhaps misread. */
  private static final Pattern DATE_SHAPED = Pattern.compile(".{2,9}年.{1,5}月.{1,5}日?.{0,2}");
  /** Or one that starts as a year does (2024…, 二〇…), its 年 and 月 misread too. */
  private static final Pattern YEAR_START = Pattern.compile("^((19|20)[0-9]{2}|二[〇○Oo0零])");

  private DateLine() {}

  static boolean looksLikeDate(String text) {
    String s = text.replaceAll("\\s", "");
    if (s.length() < 6 || s.length() > 18 || plausible(s)) {
      return false;
    }
    if (!DATE_SHAPED.matcher(s).matches() && !YEAR_START.matcher(s).find()) {
      return false;
    }
    long other = s.codePoints()
        .filter(c -> !Character.isDigit(c) && "〇○零一二三四五六七八九十年月日".indexOf(c) < 0)
        .count();
    // misread numerals come out as any glyph (至电到至年二月林四月): the shape decides, the re-read
    // must then parse as a plausible whole date to be taken
    return other <= s.length() / 2 + 1;
  }

  /**
   * A whole date of a report's time (year 1990–2099): a whitelisted read can put numerals
   * together into a date that parses but was never printed (三四三三年一月十四日).
   */
  static boolean plausible(String s) {
    if (!WHOLE_DATE.matcher(s).matches()) {
      return false;
    }
    java.time.LocalDate d = ChineseDate.parseWhole(s);
    return d != null && d.getYear() >= 1990 && d.getYear() <= 2099;
  }

  /** The line re-read with the date whitelist, or the line as it was. */
  static OcrWord reread(OcrEngine ocr, BufferedImage area, OcrWord line) {
    Rectangle b = line.box();
    int m = Math.max(4, b.height / 2);
    int x = Math.max(0, b.x - m);
    int y = Math.max(0, b.y - m);
    int w = Math.min(area.getWidth(), b.x + b.width + m) - x;
    int h = Math.min(area.getHeight(), b.y + b.height + m) - y;
    if (w <= 0 || h <= 0) {
      return line;
    }
    BufferedImage crop = area.getSubimage(x, y, w, h);
    OcrReading r = ocr.read(crop, OcrMode.DATE_LINE);
    String text = r.text().replaceAll("\\s", "");
    if (plausible(text)) {
      return new OcrWord(text, b, r.confidence());
    }
    // 〇, 一, 二, 三, 十 alone defeat the line model: glyph by glyph, those from their shapes
    String glyphs = HanziNumerals.read(crop, ocr);
    if (glyphs != null && plausible(glyphs)) {
      return new OcrWord(glyphs, b, line.confidence());
    }
    return line;
  }
}
