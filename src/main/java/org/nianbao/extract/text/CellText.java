package org.nianbao.extract.text;

import java.util.List;
import org.nianbao.load.Glyph;
import org.nianbao.load.LineBuilder;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;

/**
 * Text of one cell from the glyphs whose centres fall inside it: visual lines top to bottom,
 * joined without separators (CJK wraps and one-character-per-line vertical text alike).
 */
final class CellText {
  private final LineBuilder lines = new LineBuilder();

  String of(BBox cell, GlyphsByY pageGlyphs) {
    List<Glyph> inside = pageGlyphs.inside(cell);
    if (inside.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (TextLine l : lines.build(0, inside)) {
      sb.append(l.text().strip());
    }
    return sb.toString();
  }
}
