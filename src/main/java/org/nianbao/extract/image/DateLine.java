package org.nianbao.extract.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
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
  /** Sentence punctuation: a line with it is body text, not a date. */
  private static final Pattern PUNCTUATION = Pattern.compile("[，。；：、,;:（）()《》“”]");
  private static final String DATE_CHARS = "〇○零一二三四五六七八九十年月日";
  /**
   * The whole skeleton of a date and nothing else: four glyphs, 年, one to three, 月, zero to two
   * and the closing 日 (or its usual slips 目, 曰). A line of exactly this shape is a date whatever
   * its numerals were misread as (兰弛于至年二月凤s目 for 二〇二二年三月十一日).
   */
  private static final Pattern DATE_SKELETON =
      Pattern.compile("[^年月日，。；：、,;:（）()《》“”]{4}年[^年月日，。；：、,;:（）()《》“”]{1,3}月"
          + "[^年月日，。；：、,;:（）()《》“”]{0,2}[日目曰]");

  private DateLine() {}

  static boolean looksLikeDate(String text) {
    String s = text.replaceAll("\\s", "");
    if (s.length() < 6 || s.length() > 18 || plausible(s)) {
      return false;
    }
    long other = s.codePoints()
        .filter(c -> !Character.isDigit(c) && DATE_CHARS.indexOf(c) < 0)
        .count();
    if (!DATE_SHAPED.matcher(s).matches() && !YEAR_START.matcher(s).find()) {
      // a Chinese date whose 年 and first numerals were lost (个三三秆三月直人世月 for
      // 二〇二三年三月二十七日): a short unpunctuated line with a 月 and mostly numerals
      return s.length() <= 14 && s.indexOf('月') >= 0 && !PUNCTUATION.matcher(s).find()
          && other <= s.length() / 2 + 1 && s.length() - other >= 4;
    }
    // misread numerals come out as any glyph (至电到至年二月林四月): the shape decides, the re-read
    // must then parse as a plausible whole date to be taken
    return other <= s.length() / 2 + 1 || DATE_SKELETON.matcher(s).matches();
  }

  /**
   * Whether the line sits where a signature's date is printed, whatever OCR made of its glyphs
   * (王国二二竺=里交旧 for 二〇二三年二月五日: no 年 or 月 left to know it by): it is the lowest
   * line of the page, short and unpunctuated, set in from the text's left edge, and right under
   * another such line (the signing body). Such a line gets the numerals-only look too, and is
   * changed only when that look reads a plausible whole date.
   */
  static boolean atSignature(OcrWord line, List<OcrWord> page) {
    String s = line.text().replaceAll("\\s", "");
    if (s.length() < 4 || s.length() > 14 || PUNCTUATION.matcher(s).find()) {
      return false;
    }
    Rectangle b = line.box();
    int left = page.stream().mapToInt(w -> w.box().x).min().orElse(b.x);
    OcrWord above = null;
    for (OcrWord w : page) {
      Rectangle o = w.box();
      if (w == line) {
        continue;
      }
      if (o.y > b.y + b.height / 2) {
        return false; // a line below: not the last one
      }
      if (o.y + o.height <= b.y + b.height / 2 && (above == null || o.y > above.box().y)) {
        above = w;
      }
    }
    int right = page.stream().mapToInt(w -> w.box().x + w.box().width).max().orElse(b.x);
    if (b.x - left > (right - left) / 2) {
      return true; // alone in the right half of the column, as a date signed with no name line
    }
    if (above == null) {
      return false;
    }
    Rectangle a = above.box();
    String name = above.text().replaceAll("\\s", "");
    int em = Math.max(b.height, 1);
    return b.y - (a.y + a.height) <= 3 * em
        && name.length() >= 2 && name.length() <= 40 && !PUNCTUATION.matcher(name).find()
        && b.x - left >= 3 * em && a.x - left >= 3 * em;
  }

  /**
   * A whole date of a report's time (year 1990–2099) in one numeral system: a whitelisted read
   * can put numerals together into a date that parses but was never printed (三四三三年一月十四日),
   * and a date is printed in Arabic or in Chinese numerals, never both (2021年二月20日 is a
   * misread 2021年1月20日).
   */
  static boolean plausible(String s) {
    if (!WHOLE_DATE.matcher(s).matches() || !ChineseDate.oneNumeralSystem(s)) {
      return false;
    }
    java.time.LocalDate d = ChineseDate.parseWhole(s);
    return d != null && d.getYear() >= 1990 && d.getYear() <= 2099;
  }

  /**
   * The reading with the engine's usual slips in a date undone: the letter O for 〇 or 0 (by the
   * numerals around it), 目 or 曰 for the closing 日. Null unless that gives a plausible date.
   */
  static String withoutSlips(String text) {
    String s = text.replaceAll("\\s", "");
    if (s.length() < 6) {
      return null;
    }
    if ("目曰".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1) + "日";
    }
    boolean chinese = s.chars().anyMatch(c -> "一二三四五六七八九十".indexOf(c) >= 0);
    s = s.replaceAll("[OoＯ]", chinese ? "〇" : "0");
    return plausible(s) ? s : null;
  }

  /**
   * The line as a date: its own reading with the usual slips undone, else what re-reads with only
   * numerals and 年月日 allowed agree on (crops with a narrow and a wide white margin, and at half
   * size for a large line: the whitelisted model turns a lone 1 into 二 in one crop and not in
   * another), else glyph by glyph; the line as it was when none of these is a plausible date or
   * the re-reads disagree.
   */
  static OcrWord reread(OcrEngine ocr, BufferedImage area, OcrWord line) {
    Rectangle b = line.box();
    String fixed = withoutSlips(line.text());
    if (fixed != null) {
      return new OcrWord(fixed, b, line.confidence());
    }
    BufferedImage crop = crop(area, b, Math.max(4, b.height / 2));
    if (crop == null) {
      return line;
    }
    java.util.List<BufferedImage> views = new java.util.ArrayList<>(List.of(crop));
    BufferedImage wide = crop(area, b, Math.max(8, b.height));
    if (wide != null) {
      views.add(wide);
    }
    // in black and white: Tesseract's own thresholding of a noisy JPEG loses the ring of 〇
    views.add(otsu(crop));
    if (b.height >= 40) {
      views.add(half(crop));
    }
    java.util.Map<String, Integer> votes = new java.util.LinkedHashMap<>();
    double conf = 0;
    for (BufferedImage v : views) {
      OcrReading r = ocr.read(v, OcrMode.DATE_LINE);
      String text = r.text().replaceAll("\\s", "");
      if (plausible(text)) {
        votes.merge(text, 1, Integer::sum);
        conf = Math.max(conf, r.confidence());
      }
    }
    if (votes.size() == 1) {
      return new OcrWord(votes.keySet().iterator().next(), b, conf);
    }
    if (votes.size() > 1) {
      int total = votes.values().stream().mapToInt(Integer::intValue).sum();
      for (var e : votes.entrySet()) {
        if (2 * e.getValue() > total) {
          return new OcrWord(e.getKey(), b, conf);
        }
      }
      return line; // the re-reads disagree: no date rather than a guess
    }
    // 〇, 一, 二, 三, 十 alone defeat the line model: glyph by glyph, those from their shapes
    String glyphs = HanziNumerals.read(crop, ocr);
    if (glyphs != null && plausible(glyphs)) {
      return new OcrWord(glyphs, b, line.confidence());
    }
    return line;
  }

  private static BufferedImage crop(BufferedImage area, Rectangle b, int m) {
    int x = Math.max(0, b.x - m);
    int y = Math.max(0, b.y - m);
    int w = Math.min(area.getWidth(), b.x + b.width + m) - x;
    int h = Math.min(area.getHeight(), b.y + b.height + m) - y;
    return w <= 0 || h <= 0 ? null : area.getSubimage(x, y, w, h);
  }

  /** The image thresholded at Otsu's level: ink black, the rest white. */
  static BufferedImage otsu(BufferedImage src) {
    BufferedImage g = org.nianbao.ocr.Images.gray(src);
    int w = g.getWidth();
    int h = g.getHeight();
    byte[] px = (byte[]) g.getRaster().getDataElements(0, 0, w, h, null);
    int[] hist = new int[256];
    for (byte v : px) {
      hist[v & 0xff]++;
    }
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (long) i * hist[i];
    }
    long sumB = 0;
    int wB = 0;
    double best = -1;
    int level = 128;
    for (int t = 0; t < 256; t++) {
      wB += hist[t];
      int wF = px.length - wB;
      if (wB == 0 || wF == 0) {
        continue;
      }
      sumB += (long) t * hist[t];
      double mB = (double) sumB / wB;
      double mF = (double) (sum - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        level = t;
      }
    }
    byte[] out = new byte[px.length];
    for (int i = 0; i < px.length; i++) {
      out[i] = (byte) ((px[i] & 0xff) <= level ? 0 : 255);
    }
    BufferedImage o = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    o.getRaster().setDataElements(0, 0, w, h, out);
    return o;
  }

  private static BufferedImage half(BufferedImage src) {
    int w = Math.max(1, src.getWidth() / 2);
    int h = Math.max(1, src.getHeight() / 2);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }
}
