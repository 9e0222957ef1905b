package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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
    OpenCv.load();
    double px = points * dpi / 72.0;
    int w = (int) Math.round(px * 5);
    int h = (int) Math.round(px * 2);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    Font font = new Font(family, Font.PLAIN, 1).deriveFont((float) px);
    g.setFont(font);
    int tw = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (w - tw) / 2f, (float) (h / 2.0 + px * 0.35));
    g.dispose();
    Mat gray = OpenCv.toMat(img);
    Mat ink = Binarizer.ink(gray, dpi);
    Mat clean = Ink.despeckle(ink, dpi);
    OpenCv.release(gray, ink);
    return clean;
  }

  private static List<String> fonts() {
    List<String> f = GlyphRenderer.installed().stream().filter(s -> s.contains("CJK")
        || s.startsWith("AR PL") || s.startsWith("WenQuanYi")).toList();
    assumeFalse(f.isEmpty(), "no CJK font installed");
    return f;
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
