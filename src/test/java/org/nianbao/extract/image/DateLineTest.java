package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which OCR lines get a second, numerals-only look: readings of signature dates seen on the
 * scanned test set (gb2021-06 prints 二〇二三年一月十四日, seed-003 prints 2024年1月15日).
 */
class DateLineTest {
  @Test
  void misreadDatesAreLookedAtAgain() {
    assertTrue(DateLine.looksLikeDate("二O@〇二三年一月十四有日"));
    assertTrue(DateLine.looksLikeDate("至电到至年二月林四月"));
    assertTrue(DateLine.looksLikeDate("2024人时本恒月闫十4目"));
    // parses, but no report is dated 3433: the numerals were put together wrongly
    assertTrue(DateLine.looksLikeDate("三四三三年一月十四日"));
    // fresh-103198-12 prints 二〇二三年三月二十七日: 年 lost, numerals read as other glyphs
    assertTrue(DateLine.looksLikeDate("个三三秆三月直人世月"));
    // a date in two numeral systems is a misreading (fresh-103198-11 prints 2021年1月20日)
    assertTrue(DateLine.looksLikeDate("2021年二月20日"));
    // fresh-515997-3 prints 二〇二二年三月十一日: most glyphs misread, the skeleton 年…月… kept
    assertTrue(DateLine.looksLikeDate("兰弛于至年二月凤s目"));
  }

  @Test
  void shortLinesWithAMonthButPunctuationOrFewNumeralsAreText() {
    assertFalse(DateLine.looksLikeDate("三月，开展培训。"));
    assertFalse(DateLine.looksLikeDate("本月完成审核工作"));
    // the skeleton with words around it is a phrase, not a date
    assertFalse(DateLine.looksLikeDate("在全年完成每月工作"));
    assertFalse(DateLine.looksLikeDate("我局于今年三月完成"));
  }

  @Test
  void usualSlipsAreUndoneOnlyWhenThatGivesADate() {
    assertEquals("2021年1月20日", DateLine.withoutSlips("2021年1月20目"));
    assertEquals("2021年1月20日", DateLine.withoutSlips("2O21年1月20曰"));
    assertEquals("二〇二三年一月十五日", DateLine.withoutSlips("二O二三年一月十五日"));
    assertNull(DateLine.withoutSlips("2021年1月20有日"));
    assertNull(DateLine.withoutSlips("潍坊市寒亭区住房和城乡建设局"));
  }

  @Test
  void otsuMakesInkBlackAndPaperWhite() {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(new java.awt.Color(200, 200, 200));
    g.fillRect(0, 0, 40, 20);
    g.setColor(new java.awt.Color(90, 90, 90));
    g.fillRect(10, 5, 8, 10);
    g.dispose();
    java.awt.image.BufferedImage b = DateLine.otsu(img);
    assertEquals(0, b.getRaster().getSample(12, 8, 0));
    assertEquals(255, b.getRaster().getSample(2, 2, 0));
  }

  @Test
  void goodDatesAndTextAreLeftAlone() {
    assertFalse(DateLine.looksLikeDate("二〇二三年一月十四日"));
    assertFalse(DateLine.looksLikeDate("2024年1月15日"));
    assertFalse(DateLine.looksLikeDate("潍坊市寒亭区住房和城乡建设局"));
    assertFalse(DateLine.looksLikeDate("2023年，我们将重点做好以下工作：一是丰富政策解读形式"));
  }

  @Test
  void onlyPlausibleWholeDatesAreTaken() {
    assertTrue(DateLine.plausible("二〇二三年一月十四日"));
    assertTrue(DateLine.plausible("2024年1月15日"));
    assertFalse(DateLine.plausible("三四三三年一月十四日"));
    assertFalse(DateLine.plausible("二〇二三年十三月一日"));
    assertFalse(DateLine.plausible("二〇二三年一月"));
    assertFalse(DateLine.plausible("2021年二月20日"));
    assertFalse(DateLine.plausible("二〇二三年1月十四日"));
  }

  private static org.nianbao.ocr.OcrWord w(String text, int x, int y, int width) {
    return new org.nianbao.ocr.OcrWord(text, new java.awt.Rectangle(x, y, width, 30), 0.9);
  }

  /** A last page as read at 150 dpi: body flush left at x=150, the signature set in to the right. */
  private static final java.util.List<org.nianbao.ocr.OcrWord> BODY = java.util.List.of(
      w("六、其他需要报告的事项", 210, 100, 300),
      w("依据《政府信息公开信息处理费管理办法》规定，2022年岳阳市高", 210, 150, 880),
      w("新区林业局未收取政府信息公开信息处理费。", 150, 200, 600));

  @Test
  void theLastLineUnderTheSigningBodyIsLookedAtWhateverItReads() {
    // fresh-64906-40 prints 二〇二三年二月五日 under the body's name: read with no 年 or 月
    var name = w("岳阳市高新区林业局", 800, 400, 280);
    var date = w("王国二二竺=里交旧", 800, 460, 280);
    var page = new java.util.ArrayList<>(BODY);
    page.add(name);
    page.add(date);
    assertTrue(DateLine.atSignature(date, page));
    assertFalse(DateLine.looksLikeDate(date.text()));
    // fresh-64906-19 prints 二〇二二年三月二十日: the year's glyphs lost
    var short6 = w("年三月至本目", 880, 460, 200);
    page.set(page.size() - 1, short6);
    assertTrue(DateLine.atSignature(short6, page));
  }

  @Test
  void aLoneDateInTheRightHalfIsLookedAtToo() {
    // fresh-90417-15 signs with 二〇二五年一月二十四日 alone, read 党全天三竺2月宇让由装
    var date = w("党全天三竺2月宇让由装", 760, 400, 330);
    var page = new java.util.ArrayList<>(BODY);
    page.add(date);
    assertTrue(DateLine.atSignature(date, page));
    // a centred page number starts left of the middle
    var number = w("第5页共5页", 560, 400, 100);
    var numbered = new java.util.ArrayList<>(BODY);
    numbered.add(number);
    assertFalse(DateLine.atSignature(number, numbered));
  }

  @Test
  void bodyLinesPageNumbersAndLoneLinesAreNotSignatures() {
    var name = w("岳阳市高新区林业局", 800, 400, 280);
    var date = w("二〇二三年二月五日", 800, 460, 280);
    // a line below the date (a footer): the date line is no longer the last
    var page = new java.util.ArrayList<>(BODY);
    page.add(name);
    page.add(date);
    page.add(w("第5页共5页", 500, 1500, 150));
    assertFalse(DateLine.atSignature(date, page));
    // the last line of a paragraph, flush left
    var tail = w("工作年度报告如下", 150, 250, 240);
    var body = new java.util.ArrayList<>(BODY);
    body.add(tail);
    assertFalse(DateLine.atSignature(tail, body));
    // set in (left half), but under a body line rather than a name line
    var indented = w("本年度无其他事项", 400, 250, 240);
    var under = new java.util.ArrayList<>(BODY);
    under.add(indented);
    assertFalse(DateLine.atSignature(indented, under));
    // far below the name: not the same block
    var far = new java.util.ArrayList<>(BODY);
    far.add(w("岳阳市高新区林业局", 400, 400, 280));
    var away = w("二〇二三年二月五日", 400, 700, 280);
    far.add(away);
    assertFalse(DateLine.atSignature(away, far));
    // punctuated: a sentence
    var said = new java.util.ArrayList<>(BODY);
    said.add(name);
    var sentence = w("特此报告，请审阅", 800, 460, 280);
    said.add(sentence);
    assertFalse(DateLine.atSignature(sentence, said));
  }
}
