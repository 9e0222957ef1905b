package org.nianbao.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.BBox;

/**
 * Groups glyphs into visual text lines: glyphs whose vertical extents overlap by at least half
 * the smaller height form a line, read left to right; a very wide horizontal gap starts a new
 * line. CJK text is joined without spaces; a space is kept where there is a real gap between
 * Latin letters/digits, or a wide gap between anything.
 */
public final class LineBuilder {
  private static final double SPLIT_GAP_EM = 4.0;
  private static final double LATIN_GAP_EM = 0.2;
  private static final double WIDE_GAP_EM = 1.5;

  /** Builds the lines of page {@code page} from its glyphs, top to bottom. */
  public List<TextLine> build(int page, List<Glyph> glyphs) {
    List<List<Glyph>> rows = groupRows(glyphs);
    List<TextLine> lines = new ArrayList<>();
    for (List<Glyph> row : rows) {
      row.sort(Comparator.comparingDouble(Glyph::x));
      List<Glyph> current = new ArrayList<>();
      for (Glyph g : row) {
        if (!current.isEmpty()) {
          Glyph prev = current.get(current.size() - 1);
          double em = Math.max(1, Math.max(prev.fontSize(), g.fontSize()));
          if (g.x() - prev.right() > SPLIT_GAP_EM * em) {
            lines.add(toLine(page, current));
            current = new ArrayList<>();
          }
        }
        current.add(g);
      }
      if (!current.isEmpty()) {
        lines.add(toLine(page, current));
      }
    }
    return lines;
  }

  /** Joins glyphs of one line into text with the spacing rules above. */
  public static String joinText(List<Glyph> line) {
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : line) {
      if (prev != null) {
        double gap = g.x() - prev.right();
        double em = Math.max(1, Math.max(prev.fontSize(), g.fontSize()));
        boolean latinBoth = isLatin(last(prev.text())) && isLatin(g.text().codePointAt(0));
        if ((latinBoth && gap > LATIN_GAP_EM * em) || gap > WIDE_GAP_EM * em) {
          sb.append(' ');
        }
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString();
  }

  private static int last(String s) {
    return s.codePointBefore(s.length());
  }

  private static boolean isLatin(int cp) {
    return cp < 0x250 && !Character.isWhitespace(cp);
  }

  private static List<List<Glyph>> groupRows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centerY));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = null;
    double top = 0, bottom = 0;
    for (Glyph g : sorted) {
      if (row != null) {
        double overlap = Math.min(bottom, g.bottom()) - Math.max(top, g.y());
        double minH = Math.min(bottom - top, g.height());
        if (overlap >= 0.5 * minH) {
          row.add(g);
          top = Math.min(top, g.y());
          bottom = Math.max(bottom, g.bottom());
          continue;
        }
      }
      row = new ArrayList<>();
      row.add(g);
      rows.add(row);
      top = g.y();
      bottom = g.bottom();
    }
    return rows;
  }

  private static TextLine toLine(int page, List<Glyph> glyphs) {
    BBox box = null;
    float size = 0;
    int bold = 0;
    // a line's glyphs come in runs of one font: its name is read once per run, not per glyph
    // (lower-casing and searching it for every glyph was 3% of a born-digital extraction)
    String font = null;
    boolean fontBold = false;
    for (Glyph g : glyphs) {
      BBox b = new BBox(g.x(), g.y(), g.right(), g.bottom());
      box = box == null ? b : box.union(b);
      size = Math.max(size, g.fontSize());
      if (font == null || !font.equals(g.font())) {
        font = g.font();
        fontBold = FontStyle.isBold(font);
      }
      if (fontBold) {
        bold++;
      }
    }
    return new TextLine(page, joinText(glyphs), box, size, bold * 2 > glyphs.size());
  }
}
