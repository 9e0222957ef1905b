package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Zero marks told from a figure cell's ink, and single glyphs too wide for a digit: cells drawn
 * with Java2D in the generator's table fonts, at the resolutions picture tables are pasted at,
 * binarised and measured as the cell reader does.
 */
class ZeroMarksTest {
  private static final int[] DPIS = {150, 200, 251, 300};

  /** The cell's ink (255 = ink, despeckled): {@code text} centred in a 10 pt cell. */
  private static Mat cellInk(String text, String family, int dpi, double points) {
    return RenderedCells.ink(text, family, false, dpi, points, 5);
  }

  private static List<String> fonts() {
    return RenderedCells.tableFonts();
  }

  @Test
  void dashesAreReadAsDashes() {
    for (String font : fonts()) {
      for (int dpi : DPIS) {
        for (String dash : List.of("-", "—", "——", "－")) {
          String read = ZeroMarks.read(cellInk(dash, font, dpi, 10), dpi);
          assertTrue(read != null && ("-".equals(read) || "—".equals(read)),
              dash + " in " + font + " at " + dpi + ": " + read);
        }
      }
    }
  }

  @Test
  void slashesAreReadAsSlashes() {
    for (String font : fonts()) {
      for (int dpi : DPIS) {
        for (String slash : List.of("/", "／")) {
          assertEquals("/", ZeroMarks.read(cellInk(slash, font, dpi, 10), dpi),
              slash + " in " + font + " at " + dpi);
        }
      }
    }
  }

  @Test
  void digitsAndFiguresAreNoMarks() {
    for (String font : fonts()) {
      for (int dpi : DPIS) {
        for (String figure : List.of("0", "1", "4", "7", "11", "-5", "17", "无")) {
          assertNull(ZeroMarks.read(cellInk(figure, font, dpi, 10), dpi),
              figure + " in " + font + " at " + dpi);
        }
      }
    }
  }

  @Test
  void aHyphenBlurredIntoABlobIsADash() {
    OpenCv.load();
    // short hyphens of a 150 dpi scan as binarised: rounded ends a row above and below the stroke
    String[][] blobs = {
        {"..###..", "######.", "#######", "#######", ".####.."},
        {"..####..", ".#######", "########", "########", ".######.", "....#..."},
        {".#####.", "#######", "#######", "#######", ".#####."}};
    for (String[] blob : blobs) {
      Mat ink = Mat.zeros(30, 60, org.opencv.core.CvType.CV_8UC1);
      for (int y = 0; y < blob.length; y++) {
        for (int x = 0; x < blob[y].length(); x++) {
          if (blob[y].charAt(x) == '#') {
            ink.put(10 + y, 26 + x, new byte[] {(byte) 255});
          }
        }
      }
      assertEquals("-", ZeroMarks.read(ink, 150), String.join("/", blob));
    }
    // a dot, as wide as high, is no dash
    Mat dot = Mat.zeros(30, 60, org.opencv.core.CvType.CV_8UC1);
    Imgproc.circle(dot, new org.opencv.core.Point(28, 12), 3, new org.opencv.core.Scalar(255), -1);
    assertNull(ZeroMarks.read(dot, 150));
  }

  @Test
  void aRuleRemnantAtTheCellEdgeIsNoDash() {
    OpenCv.load();
    Mat ink = Mat.zeros(40, 120, org.opencv.core.CvType.CV_8UC1);
    // a rule the eraser missed: thin, level, and running into the cell's edge
    Imgproc.rectangle(ink, new org.opencv.core.Point(0, 20), new org.opencv.core.Point(60, 21),
        new org.opencv.core.Scalar(255), -1);
    assertNull(ZeroMarks.read(ink, 150));
  }

  @Test
  void oneGlyphWiderThanADigitIsNoFigure() {
    for (String font : fonts()) {
      for (int dpi : DPIS) {
        assertTrue(wide("无", font, dpi), "无 in " + font + " at " + dpi);
        assertTrue(wide("空", font, dpi), "空 in " + font + " at " + dpi);
        for (String digit : List.of("0", "4", "7", "8", "1", "10", "44")) {
          assertFalse(wide(digit, font, dpi), digit + " in " + font + " at " + dpi);
        }
      }
    }
  }

  private static boolean wide(String text, String font, int dpi) {
    Mat ink = cellInk(text, font, dpi, 10);
    Ink measured = Ink.measure(ink, dpi);
    return measured != null && CellReader.oneWideGlyph(ink, measured, dpi);
  }
}
