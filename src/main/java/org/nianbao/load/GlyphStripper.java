package org.nianbao.load;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of one page through {@link PDFTextStripper}'s hooks. Coordinates are the
 * stripper's direction-adjusted ones, i.e. in the upright frame of a /Rotate'd page. Glyphs
 * PDFBox drops for lack of a Unicode mapping (CID fonts without ToUnicode) are counted.
 */
final class GlyphStripper extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final int[] directions = new int[4];
  private int unmapped;

  GlyphStripper() throws IOException {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Reads page {@code pageNumber} (1-based) of {@code doc}. */
  PageGlyphs read(PDDocument doc, int pageNumber) throws IOException {
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(doc, Writer.nullWriter());
    return new PageGlyphs(List.copyOf(glyphs), unmapped, textAngle());
  }

  /**
   * The counter-clockwise angle (0/90/180/270) at which most glyphs' baselines run in user
   * space; 0 when no direction has more glyphs than upright text. Glyphs at other angles
   * (diagonal watermarks) do not vote.
   */
  private int textAngle() {
    int best = 0;
    for (int k = 1; k < 4; k++) {
      if (directions[k] > directions[best]) {
        best = k;
      }
    }
    return best * 90;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    glyphs.clear();
    java.util.Arrays.fill(directions, 0);
    unmapped = 0;
    super.startPage(page);
  }

  @Override
  protected void showGlyph(
      Matrix textRenderingMatrix, PDFont font, int code, String unicode, Vector displacement)
      throws IOException {
    if (unicode == null && !(font instanceof PDSimpleFont)) {
      unmapped++; // PDFBox silently drops these
    }
    if (unicode != null && !unicode.isBlank()) {
      vote(textRenderingMatrix);
    }
    super.showGlyph(textRenderingMatrix, font, code, unicode, displacement);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    for (TextPosition tp : positions) {
      String s = tp.getUnicode();
      if (s == null || s.isEmpty()) {
        unmapped++;
        continue;
      }
      if (s.isBlank()) {
        continue;
      }
      boolean bad = s.codePoints().anyMatch(CodePoints::isUnmapped);
      if (bad) {
        unmapped++;
      }
      double h = tp.getHeightDir();
      if (h <= 0) {
        h = tp.getFontSizeInPt();
      }
      String fontName = tp.getFont() == null ? "" : String.valueOf(tp.getFont().getName());
      glyphs.add(
          new Glyph(
              s,
              tp.getXDirAdj(),
              tp.getYDirAdj() - h,
              tp.getWidthDirAdj(),
              h,
              fontName,
              tp.getFontSizeInPt(),
              bad));
    }
  }

  /** Counts the glyph's baseline direction (user space, before /Rotate) when it is axis-aligned. */
  private void vote(Matrix trm) {
    double deg = Math.toDegrees(Math.atan2(trm.getValue(0, 1), trm.getValue(0, 0)));
    long k = Math.round(deg / 90);
    if (Math.abs(deg - 90 * k) <= 10) {
      directions[(int) Math.floorMod(k, 4)]++;
    }
  }

  /**
   * What one page yielded.
   *
   * @param textAngle counter-clockwise angle of the page's dominant text direction in user space
   */
  record PageGlyphs(List<Glyph> glyphs, int unmapped, int textAngle) {}
}
