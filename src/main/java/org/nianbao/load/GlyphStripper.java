package org.nianbao.load;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import technology.tabula.HostedRulingEngine;

/**
 * Collects the glyphs of one page through {@link PDFTextStripper}'s hooks. Coordinates are the
 * stripper's direction-adjusted ones, i.e. in the upright frame of a /Rotate'd page. Glyphs
 * PDFBox drops for lack of a Unicode mapping (CID fonts without ToUnicode) are counted.
 *
 * <p>The same pass collects what tabula's page model needs ({@link TabulaInput}): the path
 * operators go to tabula's ruling finder, which reads this pass's graphics state, and the glyphs
 * are kept in content order with their text matrix scale. Parsing the content stream once
 * instead of three times (text, then tabula's graphics and text passes) is most of the cost of
 * a born-digital page.
 */
final class GlyphStripper extends PDFTextStripper {
  /** Path construction, painting and clipping: what tabula's ruling finder follows. */
  private static final String[] PATH_OPERATORS = {
    "m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n",
    "W", "W*"
  };

  private final List<Glyph> glyphs = new ArrayList<>();
  private final int[] directions = new int[4];
  private int unmapped;
  private HostedRulingEngine rulings;
  private Exception rulingFailure;
  /** Far above any real page's rules (a ruled table drawn cell by cell has a few thousand). */
  static final int MAX_RULINGS = 100_000;
  private List<TextPosition> contentOrder = List.of();
  private final Map<PDFont, String> fontNames = new IdentityHashMap<>();

  GlyphStripper() throws IOException {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
    for (String name : PATH_OPERATORS) {
      addOperator(new PathOperator(name));
    }
  }

  /** Reads page {@code pageNumber} (1-based) of {@code doc}. */
  PageGlyphs read(PDDocument doc, int pageNumber) throws IOException {
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    rulings = new HostedRulingEngine(doc.getPage(pageNumber - 1), this);
    rulingFailure = null;
    writeText(doc, Writer.nullWriter());
    // a glyph's text matrix is its text rendering matrix (moved by the crop box's origin at
    // most, which leaves the scale as it is)
    float[] scales = new float[contentOrder.size()];
    for (int i = 0; i < scales.length; i++) {
      scales[i] = contentOrder.get(i).getTextMatrix().getScalingFactorY();
    }
    TabulaInput tabula = new TabulaInput(doc, pageNumber, List.copyOf(rulings.rulings()),
        rulingFailure, contentOrder, scales);
    return new PageGlyphs(List.copyOf(glyphs), unmapped, textAngle(), tabula);
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
    contentOrder = List.of();
    super.startPage(page);
  }

  /**
   * Tabula reads the glyphs in content order (and without dropping spaces); the glyphs are then
   * collected in PDFTextStripper's reading order: each article sorted as its writePage sorts it
   * (the same comparator, the same fallback when the sort finds it intransitive). Its line,
   * word and string building is skipped: nothing here reads the text it writes, and that was a
   * sixth of the page pass.
   */
  @Override
  protected void writePage() {
    List<TextPosition> order = new ArrayList<>();
    for (List<TextPosition> article : charactersByArticle) {
      order.addAll(article);
    }
    contentOrder = order;
    TextPositionComparator comparator = new TextPositionComparator();
    for (List<TextPosition> article : charactersByArticle) {
      try {
        Collections.sort(article, comparator);
      } catch (IllegalArgumentException e) {
        IterativeMergeSort.sort(article, comparator);
      }
      collect(article);
    }
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

  private void collect(List<TextPosition> positions) {
    for (TextPosition tp : positions) {
      String s = tp.getUnicode();
      if (s == null || s.isEmpty()) {
        unmapped++;
        continue;
      }
      if (s.isBlank()) {
        continue;
      }
      boolean bad = hasUnmapped(s);
      if (bad) {
        unmapped++;
      }
      double h = tp.getHeightDir();
      if (h <= 0) {
        h = tp.getFontSizeInPt();
      }
      glyphs.add(
          new Glyph(
              s,
              tp.getXDirAdj(),
              tp.getYDirAdj() - h,
              tp.getWidthDirAdj(),
              h,
              fontName(tp.getFont()),
              tp.getFontSizeInPt(),
              bad));
    }
  }

  private static boolean hasUnmapped(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (CodePoints.isUnmapped(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The font's name, looked up once per font (PDFBox reads it from the font dictionary). */
  private String fontName(PDFont font) {
    if (font == null) {
      return "";
    }
    return fontNames.computeIfAbsent(font, f -> String.valueOf(f.getName()));
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
  record PageGlyphs(List<Glyph> glyphs, int unmapped, int textAngle, TabulaInput tabula) {}

  /**
   * Hands one path operator to tabula's ruling finder. What stops the finder (a malformed path)
   * stops only it: the glyphs are still read, and the tabula page reports the failure as its
   * own extraction did.
   */
  private final class PathOperator extends OperatorProcessor {
    private final String name;

    PathOperator(String name) {
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (rulingFailure != null) {
        return;
      }
      try {
        rulings.operate(operator, operands);
        if (rulings.rulings().size() > MAX_RULINGS) {
          // a path bomb, not a table: stop collecting before the segments fill the heap
          rulingFailure = new IOException("more than " + MAX_RULINGS
              + " ruling segments on the page: not read for tables");
        }
      } catch (IOException | RuntimeException e) {
        rulingFailure = e;
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
