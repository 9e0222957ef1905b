package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/**
 * Minus signs in figure cells drawn with Java2D in the generator's table fonts (bold too: a
 * coarse scan of a bold minus is 7×4 px before 18-px digits), binarised as the page reader does.
 */
class RenderedMinusTest {
  private static final int[] DPIS = {150, 200, 300};

  private static Mat cellInk(String text, String family, boolean bold, int dpi) {
    return RenderedCells.ink(text, family, bold, dpi, 10, 6);
  }

  private static List<String> fonts() {
    return RenderedCells.tableFonts();
  }

  /**
   * A minus sign the rendering set apart from the digits is read as a sign, or at least doubts
   * the figure. One it joined to
   * the first digit is at most doubted: where the digit's top overhangs it (AR PL UMing's 5 at
   * 150 dpi) the ink shows no sign at all, and OCR is left to read it.
   */
  @Test
  void aPrintedMinusApartFromTheDigitsIsASign() {
    int apart = 0;
    int clear = 0;
    for (String font : fonts()) {
      for (boolean bold : new boolean[] {false, true}) {
        for (int dpi : DPIS) {
          for (String figure : List.of("-5", "-12", "-380")) {
            Mat ink = cellInk(figure, font, bold, dpi);
            MinusSign.Seen seen = MinusSign.find(ink, dpi);
            String what = figure + " in " + font + (bold ? " bold" : "") + " at " + dpi;
            if (dashApart(ink)) {
              // never lost, and mostly read as the sign it is (a synthetic bold blurs some)
              apart++;
              clear += seen == MinusSign.Seen.CLEAR ? 1 : 0;
              assertNotEquals(MinusSign.Seen.NONE, seen, what);
            } else {
              assertNotEquals(MinusSign.Seen.CLEAR, seen, what);
            }
          }
        }
      }
    }
    assertTrue(apart > 0, "no rendering kept the dash apart");
    assertTrue(clear >= 0.8 * apart, clear + " of " + apart + " minus signs apart read clear");
  }

  /** Whether a low component lies wholly left of every digit-tall one. */
  private static boolean dashApart(Mat ink) {
    int[] st = OpenCv.componentStats(ink, 8);
    int tallest = 0;
    for (int i = 1; i < st.length / 5; i++) {
      tallest = Math.max(tallest, st[i * 5 + 3]);
    }
    int firstDigit = Integer.MAX_VALUE;
    for (int i = 1; i < st.length / 5; i++) {
      if (st[i * 5 + 3] >= 0.6 * tallest) {
        firstDigit = Math.min(firstDigit, st[i * 5]);
      }
    }
    for (int i = 1; i < st.length / 5; i++) {
      if (st[i * 5 + 3] < 0.4 * tallest && st[i * 5] + st[i * 5 + 2] <= firstDigit + 1) {
        return true;
      }
    }
    return false;
  }

  @Test
  void plainFiguresShowNoSign() {
    for (String font : fonts()) {
      for (boolean bold : new boolean[] {false, true}) {
        for (int dpi : DPIS) {
          for (String figure : List.of("5", "12", "380", "47", "1")) {
            assertEquals(MinusSign.Seen.NONE, MinusSign.find(cellInk(figure, font, bold, dpi),
                dpi), figure + " in " + font + (bold ? " bold" : "") + " at " + dpi);
          }
        }
      }
    }
  }
}
