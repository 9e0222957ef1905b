package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped digit classifier on figures rendered and degraded as scans are, with a seed the
 * trainer never used: every figure it reads surely is the rendered one, and words, units and
 * signs are never read as a figure.
 */
class DigitClassifierTest {
  @BeforeAll
  static void load() {
    OpenCv.load();
    assertTrue(DigitClassifier.available(), "models/digits/digits-mlp.yml.gz not on the classpath");
  }

  @Test
  void sureReadingsOfRenderedFiguresAreRight() {
    GlyphRenderer r = new GlyphRenderer(11);
    Random rnd = new Random(11);
    List<String> fonts = GlyphRenderer.installed();
    int read = 0;
    int n = 300;
    for (int i = 0; i < n; i++) {
      String text = TrainDigits.figure(rnd);
      String font = fonts.get(rnd.nextInt(fonts.size()));
      int dpi = new int[] {150, 200, 300}[rnd.nextInt(3)];
      GlyphRenderer.Rendered g = r.renderInk(text, font, false, dpi, 9 + rnd.nextDouble() * 2);
      if (g.measured() != null) {
        DigitClassifier.Result res = DigitClassifier.read(g.ink(), g.measured().box(), dpi);
        if (res != null && res.sure()) {
          assertEquals(text, res.text(), font + " " + dpi + " dpi");
          read++;
        }
      }
      OpenCv.release(g.ink());
    }
    // most figures are read without OCR (that is the classifier's use)
    assertTrue(read >= n / 2, "read surely: " + read + " of " + n);
  }

  @Test
  void wordsUnitsAndSignsAreNotFigures() throws Exception {
    GlyphRenderer r = new GlyphRenderer(12);
    Random rnd = new Random(12);
    String han = TrainDigits.hanOfTemplates();
    for (String font : List.of("Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UMing CN",
        "WenQuanYi Zen Hei")) {
      for (int i = 0; i < 60; i++) {
        String text = TrainDigits.otherString(rnd, true, han);
        if (text.replaceAll("[0-9:：、]", "").isEmpty()) {
          continue; // a colon or 、 beside a figure may fade to specks: the figure is what is left
        }
        int dpi = new int[] {150, 200, 300}[rnd.nextInt(3)];
        GlyphRenderer.Rendered g = r.renderInk(text, font, false, dpi, 9 + rnd.nextDouble() * 2);
        if (g.measured() != null) {
          DigitClassifier.Result res = DigitClassifier.read(g.ink(), g.measured().box(), dpi);
          assertFalse(res != null && res.sure(), font + " " + dpi + " dpi: " + text + " read as "
              + (res == null ? null : res.text()));
        }
        OpenCv.release(g.ink());
      }
    }
  }

  @Test
  void decimalsAndThousandsAreLeftToOcr() {
    GlyphRenderer r = new GlyphRenderer(13);
    Random rnd = new Random(13);
    List<String> fonts = GlyphRenderer.installed();
    for (String text : List.of("1.5", "12.75", "0.5", "3.08", "1,234", "12,000", "-5", "2%")) {
      for (String font : fonts) {
        for (int dpi : new int[] {150, 200, 300}) {
          GlyphRenderer.Rendered g = r.renderInk(text, font, false, dpi, 9 + rnd.nextDouble());
          if (g.measured() != null) {
            DigitClassifier.Result res = DigitClassifier.read(g.ink(), g.measured().box(), dpi);
            assertFalse(res != null && res.sure(), font + " " + dpi + " dpi: " + text
                + " read as " + (res == null ? null : res.text()));
          }
          OpenCv.release(g.ink());
        }
      }
    }
  }

  @Test
  void aPageTrustsTheClassifierOnlyAfterOcrAgreedAndStopsAtTheFirstDisagreement() {
    DigitReads page = new DigitReads();
    DigitClassifier.Result seven = new DigitClassifier.Result("7", true, List.of());
    CellReader.Reading ocrSeven = new CellReader.Reading("7", 0.96, false);
    for (int i = 0; i < DigitReads.PROBATION; i++) {
      assertFalse(page.trusted(seven), "on probation");
      page.check(seven, ocrSeven);
    }
    assertTrue(page.trusted(seven));
    page.check(seven, new CellReader.Reading("1", 0.96, false));
    assertFalse(page.trusted(seven), "a disagreement ends the classifier's use on the page");
  }

  @Test
  void aDoubtfulOcrFigureGetsTheClassifiersReadingsAsAlternatives() {
    DigitReads page = new DigitReads();
    CellReader.Reading doubtful = new CellReader.Reading("18", 0.7, false);
    CellReader.Reading out = page.check(
        new DigitClassifier.Result("16", false, List.of("18")), doubtful);
    assertEquals("18", out.text());
    assertEquals(0.7, out.confidence());
    assertEquals(List.of("16"), out.alternatives());
  }
}
