package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

/** Whether a figure reading can account for a cell's ink (200 dpi, 10.5pt: CJK ~29 px tall). */
class CellReaderFitTest {
  private static final double PPI = 200;

  private static Ink ink(int width, int height) {
    return new Ink(new Rect(0, 0, width, height), 1, height);
  }

  @Test
  void figuresFitTheirInk() {
    assertTrue(CellReader.fitsInk("0", ink(12, 20), PPI)); // a digit 20 px tall
    assertTrue(CellReader.fitsInk("1", ink(6, 20), PPI));
    assertTrue(CellReader.fitsInk("47", ink(26, 20), PPI));
    assertTrue(CellReader.fitsInk("1,050", ink(62, 21), PPI));
    assertTrue(CellReader.fitsInk("159.7", ink(55, 20), PPI));
    assertTrue(CellReader.fitsInk("-", ink(14, 3), PPI));
    assertTrue(CellReader.fitsInk("—", ink(40, 4), PPI));
  }

  @Test
  void shortLabelsForcedIntoFiguresDoNot() {
    assertFalse(CellReader.fitsInk("2", ink(60, 29), PPI)); // 规章
    assertFalse(CellReader.fitsInk("47", ink(118, 29), PPI)); // 行政处罚
    assertFalse(CellReader.fitsInk("4", ink(150, 30), PPI)); // （七）总计
    assertFalse(CellReader.fitsInk("-", ink(200, 30), PPI)); // （一）予以公开
    assertFalse(CellReader.fitsInk("-", ink(29, 29), PPI)); // a dash read from a full-height glyph
  }

  private static org.nianbao.ocr.OcrReading read(String text, double confidence) {
    return new org.nianbao.ocr.OcrReading(text, confidence, java.util.List.of(), java.util.List.of());
  }

  /**
   * Two views of one cell that disagree by a character, as traced on gb2019-01 page 3 (150 dpi;
   * the page prints -5): the binary view read -5 at 0.90, the gray view 5 at 0.96 over ink 19 px
   * wide and 18 tall. The sign is in the ink, so -5 is kept.
   */
  @Test
  void theViewWhoseWidthAccountsForTheInkWins() {
    Ink minusFive = new Ink(new Rect(0, 0, 19, 18), 1, 18);
    assertEquals("-5", CellReader.best(read("-5", 0.898), read("5", 0.964), minusFive).text());
    // ink one digit wide: the added sign is not there
    Ink five = new Ink(new Rect(0, 0, 11, 18), 1, 18);
    assertEquals("5", CellReader.best(read("-5", 0.898), read("5", 0.964), five).text());
    // same length: the surer view, as before
    assertEquals("58", CellReader.best(read("56", 0.80), read("58", 0.90), minusFive).text());
    // a serif 11 at 150 dpi (fresh-515997-6): 16 px wide, 15 high, one view reading 1
    Ink eleven = new Ink(new Rect(0, 0, 16, 15), 1, 15);
    assertEquals("11", CellReader.best(read("1", 0.684), read("11", 0.0), eleven).text());
    Ink one = new Ink(new Rect(0, 0, 6, 15), 1, 15);
    assertEquals("1", CellReader.best(read("1", 0.684), read("11", 0.9), one).text());
  }

  /**
   * Where the digit model saw nothing, two sure Chinese glyphs are the labels 总计 and 其他 as
   * read on the scanned set's tables (0.92–0.97); a doubtful or mixed pair is left to the figure
   * reads (a lone 7 read as 了, 11 as 了了 at low confidence).
   */
  @Test
  void surelyReadTwoGlyphLabelsAreWords() {
    assertTrue(CellReader.surelyShortWords(read("总计", 0.93)));
    assertTrue(CellReader.surelyShortWords(read("其他", 0.966)));
    assertFalse(CellReader.surelyShortWords(read("总计", 0.784)));
    assertFalse(CellReader.surelyShortWords(read("了", 0.95)));
    assertFalse(CellReader.surelyShortWords(read("了1", 0.95)));
    assertFalse(CellReader.surelyShortWords(read("", 0.0)));
  }

  private static java.util.List<DigitClassifier.Glyph> glyphs(int[]... whs) {
    java.util.List<DigitClassifier.Glyph> out = new java.util.ArrayList<>();
    int x = 0;
    for (int[] wh : whs) {
      out.add(new DigitClassifier.Glyph(new Rect(x, 32 - wh[1], wh[0], wh[1])));
      x += wh[0] + 3;
    }
    return out;
  }

  @Test
  void aUnitAfterTheDigitsIsTold() {
    // measured on a 201 ppi picture: 381.35万元, digits 18x29, the point 6x6, 万 and 元 34x32
    assertTrue(CellReader.unitTail(glyphs(new int[] {18, 29}, new int[] {18, 29},
        new int[] {14, 29}, new int[] {6, 6}, new int[] {18, 29}, new int[] {18, 29},
        new int[] {34, 32}, new int[] {35, 32})));
    // 2件: 件 in two pieces side by side, the right one full height and narrow
    assertTrue(CellReader.unitTail(glyphs(new int[] {14, 22}, new int[] {10, 29},
        new int[] {18, 29})));
    // plain figures, with a sign or a point, and % (as high as the digits)
    assertFalse(CellReader.unitTail(glyphs(new int[] {18, 29}, new int[] {14, 29})));
    assertFalse(CellReader.unitTail(glyphs(new int[] {14, 3}, new int[] {18, 29})));
    assertFalse(CellReader.unitTail(glyphs(new int[] {18, 29}, new int[] {6, 6},
        new int[] {18, 29})));
    assertFalse(CellReader.unitTail(glyphs(new int[] {18, 29}, new int[] {26, 29})));
    // a label's CJK glyphs are all of one height: no digits before them
    assertFalse(CellReader.unitTail(glyphs(new int[] {30, 32}, new int[] {31, 32})));
  }

  /**
   * Figures printed with a unit, as traced on a scan at 200 dpi (fresh-515997-2 page 3): the
   * binary digit view read 26件 as 264 and the gray one as 26, both at confidence 0; the text
   * view read 26件 at 0.88. The text view's reading is taken, its digits confirmed.
   */
  @Test
  void aUnitTheDigitViewsTurnedIntoADigitIsReadFromTheTextView() {
    assertEquals("26件", CellReader.withUnit(read("26件", 0.88), read("264", 0), read("26", 0))
        .text());
    assertEquals(0.88, CellReader.withUnit(read("26件", 0.88), read("264", 0)).confidence());
    assertEquals("10328件", CellReader.withUnit(read("10328件", 0.92), read("103284", 0),
        read("103284", 0)).text());
    assertEquals("36.27万元", CellReader.withUnit(read("36.27万元", 0.9), read("36.2775", 0))
        .text());
  }

  @Test
  void aTextReadThatDisagreesWithTheDigitsOrHasNoUnitIsNotTaken() {
    // other digits than either digit view read: nothing confirms them
    assertEquals(null, CellReader.withUnit(read("28件", 0.9), read("264", 0), read("26", 0)));
    // more stand-ins than the unit has glyphs
    assertEquals(null, CellReader.withUnit(read("26件", 0.9), read("2647", 0)));
    // no unit: the ordinary views decide
    assertEquals(null, CellReader.withUnit(read("26", 0.9), read("264", 0)));
    assertEquals(null, CellReader.withUnit(read("无", 0.9), read("7", 0)));
  }
}
