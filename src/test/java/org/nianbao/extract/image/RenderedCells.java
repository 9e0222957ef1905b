package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.opencv.core.Mat;

/** Figure cells drawn with Java2D in the generator's table fonts, binarised as the page reader does. */
final class RenderedCells {
  private RenderedCells() {}

  /**
   * The cell's ink (255 = ink, despeckled): {@code text} centred in a cell {@code widthEms} ems
   * wide and two high, at {@code points} pt and {@code dpi}.
   */
  static Mat ink(String text, String family, boolean bold, int dpi, double points,
      double widthEms) {
    OpenCv.load();
    double px = points * dpi / 72.0;
    int w = (int) Math.round(px * widthEms);
    int h = (int) Math.round(px * 2);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) px));
    int tw = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (w - tw) / 2f, (float) (h / 2.0 + px * 0.35));
    g.dispose();
    Mat gray = OpenCv.toMat(img);
    Mat ink = Binarizer.ink(gray, dpi);
    Mat clean = Ink.despeckle(ink, dpi);
    OpenCv.release(gray, ink);
    return clean;
  }

  /** The installed CJK table fonts (the test is skipped without one). */
  static List<String> tableFonts() {
    List<String> f = GlyphRenderer.installed().stream().filter(s -> s.contains("CJK")
        || s.startsWith("AR PL") || s.startsWith("WenQuanYi")).toList();
    assumeFalse(f.isEmpty(), "no CJK font installed");
    return f;
  }
}
