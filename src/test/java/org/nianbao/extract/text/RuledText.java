package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.load.Glyph;
import technology.tabula.Ruling;

/** Text and rules of an in-memory page ruled only horizontally, for the table readers' tests. */
final class RuledText {
  static final double FONT = 10;

  private RuledText() {}

  /** Glyphs of {@code text}, one em each (half for digits), starting at x with their top at y. */
  static List<Glyph> text(String text, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      double w = Character.isDigit(text.charAt(i)) ? FONT / 2 : FONT;
      out.add(new Glyph(String.valueOf(text.charAt(i)), x, y, w, FONT, "F", (float) FONT, false));
      x += w;
    }
    return out;
  }

  /** A horizontal rule at y from left to right. */
  static Ruling rule(double y, double left, double right) {
    return new Ruling((float) y, (float) left, (float) (right - left), 0f);
  }
}
